/**
 * What a write to the workbook is made of: the report sheet, the goal-table template. Plans are data;
 * each host adapter applies them.
 */
import type { CellRange } from "./a1";

/** A new sheet to write: what the report and the goal-table template are made of. */
export interface WritePlan {
  /** Wanted sheet name (at most 31 characters, none of []:*?/\). */
  name: string;
  /**
   * Row-major cells from A1, rows of equal length. Text is written as text (formatted "@", so
   * nothing becomes a formula); numbers as numbers, shown with two decimals (amounts) unless
   * `numberFormats` gives their format.
   */
  rows: (string | number)[][];
  /** Number formats of number cells where they are not AMOUNT_FORMAT (a rate's "0.00%"), by 0-based row and column. */
  numberFormats?: (string | null)[][];
  /** 0-based rows in bold (titles, headers). */
  boldRows: number[];
  merges: CellRange[];
  /** A1 cells to fill in a light colour: what the user still has to write (a goal table's unknown counts). */
  highlights?: string[];
}

/** The fill of a plan's highlighted cells (light yellow), as "#RRGGBB". */
export const TO_FILL_COLOR = "#FFF2CC";

/** The number format of a plan's number cells (amounts in 万元). */
export const AMOUNT_FORMAT = "#,##0.00";

/** The number format a plan's cell is written with: "@" for text, a number's own format, else AMOUNT_FORMAT. */
export function cellFormat(plan: WritePlan, row: number, col: number): string {
  if (typeof plan.rows[row][col] !== "number") return "@";
  const own = plan.numberFormats?.[row]?.[col];
  return own ?? AMOUNT_FORMAT;
}

/** Every cell's number format (`cellFormat`), row-major like `rows`. */
export function planFormats(plan: WritePlan): string[][] {
  return plan.rows.map((line, i) => line.map((_, j) => cellFormat(plan, i, j)));
}

/** The A1 cells a plan covers when written from `at` (row-major), for checking what it would overwrite. */
export function planArea(plan: WritePlan, at: { row: number; col: number }): CellRange {
  const width = plan.rows.length ? plan.rows[0].length : 0;
  return { top: at.row, left: at.col, bottom: at.row + plan.rows.length - 1, right: at.col + width - 1 };
}

/** A plan moved to start at `at` instead of A1: merges and highlights follow (for writing into a sheet). */
export function shiftedMerges(plan: WritePlan, at: { row: number; col: number }): CellRange[] {
  return plan.merges.map((m) => ({ top: m.top + at.row, left: m.left + at.col, bottom: m.bottom + at.row, right: m.right + at.col }));
}
