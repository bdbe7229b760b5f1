/** Shared by the hygiene rules: the amount cells of a table, and what counts as an "empty table" note. */
import type { ParsedValue } from "../../core/values";
import type { CellValue } from "../../core/snapshot";
import type { TemplateId, Table } from "../../recognize/model";
import type { RuleContext } from "../types";

/** The nine budget disclosure tables (T1–T9), whose numeric columns all hold amounts. */
export const BUDGET_TEMPLATES: TemplateId[] = [
  "income-expense-summary",
  "income",
  "expenditure",
  "fiscal-summary",
  "general-budget-expenditure",
  "general-budget-basic",
  "gov-fund-expenditure",
  "state-capital-expenditure",
  "three-public",
];

/** Longest text quoted back in a message. */
const QUOTE_MAX = 30;

export function quoteText(text: string): string {
  const s = text.trim();
  return s.length > QUOTE_MAX ? s.slice(0, QUOTE_MAX) + "…" : s;
}

/** A line saying the table is empty on purpose: "注：无政府基金预算财政拨款预算，空表列示", "说明：…没有…". */
export function looksLikeEmptyNote(text: string): boolean {
  const s = text.replace(/\s+/g, "");
  return (
    /空表|不涉及|无数据|无此类/.test(s) ||
    /(无|没有|未安排|未编制|不安排)[^，。；,;]{0,30}(预算|支出|收入|经费|资金|数据)/.test(s)
  );
}

export interface AmountCell {
  row: number;
  col: number;
  parsed: ParsedValue;
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
): void {
  const sheet = ctx.workbook && ctx.workbook.sheets ? ctx.workbook.sheets[table.sheetIndex] : undefined;
  if (!sheet || !table.body || !Array.isArray(table.columns)) return;
  const lastRow = Math.max(sheet.rowCount || 0, sheet.cells ? sheet.cells.length : 0) - 1;
  const top = Math.max(0, Math.floor(Number(table.body.top)));
  const bottom = Math.min(lastRow, Math.floor(Number(table.body.bottom)));
  if (!(top <= bottom)) return;
  const cols: number[] = [];
  for (const c of table.columns) {
    if (c && c.numeric && Number.isInteger(c.col) && c.col >= 0 && cols.indexOf(c.col) < 0) cols.push(c.col);
  }
  if (!cols.length) return;
  const skipRows = new Set<number>((table.notes || []).map((n) => n.row));
  if (typeof table.columnNumberRow === "number") skipRows.add(table.columnNumberRow);
  // Cells covered by a merge (other than its top-left) are not read: one set, built once per table.
  const covered = new Set<number>();
  for (const m of table.bodyMerges || []) {
    for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, bottom); r++) {
      for (const c of cols) if (c >= m.left && c <= m.right && (r !== m.top || c !== m.left)) covered.add(r * 65536 + c);
    }
  }
  for (let row = top; row <= bottom; row++) {
    if (skipRows.has(row)) continue;
    for (const col of cols) {
      if (covered.size && covered.has(row * 65536 + col)) continue;
      if (wants) {
        const line = sheet.cells[row];
        const raw = line ? line[col] : null;
        if (!wants(raw === undefined ? null : raw)) continue;
      }
      if (visit({ row, col, parsed: ctx.values.parsed(table.sheetIndex, row, col) }) === false) return;
    }
  }
}
