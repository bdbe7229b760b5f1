/**
 * A number stored as text ("1,234.50", full-width "１２３４．５０", " 12.5 ") in an amount cell. The
 * checks read it as a number, but Excel's own SUM skips text, so the published totals may not add up.
 */
import { toA1 } from "../../model/a1";
import { money } from "../lib/sums";
import { cellAt } from "../../model/snapshot";
import { cellText } from "../../model/values";
import type { Rule } from "../types";
import { BUDGET_TEMPLATES, forEachAmountCell, quoteText } from "./support";

export const textNumber: Rule = {
  meta: {
    id: "text-number",
    severity: "warning",
    category: "hygiene",
    description: "rule.text-number.description",
    messages: ["rule.text-number.message", "rule.text-number.messageUnit"],
    templates: BUDGET_TEMPLATES,
  },
  checkTable(table, ctx) {
    const sheet = ctx.workbook.sheets[table.sheetIndex];
    forEachAmountCell(table, ctx, ({ row, col, parsed }) => {
      // Percentages are not amounts (non-numeric-amount reports them).
      if (parsed.kind !== "number" || !parsed.fromText || parsed.percent) return;
      const value =
        parsed.decimals > 4
          ? String(parsed.value)
          : money(ctx.values.amount(table.sheetIndex, row, col).amount, parsed.decimals);
      const text = quoteText(cellText(cellAt(sheet, row, col)));
      if (parsed.moneyUnit && table.unit && parsed.moneyUnit !== table.unit) {
        // "1,200元" in a table in 万元: the amount is not used (which unit is meant cannot be told).
        ctx.report({
          sheet: table.sheet,
          cell: toA1(row, col),
          messageId: "rule.text-number.messageUnit", data: { text, unit: parsed.moneyUnit, tableUnit: table.unit },
          actual: text,
          table: table.template,
        });
        return;
      }
      ctx.report({
        sheet: table.sheet,
        cell: toA1(row, col),
        messageId: "rule.text-number.message", data: { text, value },
        expected: value,
        actual: text,
        table: table.template,
      });
    }, (raw) => typeof raw === "string", { blanks: true, numbers: true });
  },
};
