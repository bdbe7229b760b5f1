/**
 * A budget not fully spent must be explained (reference.md §5 "Must explain" and the validator
 * rule: "require non-empty 原因 when 执行率 < 100% (at least warn; hard-require below about 90%)").
 * The rate is worked out from 全年执行数 / 全年预算数 of the 年度资金总额 line, not read from the
 * rate cell (execution-rate checks that cell). An explanation is a 说明 line with something in it
 * other than "无"; the form's printed footnotes ("注：1. 其他资金包括…") do not count.
 */
import { t } from "../../i18n";
import { toA1 } from "../../core/a1";
import type { Rule } from "../types";
import { isIndicatorTable } from "./support";

/** Below this share unspent money without a word is an error, not a warning. */
const HARD_LIMIT = 0.9;
const SAYS_NOTHING = /^(无|没有|暂无|—+|-+|\/|／)?$/;

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
    const col = (role: string) => funds.columns.find((c) => c.role === role)?.col;
    const budget = col("budget");
    const executed = col("executed");
    if (budget === undefined || executed === undefined) return;
    const a = ctx.values.money(table.sheetIndex, funds.total.row, budget);
    const b = ctx.values.money(table.sheetIndex, funds.total.row, executed);
    if (a === null || b === null || a !== a || b !== b || a <= 0 || b >= a) return;
    const statement = table.statement;
    if (statement && !SAYS_NOTHING.test(statement.text.replace(/\s+/g, ""))) return;
    const rate = b / a;
    const rateCol = col("rate") ?? executed;
    ctx.report({
      severity: rate < HARD_LIMIT ? "error" : "warning",
      sheet: table.sheet,
      cell: toA1(funds.total.row, rateCol),
      related: statement ? [{ sheet: table.sheet, cell: toA1(statement.row, statement.col) }] : [],
      message: t("rule.unexplained-execution.message", { rate: `${(Math.round(rate * 10000) / 100).toFixed(2)}%` }),
      expected: "100.00%",
      actual: `${(Math.round(rate * 10000) / 100).toFixed(2)}%`,
      table: table.template,
    });
  },
};
