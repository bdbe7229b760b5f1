import type { Rule } from "../types";
import { checksOf } from "../lib/identities";
import { reportSums } from "../lib/sums";
import { threePublicFamilies } from "../lib/identity-families";

/**
 * A17: 小计 = 出国 + 公务用车 + 接待, 出国 = its parts, 公务用车 = 购置 + 运维, 合计 = 小计 + 会议费 + 培训费.
 * Warnings: regions differ on whether 会议费/培训费 belong under 合计 (docs/domain.md §2.1).
 */
export const threePublicStructure: Rule = {
  meta: {
    id: "three-public-structure",
    severity: "warning",
    category: "within-table",
    description: "rule.three-public-structure.description",
    messages: ["sums.mismatch", "sums.rounding", "sums.threePublicSubtotal", "sums.threePublicTotal", "sums.threePublicAbroad", "sums.threePublicCar"],
    templates: ["three-public"],
    reference: "A17",
  },
  checkTable(table, ctx) {
    if (table.shape !== "labeled") return;
    ctx.identities?.add(table.sheetIndex, () => threePublicFamilies(table));
    reportSums(ctx, checksOf(ctx, table, "three-public"));
  },
};
