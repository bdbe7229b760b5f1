/**
 * Year-over-year change of an amount and the sentence that reports it, in the house style of the
 * disclosure texts (reference.md §7):
 *   "增加73.81万元，增长16.01%" / "减少X万元，下降Y%" / "持平"
 * A zero base is not comparable: no fake "增长100%" or "增长0%" — the W7 form
 * "增加X万元（上年为0，不可比）" is used instead.
 *
 * The sentence is document content in Chinese, whatever the UI language.
 */
import { formatMoney, roundMoney, type Money } from "./money";
import { percentUnitsText, ratioUnits } from "./ratio";

export interface YearOverYear {
  current: Money;
  previous: Money;
  /** current − previous. */
  delta: Money;
  /** False when the previous year is zero and the amounts differ. */
  comparable: boolean;
  /**
   * delta / |previous| as a fraction (NaN when not comparable; 0 when both years are zero).
   * Dividing by |previous| keeps the sign of the rate equal to the sign of the change when a base
   * is negative (e.g. a 结余 going from −10 to −5 is an increase).
   */
  rate: number;
}

export function yearOverYear(current: Money, previous: Money): YearOverYear {
  const delta = current - previous;
  if (previous === 0) {
    return { current, previous, delta, comparable: delta === 0, rate: delta === 0 ? 0 : NaN };
  }
  return { current, previous, delta, comparable: true, rate: delta / Math.abs(previous) };
}

export const YOY_SAME = "持平";
export const NOT_COMPARABLE_NOTE = "（上年为0，不可比）";

/** The change as a sentence fragment; amounts with two decimals, the rate with two decimals. */
export function yoySentence(y: YearOverYear, unit = "万元"): string {
  const shown = roundMoney(y.delta, 2);
  if (shown === 0) return YOY_SAME;
  const up = shown > 0;
  const amount = formatMoney(Math.abs(shown), 2) + unit;
  if (y.previous === 0) return `${up ? "增加" : "减少"}${amount}${NOT_COMPARABLE_NOTE}`;
  const pct = percentUnitsText(ratioUnits(Math.abs(y.delta), Math.abs(y.previous), 4), 2);
  return up ? `增加${amount}，增长${pct}%` : `减少${amount}，下降${pct}%`;
}
