/**
 * An amount cell formatted as a date: Excel shows 534.8 as "1901/6/17", and so does the published
 * table. The number behind the date is still the amount, and the checks use it; the cell's format
 * is what must be fixed. An error: the table as printed shows a date where an amount belongs.
 */
import { toA1 } from "../../model/a1";
import { cellAt } from "../../model/snapshot";
import { cellText } from "../../model/values";
import type { Rule } from "../types";
import { amountValue, BUDGET_TEMPLATES, forEachAmountCell } from "./support";

export const dateFormattedAmount: Rule = {
  meta: {
    id: "date-formatted-amount",
    severity: "error",
    category: "hygiene",
    description: "rule.date-formatted-amount.description",
    messages: ["rule.date-formatted-amount.message"],
    templates: BUDGET_TEMPLATES,
  },
  checkTable(table, ctx) {
    const sheet = ctx.workbook.sheets[table.sheetIndex];
    if (!sheet || !sheet.dates) return;
    forEachAmountCell(
      table,
      ctx,
      ({ row, col }) => {
        const serial = ctx.values.dateSerial(table.sheetIndex, row, col);
        if (serial === undefined) return;
        const value = amountValue(serial);
        const shown = cellText(cellAt(sheet, row, col));
        ctx.report({
          sheet: table.sheet,
          cell: toA1(row, col),
          messageId: "rule.date-formatted-amount.message", data: { shown, value },
          expected: value,
          actual: shown,
          table: table.template,
        });
      },
      (raw) => typeof raw === "string",
      { blanks: true, numbers: true },
    );
  },
};
