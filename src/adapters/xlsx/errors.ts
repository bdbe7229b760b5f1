/** Load failures: one typed error with a one-line user message and a machine-readable reason. */
import { t, MessageKey, MessageParams } from "../../catalog/messages";
import type { DataValue } from "../../model/findings";

export type LoadFailureReason = "missing" | "unreadable" | "encrypted" | "legacy-xls" | "not-xlsx" | "empty";

/** A file that cannot be read as a workbook; `message` is one line for the user (zh-CN unless the locale was changed). */
export class WorkbookLoadError extends Error {
  constructor(
    message: string,
    readonly reason: LoadFailureReason,
  ) {
    super(message);
    this.name = "WorkbookLoadError";
  }
}

export function loadError(reason: LoadFailureReason, key: MessageKey, params: MessageParams): WorkbookLoadError {
  // Keep the message on one line whatever the file name holds.
  const clean: Record<string, DataValue> = {};
  for (const [k, v] of Object.entries(params)) clean[k] = typeof v === "string" ? v.replace(/[\r\n\t]+/g, " ") : v;
  return new WorkbookLoadError(t(key, clean), reason);
}
