import { columnByRole } from "../../recognize/model";
import { phrase } from "../../catalog/messages";
import type { Rule, RuleContext } from "../types";
import { at, basicTableParts, firstCoded, totalRow, Package, packagesOf } from "../lib/cross";
import { CellPos, reportSums, SumCheck } from "../lib/sums";
import { checksAsIdentities, packageSheets } from "../lib/identity-families";

/** X7: 基本支出表 合计 = 一般公共预算支出表 合计行的基本支出. */
export const crossBasicExpenditure: Rule = {
  meta: {
    id: "cross-basic-expenditure",
    severity: "error",
    category: "cross-table",
    description: "rule.cross-basic-expenditure.description",
    messages: ["sums.mismatch", "sums.rounding", "cross.basic", "cross.basicHalves"],
    reference: "X7",
  },
  checkWorkbook(ctx) {
    for (const pkg of packagesOf(ctx)) {
      ctx.identities?.add(packageSheets(pkg), () => checksAsIdentities(ctx, basicChecks(ctx, pkg), true));
      reportSums(ctx, basicChecks(ctx, pkg));
    }
  },
};

function basicChecks(_ctx: RuleContext, pkg: Package): SumCheck[] {
  const t5 = firstCoded(pkg, "general-budget-expenditure");
  const t6 = basicTableParts(pkg);
  if (!t5 || t6.length === 0) return [];
  const t5Basic = columnByRole(t5, "basic");
  const r5 = totalRow(t5);
  if (!t5Basic || !r5) return [];
  const base = { ref: "X7", severity: "error" as const, table: t6[0].table.template, blankAsZero: true };
  if (t6.length === 1) {
    const r6 = totalRow(t6[0].table);
    if (!r6) return [];
    return [{ ...base, total: at(t6[0].table, r6.row, t6[0].amount), parts: [at(t5, r5.row, t5Basic)], what: () => phrase("cross.basic") }];
  }
  // Side by side: 人员经费合计 + 公用经费合计 = the 基本支出 of 一般公共预算支出表.
  const parts: CellPos[] = [];
  for (const half of t6) {
    const r6 = totalRow(half.table);
    // A half whose 合计 label is merged into the next half counts in that half's total.
    if (!r6 && t6.some((h) => h.table.carried?.some((c) => c.col === half.amount.col))) continue;
    if (!r6) return [];
    parts.push(at(half.table, r6.row, half.amount));
  }
  return [{ ...base, table: t5.template, total: at(t5, r5.row, t5Basic), parts, what: () => phrase("cross.basicHalves") }];
}
