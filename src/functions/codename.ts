/**
 * CODENAME(编码) — the name of a 支出功能分类 / 支出经济分类 code from the bundled catalogue
 * (src/catalog/codes.ts): 2080505 → "机关事业单位基本养老保险缴费支出". Accepts numbers, text
 * codes ("2080505", "２０８０５０５", "[2080505]", "208.05.05" or "2080505 行政单位…") and ranges. A blank cell
 * gives ""; a code the catalogue does not hold is #N/A (the bundled list is partial).
 */
import { asMatrix, echo, map1, toCellValue } from "./args";
import { fnError, fnText, inputError, type FnMatrix, type FnValue } from "./errors";
import { findCode } from "../catalog/codes";
import { normalizeText } from "../model/values";

const CODE_TEXT = /^[[(【]?(\d{3}|\d{5}|\d{7})(?:[\])】]|(?!\d|[.-]\d))/;
/** 类.款.项 written with separators: "208.05.05", "208-05". */
const SEPARATED_CODE = /^[[(【]?(\d{3})[.-](\d{2})(?:[.-](\d{2}))?(?:[\])】]|(?!\d|[.-]\d))/;

/** The code written in a cell value, or undefined. */
export function codeOf(raw: string | number): string | undefined {
  if (typeof raw === "number") {
    return Number.isInteger(raw) && raw > 0 ? codeOf(String(raw)) : undefined;
  }
  const text = normalizeText(raw).replace(/\s+/g, "");
  const parts = SEPARATED_CODE.exec(text);
  if (parts) return parts[1] + parts[2] + (parts[3] ?? "");
  const m = CODE_TEXT.exec(text);
  return m ? m[1] : undefined;
}

export function codeNameCell(raw: unknown): FnValue {
  const cell = toCellValue(raw);
  if (cell === null || cell === "") return "";
  if (typeof cell === "object") return inputError(cell.error, fnText("fn.CODENAME.code.name"));
  if (typeof cell === "boolean") return fnError("#VALUE!", "fn.err.codeInvalid", { value: echo(raw) });
  if (typeof cell === "string" && normalizeText(cell) === "") return "";
  const code = codeOf(cell);
  if (!code) return fnError("#VALUE!", "fn.err.codeInvalid", { value: echo(raw) });
  const entry = findCode(code);
  return entry ? entry.name : fnError("#N/A", "fn.err.codeNotFound", { code });
}

export function codename(code: unknown): FnMatrix {
  return map1(asMatrix(code), codeNameCell);
}
