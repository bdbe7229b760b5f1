/**
 * What a number format does to a number on screen, as far as the checks care: whether it shows a
 * percentage, and how many decimals it keeps. A published table is what the cells display, so an
 * amount of 534.8 formatted "#,##0" is published as 535. Browser-safe.
 */
import { memoByText } from "../../model/memo";

export interface FormatShape {
  /** "0.0%": the value is shown × 100 with a percent sign. */
  percent: boolean;
  /** Decimals shown. */
  decimals: number;
  /** Thousands separators ("#,##0"). */
  thousands: boolean;
}

/** Quoted text, escaped characters, [colours]/[conditions], and _x / *x spacing and fill. */
const LITERALS = /"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g;
/** Letters of date and time formats (dates are handled as dates, not numbers). */
const DATE_LETTERS = /[yYmMdDhHsSeE年月日时分秒]/;

const shapes = new Map<string, FormatShape | null>();

/**
 * The shape of a number format's first section; undefined for General, text ("@") and date or
 * time formats. Parsed once per format string: a workbook uses a handful of formats.
 */
export function formatShape(numFmt: string | undefined): FormatShape | undefined {
  if (!numFmt) return undefined;
  let shape = shapes.get(numFmt);
  if (shape === undefined) {
    shape = parseShape(numFmt);
    if (shapes.size > 1000) shapes.clear();
    shapes.set(numFmt, shape);
  }
  return shape ?? undefined;
}

function parseShape(numFmt: string): FormatShape | null {
  if (/^general$/i.test(numFmt.trim())) return null;
  const first = numFmt.replace(LITERALS, "").split(";")[0];
  if (first.includes("@") || DATE_LETTERS.test(first) || !/[0#?]/.test(first)) return null;
  const dot = first.indexOf(".");
  let decimals = 0;
  if (dot >= 0) for (let i = dot + 1; i < first.length && /[0#?]/.test(first[i]); i++) decimals += 1;
  const integerPart = dot >= 0 ? first.slice(0, dot) : first;
  return { percent: first.includes("%"), decimals, thousands: /[0#?],[0#?]/.test(integerPart) };
}

/**
 * The text a number is shown as when the format hides part of it (rounds it to fewer decimals
 * than it has, or shows it as a percentage); undefined when the display is the number itself.
 */
export function hiddenByFormat(value: number, shape: FormatShape): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  const scaled = shape.percent ? value * 100 : value;
  const factor = 10 ** shape.decimals;
  // Half away from zero, as Excel shows it; the nudge keeps 2.675 (stored as 2.67499…) at 2.68.
  const rounded = (Math.sign(scaled) * Math.round(Math.abs(scaled) * factor + 1e-7)) / factor;
  // Float noise (0.1 + 0.2) is not a hidden decimal.
  if (!shape.percent && Math.abs(rounded - scaled) <= 1e-9 * Math.max(1, Math.abs(scaled))) return undefined;
  let text = Math.abs(rounded).toFixed(shape.decimals);
  if (shape.thousands) {
    const [int, frac] = text.split(".");
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac !== undefined ? "." + frac : "");
  }
  return (rounded < 0 ? "-" : "") + text + (shape.percent ? "%" : "");
}

/**
 * Whether a format shows a number as a date or time ("yyyy-mm-dd", "m月d日", "h:mm"). Asked for
 * every number cell a host reads: answered once per format string.
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  return !!numFmt && dateFormat(numFmt);
}

const dateFormat = memoByText((numFmt: string): boolean => {
  if (/^general$/i.test(numFmt.trim())) return false;
  const first = numFmt.replace(LITERALS, "").split(";")[0];
  return !first.includes("@") && DATE_LETTERS.test(first);
});
