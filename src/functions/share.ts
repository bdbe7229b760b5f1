/**
 * SHARE(部分, 合计, [小数位]) — 占比 with the two-decimal convention: part / total rounded (half
 * away from zero, exactly) to 小数位 decimals of a percent, returned as a fraction
 * (630.97 / 4108 → 0.1536, i.e. 15.36%). A blank part counts as 0; a blank or zero total is #DIV/0!.
 */
import { asMatrix, echo, map2, parseArg, readNumber, single } from "./args";
import { fnError, isFnError, type FnError, type FnMatrix, type FnValue } from "./errors";
import { ratioOperands, roundedRatio } from "./lib/ratio";

export function shareCell(part: unknown, total: unknown, decimals: number): FnValue {
  const p = readNumber(part, "fn.SHARE.part.name");
  if (isFnError(p)) return p;
  const tot = readNumber(total, "fn.SHARE.total.name");
  if (isFnError(tot)) return tot;
  if (tot === null || tot === 0) return fnError("#DIV/0!", "fn.err.shareTotalZero");
  const [num, den] = ratioOperands(p ?? 0, tot);
  return roundedRatio(num, den, decimals + 2);
}

/** 小数位: blank → 2; otherwise an integer 0..4. */
export function readDecimals(raw: unknown): number | FnError {
  const v = single(raw, "fn.SHARE.decimals.name");
  if (isFnError(v)) return v;
  const p = parseArg(v);
  if (p.kind === "empty") return 2;
  if (p.kind === "number" && !p.percent && Number.isInteger(p.value) && p.value >= 0 && p.value <= 4) return p.value;
  return fnError("#VALUE!", "fn.err.decimals", { value: echo(v) });
}

export function share(part: unknown, total: unknown, decimals?: unknown): FnMatrix {
  const d = readDecimals(decimals);
  if (isFnError(d)) return [[d]];
  return map2(asMatrix(part), asMatrix(total), (x, y) => shareCell(x, y, d));
}
