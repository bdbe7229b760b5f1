import { t } from "../../i18n";
import type { Rule, RuleContext } from "../types";
import { at, cellsForCode, column, firstCoded, firstSummary, totalRow, Package, packagesOf } from "../support/cross";
import { reportSums, SumCheck } from "../support/sums";

/** X2: each expenditure class of 收支总表 equals that class in 支出总表; 本年支出合计 equals its 合计. */
export const crossExpenseClasses: Rule = {
  meta: {
    id: "cross-expense-classes",
    severity: "error",
    category: "cross-table",
    description: "rule.cross-expense-classes.description",
    messages: ["sums.mismatch", "sums.rounding", "cross.expenseClass", "cross.expenseTotal"],
    reference: "X2",
  },
  checkWorkbook(ctx) {
    for (const pkg of packagesOf(ctx)) reportSums(ctx, expenseChecks(ctx, pkg));
  },
};

function expenseChecks(ctx: RuleContext, pkg: Package): SumCheck[] {
  const t1 = firstSummary(pkg, "income-expense-summary");
  const t3 = firstCoded(pkg, "expenditure");
  if (!t1 || !t3) return [];
  const t1Amount = column(t1, "expense.amount", "expense.total");
  const t3Total = column(t3, "total");
  if (!t1Amount || !t3Total) return [];
  const base = { ref: "X2", severity: "error" as const, table: t1.template, blankAsZero: true };
  const checks: SumCheck[] = [];
  for (const r of t1.rows) {
    if (r.side !== "expense") continue;
    if (r.kind === "item" && r.classCode) {
      checks.push({
        ...base,
        total: at(t1, r.row, t1Amount),
        parts: cellsForCode(t3, r.classCode, t3Total),
        what: () => t("cross.expenseClass", { label: r.label, code: r.classCode ?? "" }),
      });
    }
    const t3TotalRow = totalRow(t3);
    if (r.kind === "current-total" && t3TotalRow) {
      checks.push({ ...base, total: at(t1, r.row, t1Amount), parts: [at(t3, t3TotalRow.row, t3Total)], what: () => t("cross.expenseTotal") });
    }
  }
  return checks;
}
