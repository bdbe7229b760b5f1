/**
 * Findings are data; this is where they become text, for the locale the caller passes. The CLI, the
 * browser page, the task pane, the report sheet and the annotated copy all render through here.
 */
import { isMoneyValue, type Figure, type Finding } from "../model/findings";
import { moneyToNumber } from "../model/money";
import { figureText, messageText, type Locale } from "../catalog/messages";

/** The finding's sentence: what was expected, what was found and the difference. */
export function renderMessage(f: Pick<Finding, "messageId" | "data">, locale: Locale = "zh-CN"): string {
  return messageText(f.messageId, f.data, locale);
}

/** An expected / actual / difference figure as text ("" when absent): amounts at their decimals. */
export function renderFigure(v: Figure | undefined): string {
  return v === undefined ? "" : figureText(v);
}

/**
 * An expected / actual / difference figure as a value to sort and add (JSON, report cells): an
 * amount as its exact decimal value (a number), a score as it is, text (a target such as "≤20万元") as text.
 */
export function figureValue(v: Figure): number | string {
  if (isMoneyValue(v)) return moneyToNumber(v.money);
  return typeof v === "number" ? v : renderFigure(v);
}
