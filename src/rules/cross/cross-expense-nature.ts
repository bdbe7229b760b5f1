import { phrase } from "../../catalog/messages";
import { columnByRole, type ColumnRole, type CodedTable, type SummaryRow, type SummaryTable, type TableColumn } from "../../recognize/model";
import { stripOrdinal } from "../../recognize/summary";
import type { Rule, RuleContext } from "../types";
import { at, firstCoded, firstSummary, totalRow, Package, packagesOf } from "../lib/cross";
import { columnLabel } from "../lib/identities";
import { reportSums, SumCheck } from "../lib/sums";
import { checksAsIdentities, packageSheets } from "../lib/identity-families";

/**
 * X3 (Henan layout): 收支总表 lists the expenditure by nature (一、基本支出: 工资福利 / 商品和服务 / 对个人
 * 和家庭; 二、项目支出: 一般性项目 / 专项资金 / 人员类项目); each line equals the matching column of 支出总表's
 * 合计 row. Hebei-style 收支总表 list function classes instead and are X2's.
 */
const NATURE_LINES: { label: RegExp; role: ColumnRole }[] = [
  { label: /^基本支出$/, role: "basic" },
  { label: /^项目支出$/, role: "project" },
  { label: /^工资福利支出$/, role: "basic.salary" },
  { label: /^商品和服务支出$/, role: "basic.goods" },
  { label: /^对个人和家庭的?补助(支出)?$/, role: "basic.family" },
  { label: /^一般性项目(支出)?$/, role: "project.general" },
  { label: /^专项资金(支出)?$/, role: "project.special" },
  { label: /^人员类项目(支出)?$/, role: "project.personnel" },
];

export const crossExpenseNature: Rule = {
  meta: {
    id: "cross-expense-nature",
    severity: "error",
    category: "cross-table",
    description: "rule.cross-expense-nature.description",
    messages: ["sums.mismatch", "sums.rounding", "cross.expenseNature"],
    reference: "X3",
  },
  checkWorkbook(ctx) {
    for (const pkg of packagesOf(ctx)) {
      ctx.identities?.add(packageSheets(pkg), () => checksAsIdentities(ctx, natureChecks(ctx, pkg), true));
      reportSums(ctx, natureChecks(ctx, pkg));
    }
  },
};

function natureChecks(_ctx: RuleContext, pkg: Package): SumCheck[] {
  const t1 = firstSummary(pkg, "income-expense-summary");
  const t3 = firstCoded(pkg, "expenditure");
  if (!t1 || !t3) return [];
  const t1Amount = columnByRole(t1, "expense.total", "expense.amount");
  const t3Total = totalRow(t3);
  if (!t1Amount || !t3Total) return [];
  const checks: SumCheck[] = [];
  for (const r of t1.rows) {
    if (r.side !== "expense" || r.kind !== "item") continue;
    const line = natureLine(r);
    const c3 = line ? columnByRole(t3, line.role) : undefined;
    if (c3) checks.push(natureCheck(t1, r, t1Amount, t3, t3Total.row, c3));
  }
  return checks;
}

function natureLine(r: SummaryRow): { role: ColumnRole } | undefined {
  const label = stripOrdinal(r.label);
  return NATURE_LINES.find((l) => l.label.test(label));
}

function natureCheck(t1: SummaryTable, r: SummaryRow, t1Amount: TableColumn, t3: CodedTable, t3Row: number, c3: TableColumn): SumCheck {
  return {
    ref: "X3",
    severity: "error",
    table: t1.template,
    blankAsZero: true,
    total: at(t1, r.row, t1Amount),
    parts: [at(t3, t3Row, c3)],
    what: () => phrase("cross.expenseNature", { label: r.label, column: columnLabel(c3) }),
  };
}
