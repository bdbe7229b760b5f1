import { TEMPLATES } from "../../catalog/templates";
import { t } from "../../catalog/messages";
import type { CodedTable, SummaryRow, SummaryTable, TableColumn, TemplateId } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { at, column, firstCoded, firstSummary, totalRow, Package, packagesOf, codeLookup } from "../lib/cross";
import { crossResult, reportSums, SumCheck, SumResult } from "../lib/sums";
import { columnLabel, rowsOf } from "../lib/identities";

/** X5: each class of 财政拨款收支总表, per fund column, equals the class in that fund's 支出表. */
export const crossFiscalByFund: Rule = {
  meta: {
    id: "cross-fiscal-by-fund",
    severity: "error",
    category: "cross-table",
    description: "rule.cross-fiscal-by-fund.description",
    messages: ["sums.mismatch", "sums.rounding", "cross.fundClass", "cross.fundTotal"],
    reference: "X5",
  },
  checkWorkbook(ctx) {
    for (const pkg of packagesOf(ctx)) reportSums(ctx, fundChecks(ctx, pkg));
  },
};

const FUNDS: { role: string; template: TemplateId }[] = [
  { role: "expense.gp", template: "general-budget-expenditure" },
  { role: "expense.fund", template: "gov-fund-expenditure" },
  { role: "expense.soe", template: "state-capital-expenditure" },
];

function classCheck(
  t4: SummaryTable,
  r: SummaryRow,
  t4Col: TableColumn,
  detail: CodedTable,
  rows: number[],
  cols: number[],
  tableName: string,
  result: SumResult,
): SumCheck {
  return {
    ref: "X5",
    severity: "error",
    table: t4.template,
    blankAsZero: true,
    total: at(t4, r.row, t4Col),
    parts: { sheetIndex: detail.sheetIndex, rows, cols },
    result,
    what: () => t("cross.fundClass", { label: r.label, column: columnLabel(t4Col), table: tableName, code: r.classCode ?? "" }),
  };
}

function fundChecks(ctx: RuleContext, pkg: Package): SumCheck[] {
  const t4 = firstSummary(pkg, "fiscal-summary");
  if (!t4) return [];
  const checks: SumCheck[] = [];
  for (const fund of FUNDS) {
    const t4Col = column(t4, fund.role);
    const detail: CodedTable | undefined = firstCoded(pkg, fund.template);
    const detailTotal = detail && column(detail, "total");
    if (!t4Col || !detail || !detailTotal) continue;
    const base = { ref: "X5", severity: "error" as const, table: t4.template, blankAsZero: true };
    const tableName = TEMPLATES[fund.template].name;
    const detailCols = [detailTotal.col];
    const inDetail = codeLookup(ctx, detail);
    for (const r of t4.rows) {
      if (r.side !== "expense") continue;
      if (r.kind === "item" && r.classCode) {
        // Evaluated first: only a broken identity becomes a check.
        const rows = rowsOf(inDetail.rowsFor(r.classCode));
        const result = crossResult(ctx.values, t4.sheetIndex, r.row, t4Col.col, detail.sheetIndex, rows, detailCols);
        if (result) checks.push(classCheck(t4, r, t4Col, detail, rows, detailCols, tableName, result));
      }
      const detailTotalRow = totalRow(detail);
      if (r.kind === "current-total" && detailTotalRow) {
        checks.push({
          ...base,
          total: at(t4, r.row, t4Col),
          parts: [at(detail, detailTotalRow.row, detailTotal)],
          what: () => t("cross.fundTotal", { column: columnLabel(t4Col), table: tableName }),
        });
      }
    }
  }
  return checks;
}
