import type { Rule } from "../types";
import { checksOf } from "../lib/identities";
import { reportSums } from "../lib/sums";
import { columnTotalFamilies } from "../lib/identity-families";

/** A9, A15: the 合计 row equals the sum of the top-level (类) rows, column by column. */
export const columnTotal: Rule = {
  meta: {
    id: "column-total",
    severity: "error",
    category: "within-table",
    description: "rule.column-total.description",
    messages: ["sums.mismatch", "sums.rounding", "sums.columnTotal"],
    reference: "A9 A15",
  },
  checkTable(table, ctx) {
    if (table.shape !== "coded") return;
    ctx.identities?.add(table.sheetIndex, () => columnTotalFamilies(ctx, table));
    reportSums(ctx, checksOf(ctx, table, "column"));
  },
};
