/**
 * How a rule tells error localisation (src/engine/locate) which identities it checks.
 *
 * Localisation needs every identity through a suspect cell, including the many that hold, but a
 * county workbook has hundreds of thousands of them and nearly every sheet is clean. So a rule
 * registers a builder per table (or per department package for cross-table identities) together
 * with the sheets it reads; the engine calls the builder only when a failure touches one of those
 * sheets. Registering costs one small object per table and rule; the identities themselves are
 * described by families (all row sums of a table in one object), never one object per cell.
 *
 *     ctx.identities?.add(table.sheetIndex, () => [
 *       { kind: "sums", sheetIndex, along: "rows", lines: bodyRows, total: totalCol, parts: partCols },
 *     ]);
 *     ctx.identities?.add([t1.sheetIndex, t3.sheetIndex], () => [
 *       { kind: "linear", terms: [{ at: t1Total, coef: 1 }, { at: t3Part, coef: -1 }], between: true },
 *     ]);
 *
 * Conventions the engine relies on:
 * - The cell a rule's per-identity finding names (the total of a sum) is the family's total, or
 *   the first term of a linear identity; that is how a finding is matched to its identity.
 * - Tolerance is 0.01 per non-blank figure (other than the total), as the sum rules judge: within
 *   it an identity holds (a rounding gap). A linear identity may give another `perFigure`.
 * - A blank total is not judged (the blank-total rule reports it) unless `blankAsZero` (cross-table
 *   identities, where a blank cell means 0). A cell that is not a number leaves the identity out.
 * - `between` marks identities between two tables (cross-table equalities); identities of one
 *   table, carry-over included, leave it unset.
 */
import type { CellPos } from "./sums";

/**
 * Sum identities of one sheet, one per line. `along: "rows"`: each line is a sheet row on which
 * the cell in column `total` = Σ the cells in columns `parts`. `along: "columns"`: each line is a
 * sheet column in which the cell in row `total` = Σ the cells in rows `parts`.
 */
export interface SumFamily {
  kind: "sums";
  sheetIndex: number;
  along: "rows" | "columns";
  lines: readonly number[];
  total: number;
  parts: readonly number[];
}

/** Σ coef·cell = 0 over any cells, possibly on several sheets (cross-table, carry-over). */
export interface LinearIdentity {
  kind: "linear";
  /** The first term is the cell a per-identity finding names. Coefficients are small integers (a 万元 side against a 元 side carries the 10000). */
  terms: readonly { at: CellPos; coef: number }[];
  between?: boolean;
  /** A blank cell counts as 0 everywhere, the first term included. */
  blankAsZero?: boolean;
  /** Σ coef·cell ≤ 0 (within the tolerance) rather than = 0: a part that may not exceed its whole. */
  atMost?: boolean;
  /** Tolerance per non-blank figure other than the first, in Money units of the sum (default 0.01 = 100). */
  perFigure?: number;
}

export type Identity = SumFamily | LinearIdentity;

export interface IdentitySink {
  /** Identities on `sheets`, built only when a failure touches one of them. */
  add(sheets: number | readonly number[], build: () => readonly Identity[]): void;
}
