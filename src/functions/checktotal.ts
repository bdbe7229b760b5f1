/**
 * CHECKTOTAL(合计, 明细1, [明细2], …) — TRUE when 合计 equals the sum of the parts within the
 * tolerance (default 0.005), FALSE otherwise. Blanks count as zero, numbers stored as text are
 * parsed, anything else is #VALUE!. Exact: amounts are Money (integer ten-thousandths).
 *
 * Options are text arguments of their own, so that they can never be mistaken for an amount
 * (an amount typed as a literal, =CHECKTOTAL(534.80, 34.90, 474.90, 25.00), stays an amount):
 *   "容差0.01" / "容差=0.01" / "±0.01"  → tolerance
 *   "差额"                              → return 合计 − Σ明细 (signed) instead of TRUE/FALSE
 * Excel passes the repeating parameter as one array of matrices; the WPS layer gathers its
 * trailing arguments into the same shape.
 */
import { asMatrix, echo, readAmount, single } from "./args";
import { fnError, isFnError, type FnError, type FnValue } from "./errors";
import { moneyFromNumber, moneyToNumber, type Money } from "../model/money";
import { normalizeText, parseText } from "../model/values";

/** 0.005: half a cent, the rounding of amounts published at two decimals. */
export const DEFAULT_TOLERANCE: Money = 50;

export type CheckTotalOption = { tolerance: Money } | { form: "check" | "difference" };

const FORM_WORDS: Record<string, "check" | "difference"> = {
  差额: "difference", 差值: "difference", 差: "difference", diff: "difference", difference: "difference",
  判断: "check", 核对: "check", 逻辑: "check", check: "check",
};

/** An option argument, undefined when the text is not an option, an FnError for a bad tolerance. */
export function parseCheckTotalOption(text: string): CheckTotalOption | FnError | undefined {
  const s = normalizeText(text).replace(/\s+/g, "");
  const form = FORM_WORDS[s.toLowerCase()];
  if (form) return { form };
  const m = /^(?:(?:容差|误差|允差|tolerance|tol)[:=]?|±|\+\/-|\+-)(.*)$/i.exec(s);
  if (!m) return undefined;
  const p = parseText(m[1]);
  if (p.kind !== "number" || p.percent || p.value < 0) return fnError("#VALUE!", "fn.err.tolerance", { value: text });
  return { tolerance: moneyFromNumber(p.value) };
}

export function checktotal(total: unknown, parts: readonly unknown[]): FnValue {
  const totalValue = single(total, "fn.CHECKTOTAL.total.name");
  if (isFnError(totalValue)) return totalValue;
  const tot = readAmount(totalValue, "fn.CHECKTOTAL.total.name");
  if (isFnError(tot)) return tot;

  let tolerance = DEFAULT_TOLERANCE;
  let form: "check" | "difference" = "check";
  let sum: Money = 0;
  for (let i = 0; i < parts.length; i++) {
    const m = asMatrix(parts[i]);
    if (m.length === 1 && m[0].length === 1 && typeof m[0][0] === "string") {
      const option = parseCheckTotalOption(m[0][0] as string);
      if (option !== undefined) {
        if (isFnError(option)) return option;
        if ("tolerance" in option) tolerance = option.tolerance;
        else form = option.form;
        continue;
      }
    }
    for (let r = 0; r < m.length; r++) {
      const row = m[r];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === "number" && v === v && v !== Infinity && v !== -Infinity) {
          sum += moneyFromNumber(v);
          continue;
        }
        const a = readAmount(v, "fn.CHECKTOTAL.parts.name");
        if (a === null) continue;
        if (isFnError(a)) {
          return a.key === "fn.err.notNumber" ? fnError("#VALUE!", "fn.err.textInParts", { value: echo(v) }) : a;
        }
        sum += a;
      }
    }
  }
  const difference = (tot ?? 0) - sum;
  if (form === "difference") return moneyToNumber(difference);
  return Math.abs(difference) <= tolerance;
}
