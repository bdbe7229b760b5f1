/**
 * A budget not fully spent must be explained (docs/domain.md §5 “必须说明” and the validator
 * rule: "require non-empty 原因 when 执行率 < 100% (at least warn; hard-require below about 90%)").
 * The rate is worked out from 全年执行数 / 全年预算数 of the 年度资金总额 line, not read from the
 * rate cell (execution-rate checks that cell). An explanation is a 说明 line with something in it
 * other than "无"; the form's printed footnotes ("注：1. 其他资金包括…") do not count.
 */
import { toA1 } from "../../model/a1";
import type { Rule } from "../types";
import { percentValue } from "../../model/findings";
import { executionFigures, fundsColumn, isIndicatorTable, ratePercent, saysNothing } from "./support";

/** Below this share unspent money without a word is an error, not a warning. */
const HARD_LIMIT = 0.9;

export const unexplainedExecution: Rule = {
  meta: {
    id: "unexplained-execution",
    severity: "error",
    category: "goals",
    description: "rule.unexplained-execution.description",
    messages: ["rule.unexplained-execution.message"],
    templates: ["self-evaluation"],
    reference: "§5",
  },
  checkTable(table, ctx) {
    if (!isIndicatorTable(table) || !table.funds) return;
    const funds = table.funds;
    const budget = fundsColumn(funds, "budget");
    const executed = fundsColumn(funds, "executed");
    if (budget === undefined || executed === undefined) return;
    const figures = executionFigures(ctx, table, funds.total.row, { budget, executed });
    if (!figures || figures.rate >= 1) return;
    const statement = table.statement;
    if (statement && !saysNothing(statement.text)) return;
    const rate = ratePercent(figures.rate);
    ctx.report({
      severity: figures.rate < HARD_LIMIT ? "error" : "warning",
      sheet: table.sheet,
      cell: toA1(funds.total.row, fundsColumn(funds, "rate") ?? executed),
      related: statement ? [{ sheet: table.sheet, cell: toA1(statement.row, statement.col) }] : [],
      messageId: "rule.unexplained-execution.message", data: { rate },
      expected: percentValue(10000),
      actual: rate,
      table: table.template,
    });
  },
};
