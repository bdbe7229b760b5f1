/**
 * What the task pane needs from a spreadsheet host. The pane talks to Excel (and later WPS) only
 * through this, so the pane is tested against an in-memory host and each host adapter on its own.
 */
import type { CellRange } from "../core/a1";
import { SEVERITY_RANK, type Finding, type Severity } from "../core/findings";
import type { WorkbookSnapshot } from "../core/snapshot";

export interface Mark {
  sheet: string;
  cell: string;
  severity: Severity;
}

/** A new sheet to write: what the report and the goal-table template are made of. */
export interface WritePlan {
  /** Wanted sheet name (at most 31 characters, none of []:*?/\). */
  name: string;
  /**
   * Row-major cells from A1, rows of equal length. Text is written as text (formatted "@", so
   * nothing becomes a formula); numbers as numbers, shown with two decimals (amounts).
   */
  rows: (string | number)[][];
  /** 0-based rows in bold (titles, headers). */
  boldRows: number[];
  merges: CellRange[];
}

/** The number format of a plan's number cells (amounts in 万元). */
export const AMOUNT_FORMAT = "#,##0.00";

export interface CellNumber {
  sheet: string;
  cell: string;
  value: number;
}

export interface ReportRow {
  finding: Finding;
  /** The accountant's explanation of a warning, when there is one. */
  note?: string;
}

export interface HostPort {
  /** Every sheet's values, formulas, formats, merges and hidden rows. Read-only. */
  readWorkbook(onProgress?: (fraction: number) => void): Promise<WorkbookSnapshot>;
  /** Shows the cell: activates its sheet and selects it. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * Fills the cells by severity and remembers, in the workbook, the fills they had before, so
   * that clearHighlights can restore them even after the workbook was saved and reopened.
   * Returns the number of cells filled.
   */
  highlight(marks: readonly Mark[]): Promise<number>;
  /**
   * Puts back the fills that were there before highlight, on the cells that still show the
   * highlight (a fill the user changed since is left alone). Returns the number of cells restored.
   */
  clearHighlights(): Promise<number>;
  /**
   * Adds a sheet after the last one, writes the plan into it (every cell as text) and shows it;
   * returns the sheet's name (the plan's, or with " (2)" … when taken). Nothing else changes.
   */
  writeSheet(plan: WritePlan): Promise<string>;
  /**
   * Writes numbers into the given cells that are still blank, in one batch; a cell that holds
   * anything is left as it is. Returns the number of cells written.
   */
  fillBlankCells(cells: readonly CellNumber[]): Promise<number>;
  /** Explanations of warnings, kept in the workbook, by finding key. */
  loadNotes(): Promise<Record<string, string>>;
  saveNotes(notes: Record<string, string>): Promise<void>;
}

/** What identifies a finding across checks: the same rule, cell and message (a changed amount is a new finding). */
export function findingKey(f: Finding): string {
  return `${f.ruleId}|${f.sheet}|${f.cell}|${f.message}`;
}

/** One mark per cell, the most severe one (a cell can carry an error and a warning). Marks without a cell are dropped. */
export function mostSevereByCell(marks: readonly Mark[]): Mark[] {
  const byCell = new Map<string, Mark>();
  for (const m of marks) {
    if (!m.cell) continue;
    const key = `${m.sheet}!${m.cell}`;
    const had = byCell.get(key);
    if (!had || SEVERITY_RANK[m.severity] < SEVERITY_RANK[had.severity]) byCell.set(key, m);
  }
  return [...byCell.values()];
}
