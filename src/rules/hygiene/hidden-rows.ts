import { toA1 } from "../../model/a1";
import type { Rule } from "../types";

/**
 * Hidden rows inside a table body, and tables on a hidden sheet, are still checked and still count
 * in every sum; the accountant should know they are there, since the published (printed) table
 * will not show them.
 */
export const hiddenRows: Rule = {
  meta: {
    id: "hidden-rows",
    severity: "info",
    category: "hygiene",
    description: "rule.hidden-rows.description",
    messages: ["rule.hidden-rows.message", "rule.hidden-rows.message.sheet"],
  },
  checkTable(table, ctx) {
    const sheet = ctx.workbook.sheets[table.sheetIndex];
    if (sheet.hidden) {
      const title = table.titleCell ?? { row: table.header.top, col: table.columns[0]?.col ?? 0 };
      ctx.report({
        sheet: table.sheet,
        cell: toA1(title.row, title.col),
        messageId: "rule.hidden-rows.message.sheet", data: { sheet: table.sheet },
        table: table.template,
      });
    }
    const hidden = sheet.hiddenRows.filter((r) => r >= table.body.top && r <= table.body.bottom);
    if (hidden.length === 0) return;
    const first = hidden[0];
    const rows = hidden.map((r) => r + 1);
    ctx.report({
      sheet: table.sheet,
      cell: toA1(first, table.columns[0]?.col ?? 0),
      messageId: "rule.hidden-rows.message", data: {
        count: hidden.length,
        rows: rows.length > 8 ? `${rows.slice(0, 8).join("、")}等` : rows.join("、"),
      },
      table: table.template,
    });
  },
};
