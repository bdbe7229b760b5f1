/**
 * YOYCHANGE(本年, 上年, [形式], [单位]) — year-over-year change (docs/domain.md §7):
 *   形式 "比率" (default) → (本年 − 上年) / |上年| as a fraction;
 *   形式 "差额"          → 本年 − 上年;
 *   形式 "文字"          → "增加X万元，增长Y%" / "减少X万元，下降Y%" / "持平".
 * A zero base is not comparable: the rate is #N/A "上年数为 0，增减率不可比" (never a fake
 * 100% or 0%) and the sentence says "增加X万元（上年为0，不可比）". Blanks count as 0.
 */
import { asMatrix, map2, readNumber, readOption } from "./args";
import { fnError, fnText, isFnError, type FnMatrix, type FnValue } from "./errors";
import { moneyToNumber } from "../model/money";
import { normalizeText } from "../model/values";
import { yearOverYear, yoySentence } from "./lib/yoy";

export type YoyForm = "rate" | "amount" | "text";

const FORMS: Record<string, YoyForm> = {
  "": "rate", 比率: "rate", 增减率: "rate", 变动率: "rate", 增长率: "rate", 率: "rate", rate: "rate", "%": "rate",
  差额: "amount", 增减额: "amount", 变动额: "amount", 金额: "amount", 额: "amount", amount: "amount", diff: "amount",
  文字: "text", 文本: "text", 句子: "text", 说明: "text", text: "text",
};

export function parseYoyForm(option: string): YoyForm | undefined {
  return FORMS[normalizeText(option).replace(/\s+/g, "").toLowerCase()];
}

/** A unit for the sentence: short text without digits ("万元", "元", "亿元"). */
export function isSentenceUnit(unit: string): boolean {
  return unit.length <= 4 && !/[\d\s]/.test(unit);
}

export function yoyCell(current: unknown, previous: unknown, form: YoyForm, unit: string): FnValue {
  const c = readNumber(current, "fn.YOYCHANGE.current.name");
  if (isFnError(c)) return c;
  const p = readNumber(previous, "fn.YOYCHANGE.previous.name");
  if (isFnError(p)) return p;
  const y = yearOverYear(c ?? 0, p ?? 0);
  if (form === "amount") return moneyToNumber(y.delta);
  if (form === "text") return yoySentence(y, unit);
  if (!y.comparable) return fnError("#N/A", "fn.err.notComparable");
  return y.rate;
}

export function yoychange(current: unknown, previous: unknown, form?: unknown, unit?: unknown): FnMatrix {
  const formText = readOption(form, "fn.YOYCHANGE.form.name");
  if (isFnError(formText)) return [[formText]];
  const f = parseYoyForm(formText);
  if (!f) {
    return [[fnError("#VALUE!", "fn.err.badOption", { param: fnText("fn.YOYCHANGE.form.name"), allowed: fnText("fn.option.form"), value: formText })]];
  }
  const unitText = readOption(unit, "fn.YOYCHANGE.unit.name");
  if (isFnError(unitText)) return [[unitText]];
  const u = unitText === "" ? "万元" : unitText;
  if (!isSentenceUnit(u)) return [[fnError("#VALUE!", "fn.err.badUnit", { value: unitText })]];
  return map2(asMatrix(current), asMatrix(previous), (x, y) => yoyCell(x, y, f, u));
}
