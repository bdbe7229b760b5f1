/**
 * 绩效自评 scoring (docs/domain.md §5), host-free:
 * - 正向: 得分 = min(实际值 / 指标值, 1) × 分值
 * - 反向: 得分 = min(指标值 / 实际值, 1) × 分值
 * - 定性: 达成 100%, 部分达成 60%, 未达成 0% of 分值 (the tiers are 100%-80%(含) / 80%-60%(含) /
 *   60%-0%; a tier word takes the full share for 达成 and the lowest share of its band otherwise;
 *   a grade given as a percentage is used as is)
 * - a range target: 正向 on its lower bound, 反向 on its upper bound; a date target: all or nothing
 * - 预算执行率: min(执行率, 100%) × 分值 (分值 usually 10)
 * Scores are rounded to two decimals, half away from zero.
 */
import {
  isJudgeError,
  judgeTarget,
  type ActualValue,
  type Direction,
  type IndicatorTarget,
  type JudgeError,
} from "./indicator-target";

/** Points earned by one indicator, or why it cannot be scored. */
export function indicatorScore(
  target: IndicatorTarget,
  actual: ActualValue,
  points: number,
  direction?: Direction,
): number | JudgeError {
  const j = judgeTarget(target, actual, direction);
  if (isJudgeError(j)) return j;
  return roundScore(Math.min(1, Math.max(0, j.ratio)) * points);
}

/** 预算执行率 score: min(rate, 1) × points; a negative rate scores 0. */
export function executionRateScore(rate: number, points = 10): number {
  return roundScore(Math.min(1, Math.max(0, rate)) * points);
}

/** Two decimals, half away from zero, without float noise (8.6199999 → 8.62). */
export function roundScore(x: number): number {
  const scaled = Math.abs(x) * 100;
  const r = Math.floor(scaled + 0.5 + 1e-9 * Math.max(1, scaled));
  return (x < 0 ? -r : r) / 100;
}

export type Grade = "优" | "良" | "中" | "差";

/** 优 90-100, 良 80-89, 中 60-79, 差 0-59 (docs/domain.md §5, W6). */
export function gradeOf(total: number): Grade {
  if (total >= 90) return "优";
  if (total >= 80) return "良";
  if (total >= 60) return "中";
  return "差";
}
