/**
 * Ratios of exact amounts rounded the house way (half away from zero). Shares, execution rates
 * and year-over-year rates are printed as percentages with two decimals, i.e. fractions with four.
 * For Money inputs (integers) the rounding is exact: integer quotient and remainder, no float
 * guesswork at the .5 boundary.
 */
import { exactMoney } from "../../model/money";

const SAFE = 9007199254740991;

/**
 * A ratio's operands for ratioUnits: exact Money integers when both values have at most four
 * decimals (so a half-way case rounds exactly), else the values as given. Rounding them to Money
 * first would change the ratio of values such as 1/3 or amounts converted from 元 by a formula.
 */
export function ratioOperands(num: number, den: number): [number, number] {
  const n = exactMoney(num);
  const d = exactMoney(den);
  return n !== undefined && d !== undefined ? [n, d] : [num, den];
}

/**
 * num / den rounded half away from zero to `places` decimals (0..10), returned as an integer count
 * of 10^-places (e.g. 0.15359… with places 4 → 1536). `den` must not be zero.
 */
export function ratioUnits(num: number, den: number, places: number): number {
  const scale = Math.pow(10, places);
  const negative = num < 0 !== den < 0 && num !== 0;
  const n = Math.abs(num) * scale;
  const d = Math.abs(den);
  if (Number.isInteger(n) && Number.isInteger(d) && n <= SAFE) {
    let q = Math.floor(n / d);
    let r = n - q * d;
    while (r < 0) {
      q -= 1;
      r += d;
    }
    while (r >= d) {
      q += 1;
      r -= d;
    }
    if (r * 2 >= d) q += 1;
    return negative ? -q : q;
  }
  const q = Math.floor(n / d + 0.5);
  return negative ? -q : q;
}

/** num / den rounded to `places` decimals, as a number: roundedRatio(6309700, 41080000, 4) → 0.1536. */
export function roundedRatio(num: number, den: number, places: number): number {
  return ratioUnits(num, den, places) / Math.pow(10, places);
}

/**
 * A fraction as percentage text with `decimals` decimals and no sign handling beyond "-":
 * percentText(1601, 2) for 1601 hundredths of a percent → "16.01". Takes ratioUnits(…, decimals + 2).
 */
export function percentUnitsText(units: number, decimals: number): string {
  const sign = units < 0 ? "-" : "";
  const a = Math.abs(units);
  if (decimals === 0) return sign + String(a);
  const div = Math.pow(10, decimals);
  const whole = Math.floor(a / div);
  const frac = String(a - whole * div);
  return `${sign}${whole}.${"0".repeat(decimals - frac.length)}${frac}`;
}
