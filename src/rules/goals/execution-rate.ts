/**
 * 预算执行率 in a self-evaluation table's 项目资金 block (docs/domain.md §5): on every line, the rate
 * shown = 全年执行数 (B) / 全年预算数 (A), as a percentage with two decimals (S003: 11852.5 /
 * 15329.53 = 77.32%). A gap of one unit in the last decimal is tolerated (rounding down instead of
 * to nearest). A line without both figures, or with A = 0, is not judged.
 */
import type { FundsBlock, IndicatorTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { toA1 } from "../../model/a1";
import { basisPointsFromFraction } from "../../model/percent";
import { percentValue, pointsValue } from "../../model/findings";
import { executionFigures, fundsColumn, isIndicatorTable } from "./support";

/** Rates are compared in hundredths of a percent; one of them is the tolerance. */
const TOLERANCE = 1;

export const executionRate: Rule = {
  meta: {
    id: "execution-rate",
    severity: "error",
    category: "goals",
    description: "rule.execution-rate.description",
    messages: ["rule.execution-rate.message"],
    templates: ["self-evaluation"],
    reference: "§5",
  },
  checkTable(table, ctx) {
    if (!isIndicatorTable(table) || !table.funds) return;
    const funds = table.funds;
    const budget = fundsColumn(funds, "budget");
    const executed = fundsColumn(funds, "executed");
    const rate = fundsColumn(funds, "rate");
    if (budget === undefined || executed === undefined || rate === undefined) return;
    for (const line of [funds.total, ...funds.parts]) checkLine(ctx, table, funds, line, { budget, executed, rate });
  },
};

function checkLine(
  ctx: RuleContext,
  table: IndicatorTable,
  funds: FundsBlock,
  line: { row: number; label: string },
  cols: { budget: number; executed: number; rate: number },
): void {
  const figures = executionFigures(ctx, table, line.row, cols);
  if (!figures) return;
  const shown = ctx.values.parsed(table.sheetIndex, line.row, cols.rate);
  if (shown.kind !== "number") return; // blank or text: nothing to compare
  const expected = basisPointsFromFraction(figures.rate); // hundredths of a percent
  // A percentage cell holds a fraction (0.7732); "77.32" typed without % is percentage points.
  const actualFraction = shown.percent || Math.abs(shown.value) <= 2 ? shown.value : shown.value / 100;
  const actual = basisPointsFromFraction(actualFraction);
  if (Math.abs(actual - expected) <= TOLERANCE) return;
  ctx.report({
    sheet: table.sheet,
    cell: toA1(line.row, cols.rate),
    related: [
      { sheet: table.sheet, cell: toA1(line.row, cols.executed) },
      { sheet: table.sheet, cell: toA1(line.row, cols.budget) },
    ],
    messageId: "rule.execution-rate.message", data: { label: line.label || funds.total.label, expected: percentValue(expected), actual: percentValue(actual) },
    expected: percentValue(expected),
    actual: percentValue(actual),
    difference: pointsValue(actual - expected),
    table: table.template,
  });
}
