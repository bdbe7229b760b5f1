import { phrase } from "../../catalog/messages";
import { columnByRole, type SummaryRow } from "../../recognize/model";
import { stripOrdinal } from "../../recognize/summary";
import type { Rule, RuleContext } from "../types";
import { at, firstCoded, firstSummary, totalRow, Package, packagesOf } from "../lib/cross";
import { reportSums, SumCheck } from "../lib/sums";
import { checksAsIdentities, packageSheets } from "../lib/identity-families";

/**
 * The 财政拨款 income lines of 收支总表: 一般公共预算 / 政府性基金 / 国有资本经营 (预算), or the one line
 * 财政拨款收入 of a 决算 收入支出决算总表. Top-level lines only: "其中：政府性基金预算财政拨款" under
 * 财政拨款收入, or 财政拨款 under 一般公共预算 (Henan), is part of a line already counted.
 */
const FISCAL_INCOME = /一般公共预算|政府性基金|国有资本经营|^财政拨款(收入)?$/;

/** X1, X4: income totals agree across 收支总表, 收入总表 and 财政拨款收支总表. */
export const crossIncomeTotals: Rule = {
  meta: {
    id: "cross-income-totals",
    severity: "error",
    category: "cross-table",
    description: "rule.cross-income-totals.description",
    messages: ["sums.mismatch", "sums.rounding", "cross.incomeCurrent", "cross.incomeGrand", "cross.fiscalIncomeFromSummary", "cross.fiscalIncomeFromIncome"],
    reference: "X1 X4",
  },
  checkWorkbook(ctx) {
    for (const pkg of packagesOf(ctx)) {
      ctx.identities?.add(packageSheets(pkg), () => checksAsIdentities(ctx, incomeChecks(ctx, pkg), true));
      reportSums(ctx, incomeChecks(ctx, pkg));
    }
  },
};

function incomeChecks(ctx: RuleContext, pkg: Package): SumCheck[] {
  const checks: SumCheck[] = [];
  const t1 = firstSummary(pkg, "income-expense-summary");
  const t2 = firstCoded(pkg, "income");
  const t4 = firstSummary(pkg, "fiscal-summary");
  const t2Total = t2 && totalRow(t2);
  const base = { ref: "X1", severity: "error" as const, blankAsZero: true };

  const t1Amount = t1 && columnByRole(t1, "income.amount");
  const t1Row = (kind: SummaryRow["kind"]) => t1?.rows.find((r) => r.side === "income" && r.kind === kind);
  if (t1 && t1Amount && t2 && t2Total) {
    const current = t1Row("current-total");
    // Without a 本年收入 column, 合计 is this year's income only when the table lists no 上年结转.
    const t2Current = columnByRole(t2, "current") ?? (columnByRole(t2, "carryover") ? undefined : columnByRole(t2, "total"));
    if (current && t2Current) {
      checks.push({ ...base, table: t1.template, total: at(t1, current.row, t1Amount), parts: [at(t2, t2Total.row, t2Current)], what: () => phrase("cross.incomeCurrent") });
    }
    const grand = t1Row("grand-total");
    const t2Grand = columnByRole(t2, "total");
    if (grand && t2Grand) {
      checks.push({ ...base, table: t1.template, total: at(t1, grand.row, t1Amount), parts: [at(t2, t2Total.row, t2Grand)], what: () => phrase("cross.incomeGrand") });
    }
  }

  const t4Amount = t4 && columnByRole(t4, "income.amount");
  const t4Current = t4?.rows.find((r) => r.side === "income" && r.kind === "current-total");
  if (t4 && t4Amount && t4Current) {
    if (t1 && t1Amount) {
      const fiscalItems = t1.rows.filter((r) => r.side === "income" && r.kind === "item" && r.level === 1 && FISCAL_INCOME.test(stripOrdinal(r.label)));
      if (fiscalItems.length) {
        checks.push({
          ...base,
          ref: "X4",
          table: t4.template,
          total: at(t4, t4Current.row, t4Amount),
          parts: fiscalItems.map((r) => at(t1, r.row, t1Amount)),
          what: () => phrase("cross.fiscalIncomeFromSummary"),
        });
      }
    }
    const t2Fiscal = t2 && (columnByRole(t2, "fiscal") ?? columnByRole(t2, "gp.fiscal"));
    if (t2 && t2Total && t2Fiscal && columnByRole(t2, "fiscal")) {
      checks.push({
        ...base,
        ref: "X4",
        table: t4.template,
        total: at(t4, t4Current.row, t4Amount),
        parts: [at(t2, t2Total.row, t2Fiscal)],
        what: () => phrase("cross.fiscalIncomeFromIncome"),
      });
    }
  }
  return checks;
}
