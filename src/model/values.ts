/**
 * Reading cell values the way accountants type them: numbers stored as text ("1,234.50",
 * full-width "１２３４．５０", trailing spaces, "￥1,234.50"), dashes meaning "nothing", percentages.
 * This is the one parser of the project: checks, custom functions and fills all use it.
 */
import { CellValue, isCellError } from "./snapshot";
import { Money, moneyFromNumber } from "./money";

export type ParsedValue =
  | { kind: "empty" }
  | {
      kind: "number";
      /** The number as JS reads it; percentages are already divided by 100 (“77.32%” → 0.7732). */
      value: number;
      /** The cell held text, not a number. */
      fromText: boolean;
      /** The text ended with a percent sign. */
      percent: boolean;
      /** Decimals written in the text (for text cells) or needed by the number. */
      decimals: number;
      /** A money unit written after the digits ("25万元", "1,200元"); absent otherwise. */
      moneyUnit?: "元" | "万元";
    }
  | { kind: "text"; text: string }
  | { kind: "error"; code: string };

const EMPTY: ParsedValue = { kind: "empty" };

/** Text that means "no amount" in a published table. */
const EMPTY_MARKS = new Set(["", "-", "--", "—", "——", "–", "－", "/", "\\", "−"]);

/** Full-width and other look-alike characters folded to ASCII (NFKC covers digits, ．，％＋－). */
/**
 * Characters that NFKC or the replacements below change: Latin-1 and spaces, dashes, number forms
 * (Ⅱ, ①), Kangxi radicals, the ideographic space, compatibility ideographs and forms, full/half
 * width forms. Ordinary CJK text with 、。“” skips the folding; full-width forms such as （ are folded.
 */
const NEEDS_FOLDING = /[\u00a0-\u00ff\u200b\u2010-\u2015\u2070-\u218f\u2212\u2460-\u24ff\u2f00-\u2fdf\u3000\u3200-\u33ff\uf900-\ufaff\ufe30-\ufe6f\ufeff\uff00-\uffef]/;

export function normalizeText(text: string): string {
  // Fast path: plain ASCII and ordinary CJK text need no folding (most cells of a large sheet).
  if (!NEEDS_FOLDING.test(text)) return text.trim();
  return text
    .normalize("NFKC")
    .replace(/[\u00a0\u3000\u200b\ufeff]/g, " ")
    .replace(/[\u2212\u2013\u2014\u2015\uff0d]/g, (ch) => (ch === "\u2014" || ch === "\u2015" ? "—" : "-"))
    .trim();
}

const NUMBER_TEXT = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?(%)?$/;

/** Parses one cell value. Never throws. */
export function parseValue(raw: CellValue | undefined): ParsedValue {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { kind: "error", code: "#NUM!" };
    return { kind: "number", value: raw, fromText: false, percent: false, decimals: numberDecimals(raw) };
  }
  if (typeof raw === "boolean") return { kind: "text", text: raw ? "TRUE" : "FALSE" };
  if (isCellError(raw)) return { kind: "error", code: raw.error };
  return parseText(String(raw));
}

// Module constants: a regular-expression literal in a function is a new object on every call.
const SPACES = /\s+/g;
const PARENTHESISED = /^\((.+)\)$/;
const ERROR_TEXT = /^#[A-Z0-9/!?]+$/;
/** A yuan sign before the digits ("￥1,234.50", "-¥12"); NFKC folds ￥ to ¥. */
const YUAN_SIGN = /^([+-]?)¥(?=[\d.(])/;

export function parseText(text: string): ParsedValue {
  const t = normalizeText(text);
  if (EMPTY_MARKS.has(t)) return EMPTY;
  let body = t.replace(SPACES, "");
  if (body.charCodeAt(0) === 0xa5 || body.charCodeAt(1) === 0xa5) body = body.replace(YUAN_SIGN, "$1");
  let negative = false;
  // Accounting negatives: (1,234.00)
  const paren = PARENTHESISED.exec(body);
  if (paren) {
    body = paren[1];
    negative = true;
  }
  // A money unit typed after the amount ("25万元", "1,200元"): the number is the amount in that unit.
  let moneyUnit: "元" | "万元" | undefined;
  if (body.length > 1 && body.charCodeAt(body.length - 1) === 0x5143 /* 元 */) {
    moneyUnit = body.endsWith("万元") ? "万元" : "元";
    body = body.slice(0, body.length - moneyUnit.length);
  }
  const m = NUMBER_TEXT.exec(body);
  if (!m || (m[2] === undefined && m[3] === undefined)) {
    return ERROR_TEXT.test(body) && ERROR_CODES.has(body) ? { kind: "error", code: body } : { kind: "text", text: t };
  }
  const digits = (m[2] ?? "0").replace(/,/g, "") + (m[3] !== undefined ? "." + m[3] : "");
  let value = Number(digits);
  if (m[1] === "-") negative = !negative;
  if (negative) value = -value;
  const percent = m[4] === "%";
  const decimals = m[3]?.length ?? 0;
  if (percent) value = scalePercent(value, decimals);
  if (moneyUnit) return percent ? { kind: "text", text: t } : { kind: "number", value, fromText: true, percent, decimals, moneyUnit };
  return { kind: "number", value, fromText: true, percent, decimals };
}

const ERROR_CODES = new Set(["#REF!", "#VALUE!", "#DIV/0!", "#N/A", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"]);

/** Whether a text is one of the spreadsheet error codes ("#DIV/0!", "#N/A"…), as a host may report an error cell. */
export function isErrorCode(text: string): boolean {
  return ERROR_CODES.has(text);
}

/** value / 100 without float noise: 77.32 → 0.7732 (not 0.7732000000000001). */
function scalePercent(value: number, decimals: number): number {
  return Number((value / 100).toFixed(Math.min(decimals + 2, 20)));
}

/** Decimal places a JS number needs (0 for integers), read from its shortest round-trip text. */
export function numberDecimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  // Fast paths for the usual one or two decimals (no string building on a large sheet).
  if (Math.abs(value) < 1e12) {
    const tenth = value * 10;
    if (Number.isInteger(tenth) && tenth / 10 === value) return 1;
    const hundredth = value * 100;
    if (Number.isInteger(hundredth) && hundredth / 100 === value) return 2;
  }
  const text = String(Math.abs(value));
  const e = text.indexOf("e-");
  if (e >= 0) {
    const mantissa = text.slice(0, e);
    const dot = mantissa.indexOf(".");
    return Number(text.slice(e + 2)) + (dot >= 0 ? mantissa.length - dot - 1 : 0);
  }
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** The amount of a parsed value, or null when the value is not a number. Empty counts as 0 only where the caller says so. */
export function amountOf(p: ParsedValue): Money | null {
  return p.kind === "number" ? moneyFromNumber(p.value) : null;
}

/** Plain text of a cell for labels and headers (numbers as written, errors as their code). */
export function cellText(raw: CellValue | undefined): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "string") return raw;
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  if (isCellError(raw)) return raw.error;
  return "";
}

/** Text squeezed for matching: NFKC, no whitespace at all (PDF exports break words with spaces). */
const squeezed = new Map<string, string>();
const SQUEEZE_CACHE_LIMIT = 50000;

export function squeeze(text: string): string {
  // Codes and other short ASCII words have nothing to fold or remove.
  if (isPlainAscii(text)) return text;
  // Labels repeat across a workbook (every department has "社会保障和就业支出"): remember them.
  let out = squeezed.get(text);
  if (out === undefined) {
    out = normalizeText(text);
    if (/\s/.test(out)) out = out.replace(/\s+/g, "");
    if (squeezed.size >= SQUEEZE_CACHE_LIMIT) squeezed.clear();
    squeezed.set(text, out);
  }
  return out;
}

/** A short text of printable ASCII without spaces ("2080505", "A9"): squeeze leaves it as it is. */
function isPlainAscii(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 16) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}
