/**
 * Exact money arithmetic.
 *
 * An amount is a plain integer count of ten-thousandths (1 = 0.0001). Tables are published at
 * two decimals (some at four), so every value that appears in a table is an exact integer here,
 * sums never drift (no 311.15000000000009), and plain numbers keep the core ES2017-compatible
 * (no BigInt). Integers stay exact up to 9·10^15 units, i.e. amounts up to 9·10^11 — far above
 * any department budget, in 元 or 万元.
 */
export type Money = number;

export const MONEY_SCALE = 10000;
export const CENT: Money = 100; // 0.01

/** Converts a JS number (e.g. a cell value) to Money, rounding half away from zero at 0.0001. */
export function moneyFromNumber(value: number): Money {
  const scaled = value * MONEY_SCALE;
  const rounded = Math.round(Math.abs(scaled));
  // Typed decimals with up to four places land within float noise of an integer.
  if (Math.abs(Math.abs(scaled) - rounded) < 1e-6 * Math.max(1, rounded)) {
    return scaled < 0 ? -rounded : rounded;
  }
  return moneyFromDecimalString(value.toPrecision(15)) ?? (scaled < 0 ? -rounded : rounded);
}

/**
 * Parses a plain decimal string ("-1234.5", "1e3") exactly. Returns null when it is not a number.
 * Digits beyond four decimals are rounded half away from zero.
 */
export function moneyFromDecimalString(text: string): Money | null {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!m || (m[2] === "" && (m[3] === undefined || m[3] === ""))) return null;
  const negative = m[1] === "-";
  let intPart = m[2] || "0";
  let frac = m[3] || "";
  const exp = m[4] ? Number(m[4]) : 0;
  if (exp > 0) {
    const move = frac.padEnd(exp, "0");
    intPart += move.slice(0, exp);
    frac = move.slice(exp);
  } else if (exp < 0) {
    const digits = intPart.padStart(-exp + 1, "0");
    frac = digits.slice(digits.length + exp) + frac;
    intPart = digits.slice(0, digits.length + exp);
  }
  const kept = frac.slice(0, 4).padEnd(4, "0");
  let units = Number(intPart) * MONEY_SCALE + Number(kept);
  if (frac.length > 4 && frac.charCodeAt(4) >= 53 /* '5' */) units += 1;
  if (!Number.isFinite(units)) return null;
  return negative && units !== 0 ? -units : units;
}

export function sumMoney(values: readonly Money[]): Money {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/** Rounds to `decimals` places (0..4), half away from zero. */
export function roundMoney(m: Money, decimals = 2): Money {
  const div = Math.pow(10, 4 - decimals);
  if (div === 1) return m;
  const a = Math.abs(m);
  let q = Math.floor(a / div);
  if ((a - q * div) * 2 >= div) q += 1;
  const r = q * div;
  return m < 0 ? -r : r;
}

/** Formats with a fixed number of decimals: 5348000 → "534.80". No thousands separators. */
export function formatMoney(m: Money, decimals = 2): string {
  const r = roundMoney(m, decimals);
  const a = Math.abs(r);
  const whole = Math.floor(a / MONEY_SCALE);
  const frac = a - whole * MONEY_SCALE;
  const sign = r < 0 ? "-" : "";
  if (decimals === 0) return sign + String(whole);
  const fracText = String(frac).padStart(4, "0").slice(0, decimals);
  return `${sign}${whole}.${fracText}`;
}

export function moneyToNumber(m: Money): number {
  return m / MONEY_SCALE;
}

/** The Money of a value that has at most four decimals (it converts back unchanged), else undefined. */
export function exactMoney(value: number): Money | undefined {
  const m = moneyFromNumber(value);
  return m / MONEY_SCALE === value ? m : undefined;
}

/** Number of decimals actually used (0..4). */
export function decimalsUsed(m: Money): number {
  if (m % MONEY_SCALE === 0) return 0;
  if (m % 1000 === 0) return 1;
  if (m % 100 === 0) return 2;
  if (m % 10 === 0) return 3;
  return 4;
}
