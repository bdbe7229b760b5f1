/**
 * D2 on the 政府性基金 (国有资本经营) 收入支出决算表: on every row, 年末结转和结余 = 年初结转和结余 +
 * 本年收入 − 本年支出. The only identity with a difference in it, so it is computed here rather
 * than through the "total = Σ parts" collectors. Blank cells count as 0; a row with a cell that is
 * not a number is left to the hygiene rules; a gap of 0.01 per figure is a rounding warning.
 */
import { toA1 } from "../../core/a1";
import { CENT, formatMoney, Money } from "../../core/money";
import { t } from "../../i18n";
import type { CodedRow, CodedTable, TableColumn } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { column } from "../support/cross";
import { shownDecimals, signed } from "../support/sums";

export const carryoverBalance: Rule = {
  meta: {
    id: "carryover-balance",
    severity: "error",
    category: "within-table",
    description: "rule.carryover-balance.description",
    messages: ["sums.mismatch", "sums.rounding", "sums.carryover", "sums.carryoverNoLabel"],
    templates: ["gov-fund-expenditure", "state-capital-expenditure"],
    reference: "D2",
  },
  checkTable(table, ctx) {
    if (table.shape !== "coded") return;
    const opening = column(table, "opening");
    const income = column(table, "income");
    const expense = column(table, "total");
    const closing = column(table, "closing");
    // Only the 收入支出决算表 has all four; the budget's 支出表 has none of the carry-overs.
    if (!opening || !income || !expense || !closing) return;
    const cols: Cols = { opening, income, expense, closing };
    for (let i = 0; i < table.rows.length; i++) checkRow(ctx, table, table.rows[i], cols);
  },
};

interface Cols {
  opening: TableColumn;
  income: TableColumn;
  expense: TableColumn;
  closing: TableColumn;
}

function checkRow(ctx: RuleContext, table: CodedTable, row: CodedRow, cols: Cols): void {
  const v = ctx.values;
  const o = v.money(table.sheetIndex, row.row, cols.opening.col);
  const i = v.money(table.sheetIndex, row.row, cols.income.col);
  const e = v.money(table.sheetIndex, row.row, cols.expense.col);
  const c = v.money(table.sheetIndex, row.row, cols.closing.col);
  if (o === null && i === null && e === null && c === null) return;
  // NaN: text or an error value; the identity cannot be judged and the hygiene rules report the cell.
  if (o !== o || i !== i || e !== e || c !== c) return;
  const expected = (o ?? 0) + (i ?? 0) - (e ?? 0);
  const actual = c ?? 0;
  const gap = Math.abs(actual - expected);
  if (gap === 0) return;
  const figures = (o === null ? 0 : 1) + (i === null ? 0 : 1) + (e === null ? 0 : 1);
  const rounding = gap <= CENT * Math.max(1, figures);
  report(ctx, table, row, cols, expected, actual, rounding);
}

function report(ctx: RuleContext, table: CodedTable, row: CodedRow, cols: Cols, expected: Money, actual: Money, rounding: boolean): void {
  const d = shownDecimals(expected, actual);
  const label = row.code ? `${row.code} ${row.label}`.trim() : row.label;
  const what = label ? t("sums.carryover", { row: row.row + 1, label }) : t("sums.carryoverNoLabel", { row: row.row + 1 });
  const params = { what, expected: formatMoney(expected, d), actual: formatMoney(actual, d), difference: signed(actual - expected, d) };
  ctx.report({
    severity: rounding ? "warning" : "error",
    sheet: table.sheet,
    cell: toA1(row.row, cols.closing.col),
    related: [cols.opening, cols.income, cols.expense].map((c) => ({ sheet: table.sheet, cell: toA1(row.row, c.col) })),
    message: t(rounding ? "sums.rounding" : "sums.mismatch", params),
    expected: params.expected,
    actual: params.actual,
    difference: params.difference,
    table: table.template,
  });
}
