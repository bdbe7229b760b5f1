/**
 * What the task pane needs from a spreadsheet host. The pane talks to Excel and WPS only
 * through this, so the pane is tested against an in-memory host and each host adapter on its own.
 */
import { isJoinedValues, isMoneyValue, isNestedMessage, isPercentValue, type DataValue, type Finding, type MessageData, type Severity } from "./findings";
import type { WorkbookSnapshot } from "./snapshot";
import type { WritePlan } from "./write-plan";
import type { CellRange } from "./a1";
import { formatBasisPoints } from "./percent";

export interface Mark {
  sheet: string;
  cell: string;
  severity: Severity;
}

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

/** The cells the user has selected. */
export interface Selection {
  sheet: string;
  range: CellRange;
}

/** What writeAt did: written, or not because of these non-empty cells (A1) that were not confirmed. */
export interface WriteAtResult {
  written: boolean;
  /** Every non-empty cell the block covers (A1), overwritten when written. */
  occupied: string[];
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
   * Adds one sheet per plan (as writeSheet, names made unique among them too) and shows the
   * first; returns their names in order. All or none: a failure midway removes the sheets added.
   */
  writeSheets(plans: readonly WritePlan[]): Promise<string[]>;
  /**
   * Writes numbers into the given cells that are still blank, in one batch; a cell that holds
   * anything is left as it is. Returns the number of cells written.
   */
  fillBlankCells(cells: readonly CellNumber[]): Promise<number>;
  /** The selected range of the active sheet (its first area when several are selected). */
  readSelection(): Promise<Selection>;
  /**
   * Writes a plan's cells (rows, merges, bold rows and highlights, relative to `at`) into an
   * existing sheet from `at` on. A cell that holds anything (a value or a formula) is overwritten
   * only when it is listed in `confirmed`: when the block covers any other such cell, nothing is
   * written and the result lists them all, so the user can be asked. One batch: whole or not at all.
   */
  writeAt(sheet: string, at: { row: number; col: number }, plan: WritePlan, confirmed?: readonly string[]): Promise<WriteAtResult>;
  /** Explanations of warnings, kept in the workbook, by finding key. */
  loadNotes(): Promise<Record<string, string>>;
  saveNotes(notes: Record<string, string>): Promise<void>;
}

/**
 * What identifies a finding across checks (explanations saved in a workbook are kept by it): the
 * rule, the cell, which of the rule's messages and the figures and names it is about, never the
 * wording (a changed amount is a new finding; a reworded message is not). Amounts count by value,
 * not by the decimals shown.
 */
export function findingKey(f: Finding): string {
  return `${f.ruleId}|${f.sheet}|${f.cell}|${f.messageId}|${dataKey(f.data)}`;
}

function dataKey(v: DataValue | MessageData): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number") return String(v);
  if (isMoneyValue(v)) return `${v.money}`;
  // A rate keys as the text it was before rates were typed ("77.32%"): saved explanations still match.
  if (isPercentValue(v)) return v.points ? `${v.basisPoints}pp` : JSON.stringify(`${formatBasisPoints(v.basisPoints, v.decimals)}%`);
  if (isNestedMessage(v)) return `${v.msg}(${dataKey(v.data)})`;
  if (isJoinedValues(v)) return `[${v.join.map(dataKey).join(",")}]`;
  const data = v as MessageData;
  return `{${Object.keys(data)
    .sort()
    .map((k) => `${k}:${dataKey(data[k])}`)
    .join(",")}}`;
}
