/**
 * A negative amount in a budget disclosure table. None of the nine tables has a column where a
 * negative amount belongs (决算 differences, which can be negative, are other tables).
 */
import { toA1 } from "../../model/a1";
import { decimalsUsed } from "../../model/money";
import { money } from "../lib/sums";
import type { Rule } from "../types";
import { BUDGET_TEMPLATES, forEachAmountCell } from "./support";

export const negativeAmount: Rule = {
  meta: {
    id: "negative-amount",
    severity: "warning",
    category: "hygiene",
    description: "rule.negative-amount.description",
    messages: ["rule.negative-amount.message"],
    templates: BUDGET_TEMPLATES,
  },
  checkTable(table, ctx) {
    forEachAmountCell(table, ctx, ({ row, col, parsed }) => {
      if (parsed.kind !== "number") return;
      const amount = ctx.values.amount(table.sheetIndex, row, col).amount;
      if (!(amount < 0)) return;
      const value = money(amount, Math.max(2, decimalsUsed(amount)));
      ctx.report({
        sheet: table.sheet,
        cell: toA1(row, col),
        messageId: "rule.negative-amount.message", data: { value },
        actual: value,
        table: table.template,
      });
    }, (raw) => typeof raw === "string" || (typeof raw === "number" && raw < 0), { blanks: true, nonNegative: true });
  },
};
