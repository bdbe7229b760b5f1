/** Load failures: one typed error with a one-line user message and a machine-readable reason. */
import { t, type Locale, type MessageKey, type MessageParams } from "../../catalog/messages";
import type { DataValue } from "../../model/findings";

export type LoadFailureReason = "missing" | "unreadable" | "encrypted" | "legacy-xls" | "not-xlsx" | "empty";

/**
 * A file that cannot be read as a workbook: its message as data (key and values), rendered for
 * the caller's locale by `text`; `message` is the zh-CN line (what a stack trace shows).
 */
export class WorkbookLoadError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams,
    readonly reason: LoadFailureReason,
  ) {
    super(t(key, params, "zh-CN"));
    this.name = "WorkbookLoadError";
  }

  /** The one-line message for the user, in `locale`. */
  text(locale: Locale): string {
    return t(this.key, this.params, locale);
  }
}

export function loadError(reason: LoadFailureReason, key: MessageKey, params: MessageParams): WorkbookLoadError {
  // Keep the message on one line whatever the file name holds.
  const clean: Record<string, DataValue> = {};
  for (const [k, v] of Object.entries(params)) clean[k] = typeof v === "string" ? v.replace(/[\r\n\t]+/g, " ") : v;
  return new WorkbookLoadError(key, clean, reason);
}
