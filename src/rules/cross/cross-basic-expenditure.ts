import { columnByRole } from "../../recognize/model";
import { phrase } from "../../catalog/messages";
import type { Rule, RuleContext } from "../types";
import { at, basicTableParts, firstCoded, totalRow, Package, packagesOf } from "../lib/cross";
import { CellPos, reportSums, SumCheck } from "../lib/sums";
import { checksAsIdentities, packageSheets } from "../lib/identity-families";

/**
 * X7: 基本支出表 合计 = 一般公共预算支出表 合计行的基本支出. A table of all fiscal funds ("财政拨款安排的
 * 基本支出预算表") also holds the funds' basic expenditure: that of the 政府性基金 and 国有资本经营
 * tables is added when the package has them (their money is rarely spent on basic expenditure).
 */
export const crossBasicExpenditure: Rule = {
  meta: {
    id: "cross-basic-expenditure",
    severity: "error",
    category: "cross-table",
    description: "rule.cross-basic-expenditure.description",
    messages: ["sums.mismatch", "sums.rounding", "cross.basic", "cross.basicFiscal", "cross.basicHalves"],
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
    const total = at(t6[0].table, r6.row, t6[0].amount);
    if (!ofFiscalFunds(t6[0].table.title)) return [{ ...base, total, parts: [at(t5, r5.row, t5Basic)], what: () => phrase("cross.basic") }];
    return [{ ...base, total, parts: [at(t5, r5.row, t5Basic), ...fundBasics(pkg)], what: () => phrase("cross.basicFiscal") }];
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

/** A basic table titled by 财政拨款 as a whole rather than by 一般公共预算. */
function ofFiscalFunds(title: string): boolean {
  return /财政拨款/.test(title) && !/一般公共预算/.test(title);
}

/** The 基本支出 on the total rows of the package's 政府性基金 and 国有资本经营 expenditure tables. */
function fundBasics(pkg: Package): CellPos[] {
  const out: CellPos[] = [];
  for (const template of ["gov-fund-expenditure", "state-capital-expenditure"] as const) {
    const t = firstCoded(pkg, template);
    const basic = t && columnByRole(t, "basic");
    const row = t && totalRow(t);
    if (t && basic && row) out.push(at(t, row.row, basic));
  }
  return out;
}
