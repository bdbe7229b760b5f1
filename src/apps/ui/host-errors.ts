/**
 * A failed host operation, said in a Chinese sentence the accountant can act on. The raw error
 * (RichApi.Error codes, WPS exceptions) is kept for the diagnostics, never shown as the message.
 */
import { MessageError, t, type Locale, type MessageKey } from "../../catalog/messages";

export interface HostFailure {
  /** The sentence shown next to the action. */
  text: string;
  /** The error as the host gave it, for the diagnostics. */
  raw: string;
}

/** Known host error codes (Office.js RichApi codes and what WPS and our adapters throw) → sentence. */
const KNOWN: readonly [RegExp, MessageKey][] = [
  // First: webpack's error when a chunk of the pane (the check, the 绩效目标 tab) cannot be loaded (its text may say "timeout").
  [/ChunkLoadError|Loading chunk \S+ failed/i, "ui.err.load"],
  [/InvalidOperationInCellEditMode|CellEditMode/i, "ui.err.cellEdit"],
  [/payload size|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/i, "ui.err.tooLarge"],
  [/ItemNotFound|InvalidReference/i, "ui.err.notFound"],
  [/ItemAlreadyExists/i, "ui.err.exists"],
  [/AccessDenied|Protected|protection|EditModeProtection/i, "ui.err.protected"],
  [/Timeout|timed out/i, "ui.err.timeout"],
  [/Busy|ActivityLimitReached|TooManyRequests/i, "ui.err.busy"],
];

function rawText(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as Error & { code?: unknown }).code;
    return `${e.name}: ${e.message}${typeof code === "string" && !e.message.includes(code) ? ` (${code})` : ""}`;
  }
  return String(e);
}

/** Our own errors are already sentences in the user's language (thrown with t(...)). */
function isOwnSentence(message: string): boolean {
  return /[\u4e00-\u9fff]/.test(message) && !/RichApi|Error:|Exception/.test(message);
}

export function hostFailure(e: unknown, action: string, locale: Locale): HostFailure {
  const raw = rawText(e);
  // Ours, thrown as data (adapters/): said in the pane's language.
  if (e instanceof MessageError) return { text: e.text(locale), raw };
  const message = e instanceof Error ? e.message : String(e);
  if (isOwnSentence(message)) return { text: message, raw };
  for (const [pattern, key] of KNOWN) {
    if (pattern.test(raw)) return { text: t(key, { action }, locale), raw };
  }
  return { text: t("ui.err.other", { action }, locale), raw };
}
