import type { Rule } from "../types";
import { checksOf } from "../lib/identities";
import { reportSums } from "../lib/sums";
import { summaryFamilies } from "../lib/identity-families";

/** A1–A4, A6, A13: the totals of the two-sided tables. */
export const summaryIdentities: Rule = {
  meta: {
    id: "summary-identities",
    severity: "error",
    category: "within-table",
    description: "rule.summary-identities.description",
    messages: ["sums.mismatch", "sums.rounding", "sums.summaryCurrent", "sums.summaryGrand", "sums.summaryCarryover", "sums.summaryGroup"],
    templates: ["income-expense-summary", "fiscal-summary"],
    reference: "A1 A2 A3 A4 A6 A13",
  },
  checkTable(table, ctx) {
    if (table.shape !== "summary") return;
    ctx.identities?.add(table.sheetIndex, () => summaryFamilies(table));
    reportSums(ctx, checksOf(ctx, table, "summary"));
  },
};
