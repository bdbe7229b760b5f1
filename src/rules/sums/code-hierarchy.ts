import type { Rule } from "../types";
import { checksOf } from "../lib/identities";
import { reportSums } from "../lib/sums";
import { hierarchyFamilies } from "../lib/identity-families";

/** A9: 类 = Σ款, 款 = Σ项 for every amount column, grouping repeated codes. */
export const codeHierarchy: Rule = {
  meta: {
    id: "code-hierarchy",
    severity: "error",
    category: "within-table",
    description: "rule.code-hierarchy.description",
    messages: ["sums.mismatch", "sums.rounding", "sums.hierarchy"],
    reference: "A9",
  },
  checkTable(table, ctx) {
    if (table.shape !== "coded") return;
    ctx.identities?.add(table.sheetIndex, () => hierarchyFamilies(ctx, table));
    reportSums(ctx, checksOf(ctx, table, "hierarchy"));
  },
};
