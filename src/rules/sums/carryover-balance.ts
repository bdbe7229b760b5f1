/**
 * D2 on the 政府性基金 (国有资本经营) 收入支出决算表: on every row, 年末结转和结余 = 年初结转和结余 +
 * 本年收入 − 本年支出. The only identity with a difference in it, so its expected value is worked
 * out here and judged and reported by the shared sums mechanism: blank cells count as 0, a row
 * with a cell that is not a number is left to the hygiene rules, and a gap of 0.01 per figure is a
 * rounding warning.
 */
import { phrase } from "../../catalog/messages";
import { columnByRole, type CodedRow, type CodedTable, type TableColumn } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { at } from "../lib/cross";
import { brokenResult, reportSums } from "../lib/sums";
import type { LinearIdentity } from "../lib/equations";

export const carryoverBalance: Rule = {
  meta: {
    id: "carryover-balance",
    severity: "error",
    category: "within-table",
    description: "rule.carryover-balance.description",
    messages: ["sums.mismatch", "sums.rounding", "sums.carryover", "sums.carryoverNoLabel"],
    templates: ["general-budget-expenditure", "gov-fund-expenditure", "state-capital-expenditure"],
    reference: "D2",
  },
  checkTable(table, ctx) {
    if (table.shape !== "coded") return;
    const opening = columnByRole(table, "opening");
    const income = columnByRole(table, "income");
    const expense = columnByRole(table, "total");
    const closing = columnByRole(table, "closing");
    // Only the 收入支出决算表 has all four; the budget's 支出表 has none of the carry-overs.
    if (!opening || !income || !expense || !closing) return;
    const cols: Cols = { opening, income, expense, closing };
    ctx.identities?.add(table.sheetIndex, () => table.rows.map((r) => carryoverIdentity(table, r, cols)));
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
  // NaN (text, an error value) in o, i or e makes `expected` NaN, and the result is not judged.
  const expected = (o ?? 0) + (i ?? 0) - (e ?? 0);
  const figures = (o === null ? 0 : 1) + (i === null ? 0 : 1) + (e === null ? 0 : 1);
  const result = brokenResult(c, expected, figures, true);
  if (!result) return;
  const label = row.code ? `${row.code} ${row.label}`.trim() : row.label;
  reportSums(ctx, [
    {
      ref: "D2",
      severity: "error",
      table: table.template,
      total: at(table, row.row, cols.closing),
      parts: [at(table, row.row, cols.opening), at(table, row.row, cols.income), at(table, row.row, cols.expense)],
      result,
      what: () => (label ? phrase("sums.carryover", { row: row.row + 1, label }) : phrase("sums.carryoverNoLabel", { row: row.row + 1 })),
    },
  ]);
}

/** 年末 − 年初 − 收入 + 支出 = 0, blanks as 0 (for localisation). */
function carryoverIdentity(table: CodedTable, row: CodedRow, cols: Cols): LinearIdentity {
  return {
    kind: "linear",
    terms: [
      { at: at(table, row.row, cols.closing), coef: 1 },
      { at: at(table, row.row, cols.opening), coef: -1 },
      { at: at(table, row.row, cols.income), coef: -1 },
      { at: at(table, row.row, cols.expense), coef: 1 },
    ],
    blankAsZero: true,
  };
}
