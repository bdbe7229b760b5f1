/**
 * Self-evaluation scores (reference.md §5): a score never exceeds its 分值 (error), and never
 * exceeds what the result earns (warning): 正向 min(实际/指标, 1) × 分值, 反向 min(指标/实际, 1) ×
 * 分值, a range by the bound it missed, a date all or nothing, and for 预算执行率 min(执行率, 100%) × 分值. Scores are
 * usually written rounded (reference §5: 8.62 → 9), so half a point is tolerated; a lower score than earned is
 * not reported, since 财预〔2020〕10号 lets the evaluator deduct for a target set too low.
 * Qualitative indicators are left alone: their three bands leave the score to judgement.
 */
import { t } from "../../i18n";
import { toA1 } from "../../core/a1";
import { executionRateScore, indicatorScore, roundScore } from "../../core/scoring";
import { parseActual } from "../../core/indicator-target";
import type { IndicatorTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { executionFigures, fundsColumn, isIndicatorTable, percentText, readIndicators } from "./support";
import { parseValue } from "../../core/values";

/** Scores are written to an integer or one decimal; this much above the exact figure is rounding. */
const ROUNDING = 0.5;

export const selfEvaluationScore: Rule = {
  meta: {
    id: "self-evaluation-score",
    severity: "error",
    category: "goals",
    description: "rule.self-evaluation-score.description",
    messages: ["rule.self-evaluation-score.message.overPoints", "rule.self-evaluation-score.message.overEarned", "rule.self-evaluation-score.message.execution"],
    templates: ["self-evaluation", "evaluation-score"],
    reference: "§5",
  },
  checkTable(table, ctx) {
    if (!isIndicatorTable(table)) return;
    checkIndicators(table, ctx);
    checkExecutionScore(table, ctx);
  },
};

function numberOf(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const p = parseValue(text);
  return p.kind === "number" && !p.percent ? p.value : undefined;
}

function checkIndicators(table: IndicatorTable, ctx: RuleContext): void {
  for (const { row, target } of readIndicators(table)) {
    const points = numberOf(row.weight);
    const score = numberOf(row.score);
    if (points === undefined || score === undefined) continue;
    if (score > points) {
      ctx.report({
        sheet: table.sheet,
        cell: scoreCell(table, row.row),
        message: t("rule.self-evaluation-score.message.overPoints", { name: row.name, score: String(score), points: String(points) }),
        expected: `≤ ${points}`,
        actual: String(score),
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
      cell: scoreCell(table, row.row),
      message: t("rule.self-evaluation-score.message.overEarned", {
        name: row.name,
        target: target.text.trim(),
        actual: row.actual,
        earned: String(earned),
        score: String(score),
      }),
      expected: `≤ ${earned}`,
      actual: String(score),
      difference: String(roundScore(score - earned)),
      table: table.template,
    });
  }
}

function scoreCell(table: IndicatorTable, row: number): string {
  const column = table.columns.find((c) => c.role === "score");
  return toA1(row, column ? column.col : 0);
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
  const points = ctx.values.parsed(table.sheetIndex, row, weight);
  const score = ctx.values.parsed(table.sheetIndex, row, scoreCol);
  if (!figures || points.kind !== "number" || score.kind !== "number") return;
  const earned = executionRateScore(figures.rate, points.value);
  if (score.value <= earned + ROUNDING) return;
  ctx.report({
    severity: "warning",
    sheet: table.sheet,
    cell: toA1(row, scoreCol),
    related: [
      { sheet: table.sheet, cell: toA1(row, executed) },
      { sheet: table.sheet, cell: toA1(row, budget) },
    ],
    message: t("rule.self-evaluation-score.message.execution", {
      rate: percentText(figures.rate),
      points: String(points.value),
      earned: String(earned),
      score: String(score.value),
    }),
    expected: `≤ ${earned}`,
    actual: String(score.value),
    table: table.template,
  });
}
