import { phrase } from "../../catalog/messages";
import { columnByRole, type CodedTable, type SummaryRow, type SummaryTable, type TableColumn } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { at, firstCoded, firstSummary, totalRow, Package, packagesOf, codeLookup } from "../lib/cross";
import { rowsOf } from "../lib/identities";
import { crossResult, reportSums, SumCheck, SumResult } from "../lib/sums";
import { checksAsIdentities, tableSheets } from "../lib/identity-families";

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
    for (const pkg of packagesOf(ctx)) {
      ctx.identities?.add(tableSheets(pkg, ["income-expense-summary", "expenditure"]), () => checksAsIdentities(ctx, expenseChecks(ctx, pkg, true), true));
      reportSums(ctx, expenseChecks(ctx, pkg));
    }
  },
};

function classCheck(
  t1: SummaryTable,
  r: SummaryRow,
  t1Amount: TableColumn,
  t3: CodedTable,
  rows: number[],
  cols: number[],
  result: SumResult | undefined,
): SumCheck {
  return {
    ref: "X2",
    severity: "error",
    table: t1.template,
    blankAsZero: true,
    total: at(t1, r.row, t1Amount),
    parts: { sheetIndex: t3.sheetIndex, rows, cols },
    result,
    what: () => phrase("cross.expenseClass", { label: r.label, code: r.classCode ?? "" }),
  };
}

/** `all`: every identity, holding or not (for localisation); otherwise only the broken ones and the totals. */
function expenseChecks(ctx: RuleContext, pkg: Package, all = false): SumCheck[] {
  const t1 = firstSummary(pkg, "income-expense-summary");
  const t3 = firstCoded(pkg, "expenditure");
  if (!t1 || !t3) return [];
  const t1Amount = columnByRole(t1, "expense.amount", "expense.total");
  const t3Total = columnByRole(t3, "total");
  if (!t1Amount || !t3Total) return [];
  const base = { ref: "X2", severity: "error" as const, table: t1.template, blankAsZero: true };
  const checks: SumCheck[] = [];
  const t3Cols = [t3Total.col];
  const in3 = codeLookup(ctx, t3);
  for (const r of t1.rows) {
    if (r.side !== "expense") continue;
    if (r.kind === "item" && r.classCode) {
      // Evaluated first: only a broken identity becomes a check.
      const rows = rowsOf(in3.rowsFor(r.classCode));
      const result = crossResult(ctx.values, t1.sheetIndex, r.row, t1Amount.col, t3.sheetIndex, rows, t3Cols);
      if (result || all) checks.push(classCheck(t1, r, t1Amount, t3, rows, t3Cols, result));
    }
    const t3TotalRow = totalRow(t3);
    if (r.kind === "current-total" && t3TotalRow) {
      checks.push({ ...base, total: at(t1, r.row, t1Amount), parts: [at(t3, t3TotalRow.row, t3Total)], what: () => phrase("cross.expenseTotal") });
    }
  }
  return checks;
}
