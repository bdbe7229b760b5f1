/**
 * Example workbooks for the per-rule pages in docs/rules/: for every rule a correct example and the
 * edits that make it fail. `npx tsx scripts/rules-doc.ts` renders them as markdown tables, and
 * test/rules/rule-examples.test.ts runs both through the checker (the failing one must make the rule
 * fire, the correct one must not), so the examples in the docs are real.
 */
import { parseA1, parseRange, type CellRange } from "../../src/model/a1";
import { sheetFromRows, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../../src/model/snapshot";

export type ExampleRow = CellValue[];

export interface ExampleSheet {
  name: string;
  rows: ExampleRow[];
  /** Merged ranges, A1 ("A3:A5"). */
  merges?: string[];
  /** Hidden rows, 1-based as Excel numbers them. */
  hiddenRows?: number[];
  /** Cells formatted as dates: A1 → the serial number behind the date. */
  dates?: Record<string, number>;
  /** Displayed text where it differs from the value (a number format): A1 → text. */
  shown?: Record<string, string>;
  /** Formulas: A1 → formula text (with "="). */
  formulas?: Record<string, string>;
}

/** One change to a cell of the correct example (on its first sheet unless `sheet` is given). */
export interface ExampleEdit {
  sheet?: string;
  cell: string;
  /** The new value; omitted = keep the value and change only the format/formula/row state. */
  value?: CellValue;
  /** The cell is formatted as a date (serial behind it). */
  date?: number;
  /** The displayed text under the cell's number format. */
  shown?: string;
  /** A formula in the cell. */
  formula?: string;
  /** Hide the cell's row. */
  hideRow?: boolean;
  /** Merge the cell with its neighbours ("A1:B1"). */
  merge?: string;
}

export interface RuleExamples {
  /** The correct example: the rule reports nothing on it. */
  correct: ExampleSheet[];
  /** Edits that turn the correct example into the failing one: the rule reports it. */
  failing: ExampleEdit[];
  /** zh-CN: what is wrong in the failing example and what to fix. */
  explain: string;
}

function a1(cell: string): { row: number; col: number } {
  const c = parseA1(cell);
  if (!c) throw new Error(`bad cell ${cell}`);
  return c;
}

function range(text: string): CellRange {
  const r = parseRange(text);
  if (!r) throw new Error(`bad range ${text}`);
  return r;
}

const key = (cell: string) => {
  const { row, col } = a1(cell);
  return `${row},${col}`;
};

function keyed<T>(byCell: Record<string, T> | undefined): Record<string, T> | undefined {
  if (!byCell) return undefined;
  const out: Record<string, T> = {};
  for (const cell of Object.keys(byCell)) out[key(cell)] = byCell[cell];
  return out;
}

export function toSnapshotSheet(s: ExampleSheet): SheetSnapshot {
  const extra: Partial<SheetSnapshot> = {
    merges: (s.merges ?? []).map(range),
    hiddenRows: (s.hiddenRows ?? []).map((r) => r - 1),
    formulas: keyed(s.formulas) ?? {},
  };
  const dates = keyed(s.dates);
  if (dates) extra.dates = dates;
  const shown = keyed(s.shown);
  if (shown) extra.shown = shown;
  return sheetFromRows(s.name, s.rows, extra);
}

export function toWorkbook(sheets: readonly ExampleSheet[], source = "example.xlsx"): WorkbookSnapshot {
  return { source, sheets: sheets.map(toSnapshotSheet) };
}

/** The failing example's sheets: copies of the correct ones with the edits applied. */
export function applyEdits(sheets: readonly ExampleSheet[], edits: readonly ExampleEdit[]): ExampleSheet[] {
  const out = sheets.map((s) => ({
    ...s,
    rows: s.rows.map((r) => r.slice()),
    merges: s.merges?.slice(),
    hiddenRows: s.hiddenRows?.slice(),
    dates: s.dates && { ...s.dates },
    shown: s.shown && { ...s.shown },
    formulas: s.formulas && { ...s.formulas },
  }));
  for (const e of edits) {
    const sheet = e.sheet === undefined ? out[0] : out.find((s) => s.name === e.sheet);
    if (!sheet) throw new Error(`no sheet ${e.sheet}`);
    const { row, col } = a1(e.cell);
    while (sheet.rows.length <= row) sheet.rows.push([]);
    const r = sheet.rows[row];
    while (r.length <= col) r.push(null);
    if (e.value !== undefined) r[col] = e.value;
    if (e.date !== undefined) sheet.dates = { ...sheet.dates, [e.cell]: e.date };
    if (e.shown !== undefined) sheet.shown = { ...sheet.shown, [e.cell]: e.shown };
    if (e.formula !== undefined) sheet.formulas = { ...sheet.formulas, [e.cell]: e.formula };
    if (e.hideRow) sheet.hiddenRows = [...(sheet.hiddenRows ?? []), row + 1];
    if (e.merge) sheet.merges = [...(sheet.merges ?? []), e.merge];
  }
  return out;
}

/** The failing example as sheets. */
export function failingSheets(ex: RuleExamples): ExampleSheet[] {
  return applyEdits(ex.correct, ex.failing);
}
