/**
 * The 应为 / 实为 / 差额 block of a finding, as text: amounts with thousands separators and the
 * table's unit, and the difference worded by its direction ("多 5.00" when the cell holds more
 * than it should, "少 5.00" when less). Works on the strings a finding carries today; only this
 * module knows their shape.
 */
import type { Finding } from "../../model/findings";
import { t } from "../../catalog/messages";
import { renderFigure } from "../../present/render";

export interface FiguresBlock {
  expected?: string;
  actual?: string;
  /** Worded difference: "多 5.00 万元", "少 1,234.50 元", or the rule's own text (e.g. "3.00 个百分点"). */
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

/** The figures of a finding; undefined when it carries none. */
export function figuresOf(typed: Pick<Finding, "expected" | "actual" | "difference">, unit?: string): FiguresBlock | undefined {
  if (typed.expected === undefined && typed.actual === undefined && typed.difference === undefined) return undefined;
  const text = (v: Finding["expected"]) => (v === undefined ? undefined : renderFigure(v));
  const f = { expected: text(typed.expected), actual: text(typed.actual), difference: text(typed.difference) };
  const block: FiguresBlock = {};
  if (f.expected !== undefined && f.expected !== "") block.expected = withUnit(f.expected, unit);
  if (f.actual !== undefined && f.actual !== "") block.actual = withUnit(f.actual, unit);
  if (f.difference !== undefined && f.difference !== "") {
    const m = PLAIN_NUMBER.exec(f.difference);
    if (m && /[1-9]/.test(m[2] + (m[3] ?? ""))) {
      // A difference is actual − expected: positive means the cell holds more than it should.
      const direction = m[1] === "-" ? "less" : "more";
      const amount = withUnit(f.difference.trim().replace(/^[+-]/, ""), unit);
      block.direction = direction;
      block.difference = t(direction === "more" ? "ui.more" : "ui.less", { amount });
    } else {
      block.difference = groupThousands(f.difference);
    }
  }
  return block.expected || block.actual || block.difference ? block : undefined;
}
