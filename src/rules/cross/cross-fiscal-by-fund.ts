import { TEMPLATES } from "../../catalog/templates";
import { phrase } from "../../catalog/messages";
import { columnByRole, type ColumnRole, type CodedTable, type SummaryRow, type SummaryTable, type TableColumn, type TemplateId } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { at, firstCoded, firstSummary, fiscalFundLines, FISCAL_FUNDS, totalRow, Package, packagesOf, codeLookup } from "../lib/cross";
import { crossResult, reportSums, SumCheck, SumResult } from "../lib/sums";
import { columnLabel, rowsOf } from "../lib/identities";
import { checksAsIdentities, tableSheets } from "../lib/identity-families";

/** X5: each class of 财政拨款收支总表, per fund column, equals the class in that fund's 支出表. */
export const crossFiscalByFund: Rule = {
  meta: {
    id: "cross-fiscal-by-fund",
    severity: "error",
    category: "cross-table",
    description: "rule.cross-fiscal-by-fund.description",
    messages: ["sums.mismatch", "sums.rounding", "cross.fundClass", "cross.fundTotal", "cross.fundBalance"],
    reference: "X5",
  },
  checkWorkbook(ctx) {
    for (const pkg of packagesOf(ctx)) {
      ctx.identities?.add(tableSheets(pkg, ["fiscal-summary", ...FUNDS.map((f) => f.template)]), () => checksAsIdentities(ctx, fundChecks(ctx, pkg, true), true));
      reportSums(ctx, fundChecks(ctx, pkg));
    }
  },
};

const FUNDS: { role: ColumnRole; template: TemplateId }[] = [
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
  result: SumResult | undefined,
): SumCheck {
  return {
    ref: "X5",
    severity: "error",
    table: t4.template,
    blankAsZero: true,
    total: at(t4, r.row, t4Col),
    parts: { sheetIndex: detail.sheetIndex, rows, cols },
    result,
    what: () => phrase("cross.fundClass", { label: r.label, column: columnLabel(t4Col), table: tableName, code: r.classCode ?? "" }),
  };
}

/** `all`: every identity, holding or not (for localisation); otherwise only the broken ones and the totals. */
function fundChecks(ctx: RuleContext, pkg: Package, all = false): SumCheck[] {
  const t4 = firstSummary(pkg, "fiscal-summary");
  if (!t4) return [];
  const checks: SumCheck[] = [];
  for (const fund of FUNDS) {
    const t4Col = columnByRole(t4, fund.role);
    const detail: CodedTable | undefined = firstCoded(pkg, fund.template);
    const detailTotal = detail && columnByRole(detail, "total");
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
        if (result || all) checks.push(classCheck(t4, r, t4Col, detail, rows, detailCols, tableName, result));
      }
      const detailTotalRow = totalRow(detail);
      if (r.kind === "current-total" && detailTotalRow) {
        checks.push({
          ...base,
          total: at(t4, r.row, t4Col),
          parts: [at(detail, detailTotalRow.row, detailTotal)],
          what: () => phrase("cross.fundTotal", { column: columnLabel(t4Col), table: tableName }),
        });
      }
    }
  }
  checks.push(...balanceChecks(pkg, t4));
  return checks;
}

/**
 * The 决算 收入支出决算表 of each fund (一般公共预算 公开05表, 政府性基金 公开07表) against the 财政拨款
 * 收入支出决算总表: its 合计 row's 年初结转和结余, 本年收入 and 年末结转和结余 are the fund's lines there.
 */
function balanceChecks(pkg: Package, t4: SummaryTable): SumCheck[] {
  const checks: SumCheck[] = [];
  const income4 = columnByRole(t4, "income.amount");
  for (const fund of FISCAL_FUNDS) {
    const detail = firstCoded(pkg, fund.template);
    const total = detail && totalRow(detail);
    const fundCol = columnByRole(t4, fund.role);
    if (!detail || !total || !income4) continue;
    const lines = fiscalFundLines(t4, fund.words);
    const tableName = TEMPLATES[fund.template].name;
    const pairs: [SummaryRow | undefined, TableColumn | undefined, TableColumn | undefined][] = [
      [lines.opening, income4, columnByRole(detail, "opening")],
      [lines.income, income4, columnByRole(detail, "income")],
      [lines.closing, fundCol, columnByRole(detail, "closing")],
    ];
    for (const [row4, col4, col] of pairs) {
      if (!row4 || !col4 || !col) continue;
      checks.push({
        ref: "X5",
        severity: "error",
        table: t4.template,
        blankAsZero: true,
        total: at(t4, row4.row, col4),
        parts: [at(detail, total.row, col)],
        what: () => phrase("cross.fundBalance", { label: row4.label, column: columnLabel(col4), table: tableName, detail: columnLabel(col) }),
      });
    }
  }
  return checks;
}
