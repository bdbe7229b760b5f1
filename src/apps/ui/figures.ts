/**
 * The 应为 / 实为 / 差额 block of a finding, as text: amounts with thousands separators and the
 * table's unit, and the difference worded by its direction ("多 5.00" when the cell holds more
 * than it should, "少 5.00" when less), read from the finding's typed figures (exact money, rates
 * as "77.32%" and "-3.00 个百分点", numbers; text figures such as "≤20万元" are shown as they are).
 */
import { isMoneyValue, isPercentValue, type Figure, type Finding } from "../../model/findings";
import { formatMoney } from "../../model/money";
import { t, type Locale } from "../../catalog/messages";
import { renderFigure } from "../../present/render";

export interface FiguresBlock {
  expected?: string;
  actual?: string;
  /** Worded difference: "多 5.00 万元", "少 1,234.50 元", or a difference between rates as it reads ("-3.00 个百分点"). */
  difference?: string;
  /** Which way the cell is off: it holds more, less, or the figure has no sign. */
  direction?: "more" | "less";
}

const PLAIN_NUMBER = /^\s*([+-]?)(\d+)(\.\d+)?\s*$/;

/** "1234567.5" → "1,234,567.5"; other text as it is. Digits are never changed, only grouped. */
export function groupThousands(text: string): string {
  const m = PLAIN_NUMBER.exec(text);
  if (!m) return text;
  const [, sign, whole, frac = ""] = m;
  return `${sign === "-" ? "-" : ""}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac}`;
}

function withUnit(text: string, unit: string | undefined): string {
  return unit && PLAIN_NUMBER.test(text) ? `${groupThousands(text)} ${unit}` : groupThousands(text);
}

/** An amount or plain figure as shown: thousands grouped, the unit after a number; a rate as it reads ("77.32%"). */
function figureText(v: Figure, unit: string | undefined, locale: Locale): string {
  if (isMoneyValue(v)) return `${groupThousands(formatMoney(v.money, v.decimals))}${unit ? ` ${unit}` : ""}`;
  if (isPercentValue(v)) return renderFigure(v, locale);
  return withUnit(renderFigure(v, locale), unit);
}

/** Which way a difference points (actual − expected: positive, the cell holds more), when it is a number. */
function differenceOf(v: Figure): { direction: "more" | "less"; amount: Figure } | "none" | undefined {
  if (isMoneyValue(v)) return v.money === 0 ? "none" : { direction: v.money < 0 ? "less" : "more", amount: { money: Math.abs(v.money), decimals: v.decimals } };
  if (typeof v === "number") return v === 0 ? "none" : { direction: v < 0 ? "less" : "more", amount: Math.abs(v) };
  // A difference between rates reads as it is ("-3.00 个百分点"), without 多/少.
  if (isPercentValue(v)) return undefined;
  // Text: a plain number in it still reads as a direction ("-5.00"); other wording does not.
  const m = PLAIN_NUMBER.exec(v);
  if (!m) return undefined;
  if (!/[1-9]/.test(m[2] + (m[3] ?? ""))) return "none";
  return { direction: m[1] === "-" ? "less" : "more", amount: v.trim().replace(/^[+-]/, "") };
}

/** The figures of a finding, from its typed values; undefined when it carries none. */
export function figuresOf(typed: Pick<Finding, "expected" | "actual" | "difference">, unit: string | undefined, locale: Locale): FiguresBlock | undefined {
  const block: FiguresBlock = {};
  if (typed.expected !== undefined && typed.expected !== "") block.expected = figureText(typed.expected, unit, locale);
  if (typed.actual !== undefined && typed.actual !== "") block.actual = figureText(typed.actual, unit, locale);
  if (typed.difference !== undefined && typed.difference !== "") {
    const d = differenceOf(typed.difference);
    if (d && d !== "none") {
      block.direction = d.direction;
      block.difference = t(d.direction === "more" ? "ui.more" : "ui.less", { amount: figureText(d.amount, unit, locale) }, locale);
    } else {
      block.difference = groupThousands(renderFigure(typed.difference, locale));
    }
  }
  return block.expected || block.actual || block.difference ? block : undefined;
}
