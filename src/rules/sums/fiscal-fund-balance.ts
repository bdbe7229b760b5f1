/**
 * D2 on the 财政拨款收入支出决算总表, per fund (一般公共预算 / 政府性基金 / 国有资本经营): 年末财政拨款
 * 结转和结余 (expense side, the fund's column) = 年初 (the fund's line under 年初财政拨款结转和结余) +
 * 本年收入 (the fund's income line) − 本年支出合计 (the fund's column). Worked out here and judged
 * and reported by the shared sums mechanism, like carryover-balance.
 */
import { phrase } from "../../catalog/messages";
import { columnByRole, type ColumnRole, type SummaryTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { at, fiscalFundLines, FISCAL_FUNDS } from "../lib/cross";
import { columnLabel } from "../lib/identities";
import { brokenResult, reportSums } from "../lib/sums";
import type { LinearIdentity } from "../lib/equations";

export const fiscalFundBalance: Rule = {
  meta: {
    id: "fiscal-fund-balance",
    severity: "error",
    category: "within-table",
    description: "rule.fiscal-fund-balance.description",
    messages: ["sums.mismatch", "sums.rounding", "sums.fundBalance"],
    templates: ["fiscal-summary"],
    reference: "D2",
  },
  checkTable(table, ctx) {
    if (table.shape !== "summary") return;
    for (const fund of FISCAL_FUNDS) checkFund(ctx, table, fund.role, fund.words);
  },
};

function checkFund(ctx: RuleContext, table: SummaryTable, role: ColumnRole, words: RegExp): void {
  const fundCol = columnByRole(table, role);
  const incomeCol = columnByRole(table, "income.amount");
  const lines = fiscalFundLines(table, words);
  // The budget's 财政拨款收支总表 lists no opening balance by fund: nothing to check there.
  if (!fundCol || !incomeCol || !lines.income || !lines.opening || !lines.spent || !lines.closing) return;
  const closing = at(table, lines.closing.row, fundCol);
  const parts = [at(table, lines.opening.row, incomeCol), at(table, lines.income.row, incomeCol), at(table, lines.spent.row, fundCol)];
  // 年末 − 年初 − 收入 + 支出 = 0, blanks as 0, for localisation: its cells are also in the 总表's
  // own sums and in the equalities with the 一般公共预算/政府性基金 tables.
  const identity: LinearIdentity = {
    kind: "linear",
    terms: [
      { at: closing, coef: 1 },
      { at: parts[0], coef: -1 },
      { at: parts[1], coef: -1 },
      { at: parts[2], coef: 1 },
    ],
    blankAsZero: true,
  };
  ctx.identities?.add(table.sheetIndex, () => [identity]);
  const v = ctx.values;
  const o = v.money(table.sheetIndex, lines.opening.row, incomeCol.col);
  const i = v.money(table.sheetIndex, lines.income.row, incomeCol.col);
  const e = v.money(table.sheetIndex, lines.spent.row, fundCol.col);
  const c = v.money(table.sheetIndex, lines.closing.row, fundCol.col);
  if (o === null && i === null && e === null && c === null) return;
  const expected = (o ?? 0) + (i ?? 0) - (e ?? 0);
  const figures = (o === null ? 0 : 1) + (i === null ? 0 : 1) + (e === null ? 0 : 1);
  const result = brokenResult(c, expected, figures, true);
  if (!result) return;
  reportSums(ctx, [
    {
      ref: "D2",
      severity: "error",
      table: table.template,
      total: closing,
      parts,
      result,
      what: () => phrase("sums.fundBalance", { fund: columnLabel(fundCol) }),
    },
  ]);
}
