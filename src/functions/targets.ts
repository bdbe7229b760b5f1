/**
 * TARGETMET(实际值, 指标值, [方向]) and TARGETSCORE(实际值, 指标值, 分值, [方向]): performance
 * indicators against their targets (docs/domain.md §4.2, §5). The parsing and the rules live in
 * model/indicator-target.ts and model/scoring.ts; this file maps their outcomes to cell values.
 */
import { asMatrix, echo, map2, map3, readNumber, readOption, toCellValue } from "./args";
import { fnError, fnText, inputError, isFnError, type FnError, type FnMatrix, type FnValue } from "./errors";
import {
  judgeTarget,
  isJudgeError,
  parseActual,
  parseTarget,
  type ActualValue,
  type Direction,
  type IndicatorTarget,
  type JudgeError,
} from "../model/indicator-target";
import { indicatorScore } from "../model/scoring";
import { normalizeText } from "../model/values";
import type { MessageKey } from "../catalog/messages";

const DIRECTIONS: Record<string, Direction | "none"> = {
  "": "none", 正向: "positive", 正: "positive", 越高越好: "positive", 越大越好: "positive", positive: "positive", "+": "positive",
  反向: "negative", 反: "negative", 越低越好: "negative", 越小越好: "negative", negative: "negative", "-": "negative",
  定性: "qualitative", qualitative: "qualitative",
};

/** 方向 option: undefined when omitted, an FnError when not one of 正向/反向/定性. */
export function readDirection(raw: unknown, param: MessageKey): Direction | undefined | FnError {
  const text = readOption(raw, param);
  if (isFnError(text)) return text;
  const d = DIRECTIONS[normalizeText(text).replace(/\s+/g, "").toLowerCase()];
  if (!d) return fnError("#VALUE!", "fn.err.badOption", { param: fnText(param), allowed: fnText("fn.option.direction"), value: text });
  return d === "none" ? undefined : d;
}

/** Parsed targets of one call: a column usually repeats a handful of targets (or one, broadcast). */
type TargetCache = Map<string | number | null, IndicatorTarget>;

function readTarget(raw: unknown, param: MessageKey, cache: TargetCache): IndicatorTarget | FnError {
  const cell = toCellValue(raw);
  if (cell !== null && typeof cell === "object") return inputError(cell.error, fnText(param));
  if (typeof cell === "boolean") return fnError("#VALUE!", "fn.err.targetUnparsed", { value: String(cell).toUpperCase() });
  let target = cache.get(cell);
  if (!target) {
    target = parseTarget(cell);
    if (cache.size < 1000) cache.set(cell, target);
  }
  return target;
}

function readActual(raw: unknown, param: MessageKey): ActualValue | FnError {
  const cell = toCellValue(raw);
  if (cell !== null && typeof cell === "object") return inputError(cell.error, fnText(param));
  return parseActual(cell);
}

function judgeError(e: JudgeError, actualRaw: unknown, target: IndicatorTarget, actualParam: MessageKey): FnError {
  switch (e.error) {
    case "empty-actual":
      return fnError("#N/A", "fn.err.actualEmpty");
    case "invalid-target":
      if (e.reason === "empty") return fnError("#N/A", "fn.err.targetEmpty");
      return fnError("#VALUE!", e.reason === "approximate" ? "fn.err.targetApprox" : "fn.err.targetUnparsed", { value: target.text });
    case "unit-mismatch":
      return fnError("#VALUE!", "fn.err.unitMismatch", { actual: e.actualUnit, target: e.targetUnit });
    case "ambiguous-percent":
      return fnError("#VALUE!", "fn.err.ambiguousPercent", {
        value: String(e.value),
        fraction: String(Number((e.value / 100).toPrecision(12))),
        asPercent: String(Number((e.value * 100).toPrecision(12))),
      });
    case "qualitative-actual":
      return fnError("#VALUE!", "fn.err.qualitativeActual", { value: echo(actualRaw) });
    case "actual-error":
      return inputError(e.code, fnText(actualParam));
    default:
      return fnError("#VALUE!", "fn.err.notComparableTarget", { value: echo(actualRaw), target: target.text });
  }
}

export function targetMetCell(
  actualRaw: unknown,
  targetRaw: unknown,
  direction: Direction | undefined,
  cache: TargetCache = new Map(),
): FnValue {
  const target = readTarget(targetRaw, "fn.TARGETMET.target.name", cache);
  if (isFnError(target)) return target;
  const actual = readActual(actualRaw, "fn.TARGETMET.actual.name");
  if (isFnError(actual)) return actual;
  const j = judgeTarget(target, actual, direction);
  return isJudgeError(j) ? judgeError(j, actualRaw, target, "fn.TARGETMET.actual.name") : j.met;
}

export function targetmet(actual: unknown, target: unknown, direction?: unknown): FnMatrix {
  const d = readDirection(direction, "fn.TARGETMET.direction.name");
  if (isFnError(d)) return [[d]];
  const cache: TargetCache = new Map();
  return map2(asMatrix(actual), asMatrix(target), (a, tg) => targetMetCell(a, tg, d, cache));
}

export function targetScoreCell(
  actualRaw: unknown,
  targetRaw: unknown,
  pointsRaw: unknown,
  direction: Direction | undefined,
  cache: TargetCache = new Map(),
): FnValue {
  const points = readNumber(pointsRaw, "fn.TARGETSCORE.points.name");
  if (isFnError(points)) return points;
  if (points === null || points < 0) return fnError("#VALUE!", "fn.err.points", { value: echo(pointsRaw) });
  const target = readTarget(targetRaw, "fn.TARGETSCORE.target.name", cache);
  if (isFnError(target)) return target;
  const actual = readActual(actualRaw, "fn.TARGETSCORE.actual.name");
  if (isFnError(actual)) return actual;
  const score = indicatorScore(target, actual, points, direction);
  return typeof score === "number" ? score : judgeError(score, actualRaw, target, "fn.TARGETSCORE.actual.name");
}

export function targetscore(actual: unknown, target: unknown, points: unknown, direction?: unknown): FnMatrix {
  const d = readDirection(direction, "fn.TARGETSCORE.direction.name");
  if (isFnError(d)) return [[d]];
  const cache: TargetCache = new Map();
  return map3(asMatrix(actual), asMatrix(target), asMatrix(points), (a, tg, p) => targetScoreCell(a, tg, p, d, cache));
}
