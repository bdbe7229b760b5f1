/**
 * The one argument-coercion layer of the custom functions: every argument goes through here before
 * a pure implementation sees it. Values are read with the project's value parser (model/values.ts);
 * nothing here parses numbers itself.
 *
 * What hosts pass in:
 * - Excel: a matrix parameter is always `any[][]` (a scalar as `[[x]]`); empty cells are `""` or
 *   null; an omitted optional argument is null/undefined; an error input is an object with a
 *   `code` such as "#N/A".
 * - WPS: shapes are less certain (a single cell may arrive as a scalar, a range as a 2-D array,
 *   empty as null/undefined); the WPS layer unwraps anything host-specific first, then calls here.
 */
import { parseValue, type ParsedValue } from "../model/values";
import type { CellValue } from "../model/snapshot";
import { moneyFromNumber, type Money } from "../model/money";
import { fnError, fnText, inputError, isFnError, type FnError, type FnMatrix, type FnValue } from "./errors";
import type { MessageKey } from "../catalog/messages";

/** A parameter is named by the message key of its (localised) name; resolved only for errors. */
export type ParamKey = MessageKey;

export type Matrix = readonly (readonly unknown[])[];

const BLANK_MATRIX: Matrix = [[null]];

/** Any argument as a matrix: scalar → [[x]], 1-D array → one row, omitted → [[null]]. */
export function asMatrix(arg: unknown): Matrix {
  if (Array.isArray(arg)) {
    if (arg.length === 0) return BLANK_MATRIX;
    if (Array.isArray(arg[0])) return arg as Matrix;
    return [arg];
  }
  return arg === undefined ? BLANK_MATRIX : [[arg]];
}

/** A host value as a CellValue for the value parser (host error objects become {error}). */
export function toCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  const ty = typeof raw;
  if (ty === "number" || ty === "string" || ty === "boolean") return raw as CellValue;
  if (ty === "object") {
    const o = raw as { error?: unknown; code?: unknown; errorCode?: unknown; type?: unknown; basicValue?: unknown; text?: unknown };
    if (typeof o.error === "string") return { error: o.error };
    if (typeof o.code === "string" && o.code.charAt(0) === "#") return { error: o.code };
    if (typeof o.errorCode === "string" && o.errorCode.charAt(0) === "#") return { error: o.errorCode };
    // Excel data-type values (allowCustomDataForDataTypeAny): {type: "Double"|"String"|"Error"|…, basicValue}
    const basic = o.basicValue;
    if (typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean") {
      return o.type === "Error" ? { error: String(basic) } : basic;
    }
    if (typeof o.text === "string") return o.text;
    if (raw instanceof Date && !isNaN(raw.getTime())) return excelSerial(raw);
  }
  // Anything else is not a value the functions understand: text that no parser accepts.
  return Object.prototype.toString.call(raw);
}

/** Days since 1899-12-30 (the spreadsheet serial of a date). */
function excelSerial(d: Date): number {
  return Math.round((Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(1899, 11, 30)) / 86400000);
}

export function parseArg(raw: unknown): ParsedValue {
  return parseValue(toCellValue(raw));
}

/** Shortened echo of a bad input for messages. */
export function echo(raw: unknown): string {
  let s: string;
  if (raw === null || raw === undefined) s = "";
  else if (typeof raw === "object") {
    const c = toCellValue(raw);
    s = c === null ? "" : typeof c === "object" ? c.error : String(c);
  } else s = String(raw);
  return s.length > 30 ? s.slice(0, 29) + "…" : s;
}

/**
 * An amount argument: Money, null for a blank cell, or an FnError (text that is not a number,
 * TRUE/FALSE, an error value). Numbers take the fast path.
 */
export function readAmount(raw: unknown, param: ParamKey): Money | null | FnError {
  if (typeof raw === "number") {
    if (raw === raw && raw !== Infinity && raw !== -Infinity) return moneyFromNumber(raw);
    return fnError("#NUM!", "fn.err.notFinite", { param: fnText(param) });
  }
  if (raw === null || raw === undefined || raw === "") return null;
  const p = parseArg(raw);
  switch (p.kind) {
    case "number":
      return moneyFromNumber(p.value);
    case "empty":
      return null;
    case "error":
      return inputError(p.code, fnText(param));
    default:
      return fnError("#VALUE!", "fn.err.notNumber", { param: fnText(param), value: echo(raw) });
  }
}

/** A plain number argument (not money): number, null for blank, or an FnError. */
export function readNumber(raw: unknown, param: ParamKey): number | null | FnError {
  if (typeof raw === "number") {
    if (raw === raw && raw !== Infinity && raw !== -Infinity) return raw;
    return fnError("#NUM!", "fn.err.notFinite", { param: fnText(param) });
  }
  const p = parseArg(raw);
  switch (p.kind) {
    case "number":
      return p.value;
    case "empty":
      return null;
    case "error":
      return inputError(p.code, fnText(param));
    default:
      return fnError("#VALUE!", "fn.err.notNumber", { param: fnText(param), value: echo(raw) });
  }
}

/**
 * A scalar option argument (形式, 单位, 方向 …) as trimmed text; "" when omitted or blank. A
 * multi-cell range is an error; a 1×1 range is unwrapped.
 */
export function readOption(raw: unknown, param: ParamKey): string | FnError {
  let v = raw;
  if (Array.isArray(v)) {
    const m = asMatrix(v);
    if (m.length !== 1 || m[0].length !== 1) return fnError("#VALUE!", "fn.err.notSingle", { param: fnText(param) });
    v = m[0][0];
  }
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return v.trim();
  const cell = toCellValue(v);
  if (cell !== null && typeof cell === "object") return inputError(cell.error, fnText(param));
  return fnError("#VALUE!", "fn.err.notText", { param: fnText(param), value: echo(v) });
}

/** The single value of an argument that must not be a range. */
export function single(raw: unknown, param: ParamKey): unknown {
  if (!Array.isArray(raw)) return raw;
  const m = asMatrix(raw);
  if (m.length === 1 && m[0].length === 1) return m[0][0];
  return fnError("#VALUE!", "fn.err.notSingle", { param: fnText(param) });
}

/**
 * Element-wise application over matrix arguments, with Excel's broadcasting: an argument with one
 * row (or column) repeats along that axis; where a larger argument has no value, the cell is
 * #N/A. All-scalar calls take a fast path without building intermediate arrays.
 */
export function map1(a: Matrix, f: (x: unknown) => FnValue): FnMatrix {
  if (a.length === 1 && a[0].length === 1) return [[f(a[0][0])]];
  const out: FnMatrix = new Array(a.length);
  for (let r = 0; r < a.length; r++) {
    const row = a[r];
    const o: FnValue[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) o[c] = f(row[c]);
    out[r] = o;
  }
  return out;
}

export function map2(a: Matrix, b: Matrix, f: (x: unknown, y: unknown) => FnValue): FnMatrix {
  if (a.length === 1 && b.length === 1 && a[0].length === 1 && b[0].length === 1) return [[f(a[0][0], b[0][0])]];
  return mapN([a, b], (v) => f(v[0], v[1]));
}

export function map3(
  a: Matrix,
  b: Matrix,
  c: Matrix,
  f: (x: unknown, y: unknown, z: unknown) => FnValue,
): FnMatrix {
  if (
    a.length === 1 && b.length === 1 && c.length === 1 &&
    a[0].length === 1 && b[0].length === 1 && c[0].length === 1
  ) {
    return [[f(a[0][0], b[0][0], c[0][0])]];
  }
  return mapN([a, b, c], (v) => f(v[0], v[1], v[2]));
}

const NO_VALUE = {};

function mapN(args: Matrix[], f: (values: unknown[]) => FnValue): FnMatrix {
  let rows = 0;
  let cols = 0;
  for (const m of args) {
    if (m.length > rows) rows = m.length;
    for (const row of m) if (row.length > cols) cols = row.length;
  }
  const out: FnMatrix = new Array(rows);
  const values: unknown[] = new Array(args.length);
  for (let r = 0; r < rows; r++) {
    const o: FnValue[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      let missing = false;
      for (let i = 0; i < args.length; i++) {
        const v = cellOf(args[i], r, c);
        if (v === NO_VALUE) missing = true;
        values[i] = v;
      }
      o[c] = missing ? fnError("#N/A", "fn.err.shape", { row: r + 1, col: c + 1 }) : f(values);
    }
    out[r] = o;
  }
  return out;
}

function cellOf(m: Matrix, r: number, c: number): unknown {
  const row = m.length === 1 ? m[0] : m[r];
  if (row === undefined) return NO_VALUE;
  if (row.length === 1) return row[0];
  return c < row.length ? row[c] : NO_VALUE;
}

/** The first error among values, if any (for scalar option checks before mapping). */
export function firstError(...values: unknown[]): FnError | undefined {
  for (const v of values) if (isFnError(v)) return v;
  return undefined;
}
