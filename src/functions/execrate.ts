/**
 * EXECRATE(执行数, 预算数, [调整数]) = 执行数 / (预算数 + 调整数), a fraction the user formats as %.
 * S003: 11852.5 / 15329.53 → 0.7732…; 630.97 / 4108 → 0.1536…; 109.67 / 259 → 0.4234….
 * Blank 执行数/调整数 count as 0; a blank budget or a zero denominator is #DIV/0!.
 */
import { asMatrix, map3, readAmount } from "./args";
import { fnError, isFnError, type FnMatrix, type FnValue } from "./errors";

export function execrateCell(actual: unknown, budget: unknown, adjustment: unknown): FnValue {
  const a = readAmount(actual, "fn.EXECRATE.actual.name");
  if (isFnError(a)) return a;
  const b = readAmount(budget, "fn.EXECRATE.budget.name");
  if (isFnError(b)) return b;
  const adj = readAmount(adjustment, "fn.EXECRATE.adjustment.name");
  if (isFnError(adj)) return adj;
  if (b === null) return fnError("#DIV/0!", "fn.err.budgetBlank");
  const base = b + (adj ?? 0);
  if (base === 0) return fnError("#DIV/0!", "fn.err.budgetZero");
  return (a ?? 0) / base;
}

export function execrate(actual: unknown, budget: unknown, adjustment?: unknown): FnMatrix {
  return map3(asMatrix(actual), asMatrix(budget), asMatrix(adjustment), execrateCell);
}
