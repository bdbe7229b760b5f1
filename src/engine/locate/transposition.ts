/**
 * Transposed digits: 1,253.00 typed as 1,523.00. Swapping two neighbouring digits changes a figure
 * by a multiple of 9 (the classic bookkeeping test); the digit strings show which pair was swapped.
 */
import type { Money } from "../../model/money";

/** Whether `typed` is `meant` with two neighbouring digits swapped (same sign, same number of digits). */
export function isTransposition(typed: Money, meant: Money): boolean {
  if (typed === meant || !Number.isInteger(typed) || !Number.isInteger(meant)) return false;
  if ((typed < 0) !== (meant < 0)) return false;
  if ((typed - meant) % 9 !== 0) return false;
  const a = String(Math.abs(typed));
  const b = String(Math.abs(meant));
  // 5.00 for 0.50 is a slipped decimal point, not a swap: the lengths differ.
  if (a.length !== b.length) return false;
  let first = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (first >= 0) {
      // A second difference must be the neighbour of the first and complete the swap.
      return i === first + 1 && a[first] === b[i] && a[i] === b[first] && a.slice(i + 1) === b.slice(i + 1);
    }
    first = i;
  }
  return false;
}
