/**
 * Exact percentages: a rate is an integer count of hundredths of a percent (basis points: 7732 is
 * 77.32%), the precision the rates of a 绩效自评表 are published at. Integers compare and subtract
 * exactly; the float division behind a rate (执行数 ÷ 预算数) is rounded once, where the rate is made.
 */
export type BasisPoints = number;

/** A fraction (0.7732) as basis points, rounded to the nearest (halves up, as the rules' percentages always were). */
export function basisPointsFromFraction(fraction: number): BasisPoints {
  return Math.round(fraction * 10000) || 0; // never -0
}

/**
 * Basis points as a percentage number with `decimals` places (0..2), no sign for a positive value:
 * 7732 → "77.32", 4300 at 0 → "43", -300 → "-3.00". Rounds half away from zero below two places.
 */
export function formatBasisPoints(bp: BasisPoints, decimals = 2): string {
  const places = Math.max(0, Math.min(2, decimals));
  const div = Math.pow(10, 2 - places);
  const a = Math.abs(bp);
  let q = Math.floor(a / div);
  if ((a - q * div) * 2 >= div) q += 1;
  const sign = bp < 0 && q > 0 ? "-" : "";
  const scale = Math.pow(10, places);
  const whole = Math.floor(q / scale);
  if (places === 0) return sign + String(whole);
  return `${sign}${whole}.${String(q - whole * scale).padStart(places, "0")}`;
}

/** Basis points as the percentage number people read (7732 → 77.32). */
export function basisPointsToPercent(bp: BasisPoints): number {
  return bp / 100;
}

/** Basis points as the fraction a spreadsheet's percent cell holds (7732 → 0.7732). */
export function basisPointsToFraction(bp: BasisPoints): number {
  return bp / 10000;
}
