import type { Rule } from "../types";
import { checksOf } from "../lib/identities";
import { reportSums } from "../lib/sums";
import { subtotalFamilies } from "../lib/identity-families";

/** 小计 rows (before or after their members) and unit rows equal the rows they group. */
export const subtotalGroup: Rule = {
  meta: {
    id: "subtotal-group",
    severity: "error",
    category: "within-table",
    description: "rule.subtotal-group.description",
    messages: ["sums.mismatch", "sums.rounding", "sums.subtotal"],
    reference: "A15",
  },
  checkTable(table, ctx) {
    if (table.shape !== "coded") return;
    ctx.identities?.add(table.sheetIndex, () => subtotalFamilies(table));
    reportSums(ctx, checksOf(ctx, table, "subtotal"));
  },
};
