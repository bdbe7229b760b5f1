import { t } from "../../i18n";
import type { Rule, RuleContext } from "../types";
import { at, column, firstCoded, totalRow, Package, packagesOf } from "../support/cross";
import { reportSums, SumCheck } from "../support/sums";

/** X7: 基本支出表 合计 = 一般公共预算支出表 合计行的基本支出. */
export const crossBasicExpenditure: Rule = {
  meta: {
    id: "cross-basic-expenditure",
    severity: "error",
    category: "cross-table",
    description: "rule.cross-basic-expenditure.description",
    messages: ["sums.mismatch", "sums.rounding", "cross.basic"],
    reference: "X7",
  },
  checkWorkbook(ctx) {
    for (const pkg of packagesOf(ctx)) reportSums(ctx, basicChecks(ctx, pkg));
  },
};

function basicChecks(ctx: RuleContext, pkg: Package): SumCheck[] {
  const t5 = firstCoded(pkg, "general-budget-expenditure");
  const t6 = firstCoded(pkg, "general-budget-basic");
  if (!t5 || !t6) return [];
  const t5Basic = column(t5, "basic");
  const t6Total = column(t6, "total");
  const r5 = totalRow(t5);
  const r6 = totalRow(t6);
  if (!t5Basic || !t6Total || !r5 || !r6) return [];
  return [
    {
      ref: "X7",
      severity: "error",
      table: t6.template,
      blankAsZero: true,
      total: at(t6, r6.row, t6Total),
      parts: [at(t5, r5.row, t5Basic)],
      what: () => t("cross.basic"),
    },
  ];
}
