/**
 * Findings are data; this is where they become text, for the locale the caller passes. The CLI, the
 * browser page, the task pane, the report sheet and the annotated copy all render through here.
 */
import { isMoneyValue, isPercentValue, type Figure, type Finding } from "../model/findings";
import { moneyToNumber } from "../model/money";
import { basisPointsToPercent } from "../model/percent";
import { figureText, messageText, type Locale } from "../catalog/messages";

/** The finding's sentence: what was expected, what was found and the difference. */
export function renderMessage(f: Pick<Finding, "messageId" | "data">, locale: Locale): string {
  return messageText(f.messageId, f.data, locale);
}

/** An expected / actual / difference figure as text ("" when absent): amounts at their decimals, rates as "77.32%". */
export function renderFigure(v: Figure | undefined, locale: Locale): string {
  return v === undefined ? "" : figureText(v, locale);
}

/**
 * An expected / actual / difference figure as a value to sort and add (JSON): an amount as its
 * exact decimal value (a number), a rate as its percentage (77.32 for 77.32%; a difference between
 * rates in percentage points, -3 for "-3.00 个百分点"), a score as it is, text (a target such as
 * "≤20万元") as text.
 */
export function figureValue(v: Figure): number | string {
  if (isMoneyValue(v)) return moneyToNumber(v.money);
  if (isPercentValue(v)) return basisPointsToPercent(v.basisPoints);
  return v; // a score, or text as it is
}

/**
 * The unit of a finding's numeric figures as `figureValue` gives them: the amounts' unit (万元, 元)
 * when their table states it, "%" for rates (their difference then is in percentage points), none
 * for scores or when a finding mixes amounts and rates.
 */
export function figuresUnit(f: Pick<Finding, "expected" | "actual" | "difference" | "unit">): string | undefined {
  const figures = [f.expected, f.actual, f.difference];
  const amounts = figures.some(isMoneyValue);
  const rates = figures.some(isPercentValue);
  if (amounts && rates) return undefined;
  return rates ? "%" : f.unit;
}
