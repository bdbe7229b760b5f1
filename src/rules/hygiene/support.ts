/** Shared by the hygiene rules: the amount cells of a table, and what counts as an "empty table" note. */
import { numberDecimals, type ParsedValue } from "../../model/values";
import { moneyFromNumber } from "../../model/money";
import type { MoneyValue } from "../../model/findings";
import type { CellValue, SheetSnapshot } from "../../model/snapshot";
import type { TemplateId, Table } from "../../recognize/model";
import type { RuleContext } from "../types";
import { perTable } from "../lib/memo";
import { AMOUNT_TABLES } from "../../catalog/templates";

/** The nine budget disclosure tables (T1–T9) and T13, whose numeric columns all hold amounts. */
export const BUDGET_TEMPLATES: readonly TemplateId[] = AMOUNT_TABLES;

/** Longest text quoted back in a message. */
const QUOTE_MAX = 30;

export function quoteText(text: string): string {
  const s = text.trim();
  return s.length > QUOTE_MAX ? s.slice(0, QUOTE_MAX) + "…" : s;
}

const SPACES = /\s+/g;
const EMPTY_WORDS = /空表|不涉及|无数据|无此类/;
const NOTHING_BUDGETED = /(无|没有|未安排|未编制|不安排)[^，。；,;]{0,30}(预算|支出|收入|经费|资金|数据)/;

/** A line saying the table is empty on purpose: "注：无政府基金预算财政拨款预算，空表列示", "说明：…没有…". */
export function looksLikeEmptyNote(text: string): boolean {
  const s = text.replace(SPACES, "");
  return EMPTY_WORDS.test(s) || NOTHING_BUDGETED.test(s);
}

export interface AmountCell {
  row: number;
  col: number;
  parsed: ParsedValue;
}

/** Raw kinds a visitor has no use for, skipped before `wants` is asked (cheap type checks). */
export interface SkipKinds {
  blanks?: boolean;
  /** All numbers. */
  numbers?: boolean;
  /** Numbers that are not negative. */
  nonNegative?: boolean;
}

/**
 * Calls `visit` for every amount cell of a table: body rows (without note rows and the 栏次 row)
 * × numeric columns, skipping cells hidden under a merge (only a merge's top-left cell is read).
 * Reads through ctx.values; never throws on an odd table.
 */
export function forEachAmountCell(
  table: Table,
  ctx: RuleContext,
  visit: (cell: AmountCell) => void | false,
  /** Looks at the raw value first; cells it rejects are not parsed (most cells are plain numbers). */
  wants?: (raw: CellValue) => boolean,
  /** Kinds `wants` would reject anyway: most amount cells are blanks or numbers. */
  skip: SkipKinds = {},
): void {
  const area = amountArea(table, ctx);
  if (!area) return;
  const { sheet, top, bottom, cols, skipRows, covered } = area;
  const skipBlanks = !!skip.blanks;
  const skipNumbers = !!skip.numbers;
  if (skipBlanks && (skipNumbers || skip.nonNegative)) {
    // Only text, errors and negative numbers: their places are listed once per table (usually none).
    const unusual = unusualCells(area);
    for (let i = 0; i < unusual.length; i += 2) {
      const row = unusual[i];
      const col = unusual[i + 1];
      const raw = sheet.cells[row][col];
      if (skipNumbers && typeof raw === "number") continue;
      if (wants && !wants(raw)) continue;
      if (visit({ row, col, parsed: ctx.values.parsed(table.sheetIndex, row, col) }) === false) return;
    }
    return;
  }
  for (let row = top; row <= bottom; row++) {
    if (skipRows.size && skipRows.has(row)) continue;
    const line = sheet.cells[row];
    for (let i = 0; i < cols.length; i++) {
      const col = cols[i];
      let raw = line ? line[col] : null;
      if (raw === undefined) raw = null;
      if (raw === null ? skipBlanks : skipNumbers && typeof raw === "number") continue;
      if (covered.size && covered.has(row * 65536 + col)) continue;
      if (wants && !wants(raw)) continue;
      if (visit({ row, col, parsed: ctx.values.parsed(table.sheetIndex, row, col) }) === false) return;
    }
  }
}

/** Where a table's amount cells are: rows, columns and the exceptions. */
interface AmountArea {
  sheet: SheetSnapshot;
  top: number;
  bottom: number;
  cols: number[];
  /** Note rows and the 栏次 row. */
  skipRows: Set<number>;
  /** Cells covered by a merge (other than its top-left), as row * 65536 + col. */
  covered: Set<number>;
  /** Amount cells that are neither blank nor a number ≥ 0, as row, col pairs in sheet order. */
  unusual?: number[];
  /** The plain numbers by decimals (see `plainNumberDecimals`). */
  decimals?: PlainDecimals;
}

/** Decimals of a value, ignoring float noise (0.1 + 0.2 has one). */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return 0;
  const plain = numberDecimals(value);
  // Up to two decimals is the common case and has no float noise to drop.
  return plain <= 2 ? plain : numberDecimals(Number(value.toFixed(10)));
}

/** An amount as a message quotes it: two decimals at least, up to four when it has them ("26.00", "12.3456"). */
export function amountValue(value: number): MoneyValue {
  return { money: moneyFromNumber(value), decimals: Math.max(2, Math.min(4, decimalsOf(value))) };
}

/** The amount cells holding plain numbers, by decimals: those with one or two counted, those with more listed. */
export interface PlainDecimals {
  /** Numbers with one or two decimals. */
  short: number;
  /** Numbers with more than two decimals, as row, col pairs in sheet order. */
  wide: number[];
}

/**
 * The decimals of a table's plain numbers: the excess-decimals rule needs every number's, and nearly
 * all have two at most. Null when the table has no amount area.
 */
export function plainNumberDecimals(table: Table, ctx: RuleContext): PlainDecimals | null {
  const area = amountArea(table, ctx);
  if (!area) return null;
  if (!area.decimals) scanArea(area);
  return area.decimals!;
}

/** The amount cells holding text, an error, a boolean or a negative number (usually none). */
function unusualCells(area: AmountArea): number[] {
  if (!area.unusual) scanArea(area);
  return area.unusual!;
}

/**
 * One loop over a table's amount cells (no call per cell) that finds both what the hygiene rules
 * look at: the unusual cells and the decimals of the plain numbers.
 */
function scanArea(area: AmountArea): void {
  const { sheet, top, bottom, cols, skipRows, covered } = area;
  const unusual: number[] = [];
  const wide: number[] = [];
  let short = 0;
  for (let row = top; row <= bottom; row++) {
    if (skipRows.size && skipRows.has(row)) continue;
    const line = sheet.cells[row];
    if (!line) continue;
    for (let i = 0; i < cols.length; i++) {
      const raw = line[cols[i]];
      if (raw === null || raw === undefined) continue;
      const plain = typeof raw === "number";
      // Whole non-negative numbers, nearly every amount, need nothing more.
      if (plain && raw >= 0 && Number.isInteger(raw)) continue;
      if (covered.size && covered.has(row * 65536 + cols[i])) continue;
      if (!plain || raw < 0) unusual.push(row, cols[i]);
      if (!plain || Number.isInteger(raw)) continue;
      const d = decimalsOf(raw);
      if (d > 2) wide.push(row, cols[i]);
      else if (d > 0) short += 1;
    }
  }
  area.unusual = unusual;
  area.decimals = { short, wide };
}

/** The amount area of a table, worked out once per table checked for all the hygiene rules (null when none). */
function amountArea(table: Table, ctx: RuleContext): AmountArea | null {
  return perTable(ctx, "amount-area", table, findAmountArea);
}

function findAmountArea(ctx: RuleContext, table: Table): AmountArea | null {
  const sheet = ctx.workbook && ctx.workbook.sheets ? ctx.workbook.sheets[table.sheetIndex] : undefined;
  if (!sheet || !table.body || !Array.isArray(table.columns)) return null;
  const lastRow = Math.max(sheet.rowCount || 0, sheet.cells ? sheet.cells.length : 0) - 1;
  const top = Math.max(0, Math.floor(Number(table.body.top)));
  const bottom = Math.min(lastRow, Math.floor(Number(table.body.bottom)));
  if (!(top <= bottom)) return null;
  const cols: number[] = [];
  for (const c of table.columns) {
    if (c && c.numeric && Number.isInteger(c.col) && c.col >= 0 && cols.indexOf(c.col) < 0) cols.push(c.col);
  }
  if (!cols.length) return null;
  const skipRows = new Set<number>((table.notes || []).map((n) => n.row));
  if (typeof table.columnNumberRow === "number") skipRows.add(table.columnNumberRow);
  const covered = new Set<number>();
  for (const m of table.bodyMerges || []) {
    for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, bottom); r++) {
      for (const c of cols) if (c >= m.left && c <= m.right && (r !== m.top || c !== m.left)) covered.add(r * 65536 + c);
    }
  }
  return { sheet, top, bottom, cols, skipRows, covered, unusual: undefined, decimals: undefined };
}
