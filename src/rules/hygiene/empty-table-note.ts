/**
 * "没有数据的表格应当列出空表并说明" (操作规程, quoted in docs/domain.md §1.1): a budget table with
 * no amounts at all (every amount cell blank; a 0 counts as an amount) needs a note such as
 * "注：无政府基金预算财政拨款预算，空表列示" or "说明：…没有…". The note is looked for in
 * `table.notes`, in the six rows under the header and in the three rows under the body.
 */
import { toA1 } from "../../model/a1";
import type { Table } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { BUDGET_TEMPLATES, forEachAmountCell, looksLikeEmptyNote } from "./support";

const ROWS_UNDER_HEADER = 6;
const ROWS_UNDER_BODY = 3;
const MAX_COLS = 40;

function hasEmptyNote(table: Table, ctx: RuleContext): boolean {
  if ((table.notes || []).some((n) => n && typeof n.text === "string" && looksLikeEmptyNote(n.text))) return true;
  const sheet = ctx.workbook.sheets[table.sheetIndex];
  const rows: number[] = [];
  const afterHeader = Math.floor(Number(table.header && table.header.bottom)) + 1;
  const afterBody = Math.floor(Number(table.body && table.body.bottom)) + 1;
  for (let i = 0; i < ROWS_UNDER_HEADER; i++) rows.push(afterHeader + i);
  for (let i = 0; i < ROWS_UNDER_BODY; i++) rows.push(afterBody + i);
  const lastCol = Math.min(sheet.colCount || 0, MAX_COLS);
  for (const row of rows) {
    if (!(row >= 0)) continue;
    for (let col = 0; col < lastCol; col++) {
      const p = ctx.values.parsed(table.sheetIndex, row, col);
      if (p.kind === "text" && looksLikeEmptyNote(p.text)) return true;
    }
  }
  return false;
}

export const emptyTableNote: Rule = {
  meta: {
    id: "empty-table-note",
    severity: "info",
    category: "hygiene",
    description: "rule.empty-table-note.description",
    messages: ["rule.empty-table-note.message"],
    templates: BUDGET_TEMPLATES,
    reference: "§1.1, §1.3 T7/T8",
  },
  checkTable(table, ctx) {
    const sheet = ctx.workbook.sheets[table.sheetIndex];
    if (!sheet || !Array.isArray(table.columns) || !table.columns.some((c) => c && c.numeric)) return;
    let empty = true;
    forEachAmountCell(
      table,
      ctx,
      ({ parsed }) => {
        if (parsed.kind === "empty") return;
        empty = false;
        return false; // one amount is enough
      },
      (raw) => raw !== null,
      { blanks: true },
    );
    if (!empty || hasEmptyNote(table, ctx)) return;
    const afterHeader = Math.floor(Number(table.header && table.header.bottom)) + 1;
    const bodyTop = Math.floor(Number(table.body && table.body.top));
    const row = Math.max(0, Number.isFinite(afterHeader) ? afterHeader : Number.isFinite(bodyTop) ? bodyTop : 0);
    const firstCol = table.columns.reduce((m, c) => (c && c.col >= 0 && c.col < m ? c.col : m), Number.MAX_SAFE_INTEGER);
    ctx.report({
      sheet: table.sheet,
      cell: toA1(row, firstCol === Number.MAX_SAFE_INTEGER ? 0 : firstCol),
      messageId: "rule.empty-table-note.message",
      table: table.template,
    });
  },
};
