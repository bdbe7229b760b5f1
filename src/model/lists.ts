/**
 * Arrays for hot code. `Array.prototype.map` makes its result with holes or without depending on
 * whether the builtin or optimised code ran it, so the same call site yields arrays of two hidden
 * classes over a run; code that reads them is compiled for one, meets the other, deoptimises and
 * is compiled again (a large share of a workbook's first check is spent waiting for those
 * compilations). Lists grown with push from [] always have the same kind.
 */
export function mapList<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i], i));
  return out;
}
