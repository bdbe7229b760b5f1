/**
 * Self-evaluation scores (docs/domain.md §5): a score never exceeds its 分值 (error), and never
 * exceeds what the result earns (warning): 正向 min(实际/指标, 1) × 分值, 反向 min(指标/实际, 1) ×
 * 分值, a range by the bound it missed, a date all or nothing, and for 预算执行率 min(执行率, 100%) × 分值. Scores are
 * usually written rounded (docs/domain.md §5: 8.62 → 9), so half a point is tolerated; a lower score than earned is
 * not reported, since 财预〔2020〕10号 lets the evaluator deduct for a target set too low.
 * Qualitative indicators are left alone: their three bands leave the score to judgement.
 * A blank score that follows from the figures is a note giving the score earned.
 */
import { toA1 } from "../../model/a1";
import { executionRateScore, indicatorScore, roundScore } from "../../model/scoring";
import { parseActual } from "../../model/indicator-target";
import { columnByRole, type IndicatorRow, type IndicatorTable } from "../../recognize/model";
import type { IndicatorTarget } from "../../model/indicator-target";
import type { Rule, RuleContext } from "../types";
import { executionFigures, fundsColumn, isIndicatorTable, ratePercent, readIndicators, pointsAt } from "./support";

/** Scores are written to an integer or one decimal; this much above the exact figure is rounding. */
const ROUNDING = 0.5;

export const selfEvaluationScore: Rule = {
  meta: {
    id: "self-evaluation-score",
    severity: "error",
    category: "goals",
    description: "rule.self-evaluation-score.description",
    messages: [
      "rule.self-evaluation-score.message.overPoints",
      "rule.self-evaluation-score.message.overEarned",
      "rule.self-evaluation-score.message.execution",
      "rule.self-evaluation-score.message.emptyScore",
      "rule.self-evaluation-score.message.emptyExecution",
    ],
    templates: ["self-evaluation", "evaluation-score"],
    reference: "§5",
  },
  checkTable(table, ctx) {
    if (!isIndicatorTable(table)) return;
    checkIndicators(table, ctx);
    checkExecutionScore(table, ctx);
  },
};

function checkIndicators(table: IndicatorTable, ctx: RuleContext): void {
  const weightCol = columnByRole(table, "weight");
  const scoreCol = columnByRole(table, "score");
  if (!weightCol || !scoreCol) return;
  for (const { row, target } of readIndicators(ctx, table)) {
    const points = pointsAt(ctx, table, row.row, weightCol.col);
    const score = pointsAt(ctx, table, row.row, scoreCol.col);
    if (score === null && points !== null && !Number.isNaN(points)) {
      reportEmptyScore(table, ctx, row, target, points, scoreCol.col);
      continue;
    }
    if (points === null || score === null || Number.isNaN(points) || Number.isNaN(score)) continue;
    if (score > points) {
      ctx.report({
        sheet: table.sheet,
        cell: toA1(row.row, scoreCol.col),
        messageId: "rule.self-evaluation-score.message.overPoints", data: { name: row.name, score: score, points: points },
        expected: `≤ ${points}`,
        actual: score,
        table: table.template,
      });
      continue;
    }
    if (target.kind !== "number" && target.kind !== "range" && target.kind !== "date") continue;
    if (!row.actual) continue;
    const earned = indicatorScore(target, parseActual(row.actual), points);
    if (typeof earned !== "number" || score <= earned + ROUNDING) continue;
    ctx.report({
      severity: "warning",
      sheet: table.sheet,
      cell: toA1(row.row, scoreCol.col),
      messageId: "rule.self-evaluation-score.message.overEarned", data: {
        name: row.name,
        target: target.text.trim(),
        actual: row.actual,
        earned: earned,
        score: score,
      },
      expected: `≤ ${earned}`,
      actual: score,
      difference: roundScore(score - earned),
      table: table.template,
    });
  }
}

/**
 * A blank 得分 whose score follows from the figures: a note with the score earned, in `expected`
 * and as the finding's `suggestion` (the task pane offers to write it into the blank cell). Qualitative indicators
 * are left to the evaluator.
 */
function reportEmptyScore(table: IndicatorTable, ctx: RuleContext, row: IndicatorRow, target: IndicatorTarget, points: number, col: number): void {
  if (target.kind !== "number" && target.kind !== "range" && target.kind !== "date") return;
  if (!row.actual) return;
  const earned = indicatorScore(target, parseActual(row.actual), points);
  if (typeof earned !== "number") return;
  ctx.report({
    severity: "info",
    sheet: table.sheet,
    cell: toA1(row.row, col),
    messageId: "rule.self-evaluation-score.message.emptyScore", data: { name: row.name, target: target.text.trim(), actual: row.actual, points: points, earned: earned },
    expected: earned,
    suggestion: earned,
    table: table.template,
  });
}

/** The 预算执行率 score in the funding block: min(B/A, 100%) × 分值, worked out from the figures. */
function checkExecutionScore(table: IndicatorTable, ctx: RuleContext): void {
  const funds = table.funds;
  if (!funds) return;
  const budget = fundsColumn(funds, "budget");
  const executed = fundsColumn(funds, "executed");
  const weight = fundsColumn(funds, "weight");
  const scoreCol = fundsColumn(funds, "score");
  if (budget === undefined || executed === undefined || weight === undefined || scoreCol === undefined) return;
  const row = funds.total.row;
  const figures = executionFigures(ctx, table, row, { budget, executed });
  const points = pointsAt(ctx, table, row, weight);
  const score = pointsAt(ctx, table, row, scoreCol);
  if (!figures || points === null || Number.isNaN(points)) return;
  const earned = executionRateScore(figures.rate, points);
  if (score === null) {
    ctx.report({
      severity: "info",
      sheet: table.sheet,
      cell: toA1(row, scoreCol),
      messageId: "rule.self-evaluation-score.message.emptyExecution", data: { rate: ratePercent(figures.rate), points: points, earned: earned },
      expected: earned,
      suggestion: earned,
      table: table.template,
    });
    return;
  }
  if (Number.isNaN(score)) return;
  if (score <= earned + ROUNDING) return;
  ctx.report({
    severity: "warning",
    sheet: table.sheet,
    cell: toA1(row, scoreCol),
    related: [
      { sheet: table.sheet, cell: toA1(row, executed) },
      { sheet: table.sheet, cell: toA1(row, budget) },
    ],
    messageId: "rule.self-evaluation-score.message.execution", data: {
      rate: ratePercent(figures.rate),
      points: points,
      earned: earned,
      score: score,
    },
    expected: `≤ ${earned}`,
    actual: score,
    table: table.template,
  });
}
