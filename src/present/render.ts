/**
 * Findings are data; this is where they become text, for the locale the caller passes. The CLI, the
 * browser page, the task pane, the report sheet and the annotated copy all render through here.
 */
import type { Figure, Finding } from "../model/findings";
import { figureText, messageText, type Locale } from "../catalog/messages";

/** The finding's sentence: what was expected, what was found and the difference. */
export function renderMessage(f: Pick<Finding, "messageId" | "data">, locale: Locale = "zh-CN"): string {
  return messageText(f.messageId, f.data, locale);
}

/** An expected / actual / difference figure as text ("" when absent): amounts at their decimals. */
export function renderFigure(v: Figure | undefined): string {
  return v === undefined ? "" : figureText(v);
}
