import type { Rule } from "../types";
import { checksOf } from "../lib/identities";
import { reportSums } from "../lib/sums";
import { rowFamilies } from "../lib/identity-families";

/** A7, A8, A10–A12, A14, A15, A18: on every row, the 合计 column equals its component columns. */
export const rowSum: Rule = {
  meta: {
    id: "row-sum",
    severity: "error",
    category: "within-table",
    description: "rule.row-sum.description",
    messages: ["sums.mismatch", "sums.rounding", "sums.row", "sums.rowNoLabel"],
    reference: "A7 A8 A10 A11 A12 A14 A15 A18",
  },
  checkTable(table, ctx) {
    ctx.identities?.add(table.sheetIndex, () => rowFamilies(table));
    reportSums(ctx, checksOf(ctx, table, "row"));
  },
};
