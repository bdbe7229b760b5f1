/**
 * Error localisation (Fellegi–Holt, as Statistics Netherlands' validate/errorlocate do it): one
 * mistyped cell breaks several identities — its row sum, its 款 and 类 totals, the 合计 row, the
 * same figure in another table — and each failed identity alone would point at its own total. The
 * localisation asks instead which smallest set of cells, once changed, lets every identity hold
 * again without breaking one that holds, and reports the mistake there.
 *
 * Using it:
 *
 *     const system = new LocateSystem<MyTag>();
 *     const a = system.addCell(moneyOfA, weight);          // cells are small integers
 *     system.addEquation([{ cell: total, coef: 1 }, { cell: a, coef: -1 }, …],
 *                        { tolerance: CENT * figures, between: false, tag });
 *     for (const v of locateErrors(system)) …               // one verdict per cluster of failures
 *
 * - An equation is Σ coef·value = 0 in exact Money units (1/10000), within `tolerance` (the 0.01
 *   per non-blank figure of the sum rules). "total = Σ parts" is the total at +1 and each part at
 *   −1; across a 元 and a 万元 table the coefficients carry the scale.
 * - `between` marks an identity between two tables (cross-table equalities): when no small set of
 *   cells explains failures that are all between tables, the tables are weighed as wholes.
 * - Weights are costs: 1 for a lone detail figure, more for a figure the checker trusts more (a
 *   total row, a figure repeated in several tables). Fewer changed cells always win first; among
 *   as few, the one that knocks no exact identity off balance, then the lower weight; still equal
 *   is a tie, reported as a tie ("F7 与 F15 之一有误").
 * - Verdicts: `located` (the changes: from, to, the difference, whether two digits were swapped;
 *   the failed identities of the cluster it explains, and the rounding gaps it settles), `tie`
 *   (the equally good alternatives), `unexplained` (nothing with one or two cells explains the
 *   cluster: keep the per-identity findings).
 *
 * Rules do not build systems: they register the identities they check with
 * `ctx.identities?.add(sheets, build)` (types and conventions in src/rules/lib/equations.ts: sum
 * families along rows or columns, and linear identities for cross-table equalities and the
 * carry-over), and the engine builds the system around the failures after the rules ran.
 *
 * Cost: only failed equations and the cells in them are candidates, equations are indexed by
 * cell, and nothing is dense; a system holds just the failed identities and the identities through
 * their cells (the engine builds it around the failures, never over the whole workbook).
 */
export { LocateSystem, type Term, type EquationOptions } from "./system";
export { locateErrors, failedClusters, compareExplanations, type Change, type Explanation, type Level, type Verdict, type LocateOptions } from "./solve";
export { isTransposition } from "./transposition";
