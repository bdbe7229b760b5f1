/**
 * EXECRATE(执行数, 预算数, [调整数]) = 执行数 / (预算数 + 调整数), a fraction the user formats as %.
 * S003: 11852.5 / 15329.53 → 0.7732…; 630.97 / 4108 → 0.1536…; 109.67 / 259 → 0.4234….
 * Blank 执行数/调整数 count as 0; a blank budget or a zero denominator is #DIV/0!.
 */
import { asMatrix, map3, readNumber } from "./args";
import { exactMoney, MONEY_SCALE } from "../model/money";
import { fnError, isFnError, type FnMatrix, type FnValue } from "./errors";

export function execrateCell(actual: unknown, budget: unknown, adjustment: unknown): FnValue {
  const a = readNumber(actual, "fn.EXECRATE.actual.name");
  if (isFnError(a)) return a;
  const b = readNumber(budget, "fn.EXECRATE.budget.name");
  if (isFnError(b)) return b;
  const adj = readNumber(adjustment, "fn.EXECRATE.adjustment.name");
  if (isFnError(adj)) return adj;
  // A blank budget counts as 0, as blanks do everywhere; it is named in the message when nothing else is there.
  if (b === null && !adj) return fnError("#DIV/0!", "fn.err.budgetBlank");
  const base = plainSum(b ?? 0, adj ?? 0);
  if (base === 0) return fnError("#DIV/0!", "fn.err.budgetZero");
  return (a ?? 0) / base;
}

/** x + y without float drift when both have at most four decimals (0.1 + 0.2 is 0.3). */
function plainSum(x: number, y: number): number {
  if (y === 0) return x;
  const mx = exactMoney(x);
  const my = exactMoney(y);
  return mx !== undefined && my !== undefined ? (mx + my) / MONEY_SCALE : x + y;
}

export function execrate(actual: unknown, budget: unknown, adjustment?: unknown): FnMatrix {
  return map3(asMatrix(actual), asMatrix(budget), asMatrix(adjustment), execrateCell);
}
