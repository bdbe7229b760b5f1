/**
 * Year-over-year change of an amount and the sentence that reports it, in the house style of the
 * disclosure texts (docs/domain.md §7):
 *   "增加73.81万元，增长16.01%" / "减少X万元，下降Y%" / "持平"
 * A zero base is not comparable: no fake "增长100%" or "增长0%" — the W7 form
 * "增加X万元（上年为0，不可比）" is used instead.
 *
 * The sentence is document content in Chinese, whatever the UI language.
 */
import { formatMoney, moneyFromNumber, roundMoney, type Money } from "../../model/money";
import { percentUnitsText, ratioOperands, ratioUnits } from "./ratio";

export interface YearOverYear {
  /** The two amounts as given. */
  current: number;
  previous: number;
  /** current − previous as exact Money. */
  delta: Money;
  /** False when the previous year is zero and the amounts differ. */
  comparable: boolean;
  /**
   * (current − previous) / |previous| as a fraction (NaN when not comparable; 0 when both years are
   * zero). Dividing by |previous| keeps the sign of the rate equal to the sign of the change when a
   * base is negative (e.g. a 结余 going from −10 to −5 is an increase).
   */
  rate: number;
  /** |rate| in ten-thousandths, rounded half away from zero (the sentence's "Y%" with two decimals). */
  rateUnits: number;
}

/**
 * The change between two amounts. The rate is computed from the amounts as given, exactly when
 * they have at most four decimals: amounts converted by formula (1234.56/10000) keep their digits.
 */
export function yearOverYear(current: number, previous: number): YearOverYear {
  const delta = moneyFromNumber(current) - moneyFromNumber(previous);
  if (previous === 0) {
    const same = current === 0;
    return { current, previous, delta, comparable: same, rate: same ? 0 : NaN, rateUnits: 0 };
  }
  // Exact Money integers when both amounts have at most four decimals, else the plain numbers.
  const [c, p] = ratioOperands(current, previous);
  const num = c - p;
  const den = Math.abs(p);
  return { current, previous, delta, comparable: true, rate: num / den, rateUnits: Math.abs(ratioUnits(num, den, 4)) };
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
  const pct = percentUnitsText(y.rateUnits, 2);
  return up ? `增加${amount}，增长${pct}%` : `减少${amount}，下降${pct}%`;
}
