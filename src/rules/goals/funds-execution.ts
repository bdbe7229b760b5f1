/**
 * 资金执行情况表 (预算数 | 执行数 | 执行率 by fund source, sometimes with 预算调整数, 结余结转 and
 * 分值 | 得分), as an evaluation report publishes it (docs/domain.md §5):
 *
 * - 执行率 = 执行数 ÷ 预算数, where the budget is the adjusted one when the table gives it (全年预算数,
 *   or 年度预算 + 预算调整数: 100 − 67.77 = 32.23 executed in full is 100%). Compared at the precision
 *   written ("43%" against 2.58 ÷ 6 = 43.00%), one unit of it tolerated (rounding down). An error.
 * - 得分 = min(执行率, 100%) × 分值 (docs/domain.md §5, “执行率得分”), written rounded: half a point
 *   is tolerated (8.62 → 9). More than earned is an error, less a warning (a formula, not a judgement).
 *   A score that follows the rate as written, where that rate is wrong, is the rate's finding.
 *
 * A line without both figures, or with a budget of 0, is not judged.
 */
import { phrase } from "../../catalog/messages";
import { message } from "../lib/message";
import { toA1 } from "../../model/a1";
import type { Money } from "../../model/money";
import { executionRateScore, roundScore } from "../../model/scoring";
import { columnByRole, type ColumnRole, type LabeledRow, type LabeledTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { percentValue, pointsValue } from "../../model/findings";
import { basisPointsFromFraction } from "../../model/percent";
import { ratePercent } from "./support";

/** Scores are written to an integer or one decimal; this much either side of the exact figure is rounding. */
const ROUNDING = 0.5;

export const fundsExecution: Rule = {
  meta: {
    id: "funds-execution",
    severity: "error",
    category: "goals",
    description: "rule.funds-execution.description",
    messages: ["rule.funds-execution.message.rate", "rule.funds-execution.message.score", "rule.funds-execution.unnamed"],
    templates: ["funds-execution"],
    reference: "§5",
  },
  checkTable(table, ctx) {
    if (table.shape !== "labeled" || table.template !== "funds-execution") return;
    for (const row of table.rows) checkRow(ctx, table, row);
  },
};

interface Cols {
  budget?: number;
  adjusted?: number;
  adjust?: number;
  executed: number;
  rate?: number;
  weight?: number;
  score?: number;
}

function columnsOf(table: LabeledTable): Cols | undefined {
  const col = (role: ColumnRole) => columnByRole(table, role)?.col;
  const executed = col("executed");
  if (executed === undefined) return undefined;
  return { budget: col("budget"), adjusted: col("adjusted"), adjust: col("adjust"), executed, rate: col("rate"), weight: col("weight"), score: col("score") };
}

/** A money cell: null when blank, undefined when not a number. */
function moneyAt(ctx: RuleContext, table: LabeledTable, row: number, col: number | undefined): Money | null | undefined {
  if (col === undefined) return null;
  const m = ctx.values.money(table.sheetIndex, row, col);
  if (m === null) return null;
  return Number.isNaN(m) ? undefined : m;
}

/** The budget the rate is taken against, and the cells it comes from. */
function baseOf(ctx: RuleContext, table: LabeledTable, row: number, cols: Cols): { base: Money; cells: number[] } | undefined {
  const adjusted = moneyAt(ctx, table, row, cols.adjusted);
  if (adjusted === undefined) return undefined;
  if (adjusted !== null) return { base: adjusted, cells: [cols.adjusted as number] };
  const budget = moneyAt(ctx, table, row, cols.budget);
  const adjust = moneyAt(ctx, table, row, cols.adjust);
  if (budget === null || budget === undefined || adjust === undefined) return undefined;
  if (adjust === null) return { base: budget, cells: [cols.budget as number] };
  return { base: budget + adjust, cells: [cols.budget as number, cols.adjust as number] };
}

/** The rate as written: the fraction and the decimals of its percentage (0 for "43%", 2 for "77.32%"). */
function writtenRate(ctx: RuleContext, table: LabeledTable, row: number, col: number): { fraction: number; decimals: number } | undefined {
  const p = ctx.values.parsed(table.sheetIndex, row, col);
  if (p.kind !== "number") return undefined;
  // A percentage cell holds a fraction (0.43); "43" typed without % is percentage points.
  const fraction = p.percent || Math.abs(p.value) <= 2 ? p.value : p.value / 100;
  const decimals = p.percent && p.fromText ? p.decimals : p.percent || Math.abs(p.value) <= 2 ? Math.max(0, p.decimals - 2) : p.decimals;
  return { fraction, decimals: Math.min(decimals, 2) };
}

function pointsAt(ctx: RuleContext, table: LabeledTable, row: number, col: number | undefined): number | undefined {
  if (col === undefined) return undefined;
  const p = ctx.values.parsed(table.sheetIndex, row, col);
  return p.kind === "number" && !p.percent ? p.value : undefined;
}

function checkRow(ctx: RuleContext, table: LabeledTable, line: LabeledRow): void {
  const cols = columnsOf(table);
  if (!cols) return;
  const row = line.row;
  const found = baseOf(ctx, table, row, cols);
  const executed = moneyAt(ctx, table, row, cols.executed);
  if (!found || found.base <= 0 || executed === null || executed === undefined) return;
  const rate = executed / found.base;
  const label = line.label.replace(/^其中[:：]/, "") || table.title || phrase("rule.funds-execution.unnamed");
  const figures = [cols.executed, ...found.cells].map((c) => ({ sheet: table.sheet, cell: toA1(row, c) }));
  const written = cols.rate === undefined ? undefined : writtenRate(ctx, table, row, cols.rate);
  let rateWrong = false;
  if (written && cols.rate !== undefined) {
    const unit = Math.pow(10, -written.decimals); // one unit of the written precision, in percentage points
    const gap = Math.abs(written.fraction * 100 - rate * 100);
    rateWrong = gap > unit + 1e-9;
    if (rateWrong) {
      // The rate as written, at its precision ("43%"); the difference from the rate as worked out.
      const shown = percentValue(basisPointsFromFraction(written.fraction), written.decimals);
      const expected = ratePercent(rate);
      ctx.report({
        sheet: table.sheet,
        cell: toA1(row, cols.rate),
        related: [...figures, ...scoreCell(ctx, table, row, cols)],
        ...message("rule.funds-execution.message.rate", { label, expected, actual: shown, executed: { money: executed, decimals: 2 }, budget: { money: found.base, decimals: 2 } }),
        expected,
        actual: shown,
        difference: pointsValue(shown.basisPoints - expected.basisPoints),
        table: table.template,
      });
    }
  }
  const points = pointsAt(ctx, table, row, cols.weight);
  const score = pointsAt(ctx, table, row, cols.score);
  if (points === undefined || score === undefined || cols.score === undefined) return;
  const earned = executionRateScore(rate, points);
  if (Math.abs(score - earned) <= ROUNDING + 1e-9) return;
  // The score follows the rate as written: the rate's finding covers it.
  if (rateWrong && written && Math.abs(score - executionRateScore(written.fraction, points)) <= ROUNDING + 1e-9) return;
  ctx.report({
    severity: score > earned ? "error" : "warning",
    sheet: table.sheet,
    cell: toA1(row, cols.score),
    related: [...figures, { sheet: table.sheet, cell: toA1(row, cols.weight as number) }],
    ...message("rule.funds-execution.message.score", { label, rate: ratePercent(rate), points, earned, score }),
    expected: earned,
    actual: score,
    difference: roundScore(score - earned),
    table: table.template,
  });
}

/** The line's score cell, when it holds one (it follows the rate). */
function scoreCell(ctx: RuleContext, table: LabeledTable, row: number, cols: Cols): { sheet: string; cell: string }[] {
  if (cols.score === undefined || pointsAt(ctx, table, row, cols.score) === undefined) return [];
  return [{ sheet: table.sheet, cell: toA1(row, cols.score) }];
}
