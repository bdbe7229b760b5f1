/**
 * A worksheet as a spreadsheet API returns it (the used range's address and its values, value
 * types, formulas and number formats as row-major arrays, plus merged and hidden areas) → the
 * host-free SheetSnapshot that the .xlsx loader also produces, so that a check in Excel finds what
 * `budget-check` finds in the saved file. Pure: tested without Office.
 */
import { parseRange } from "../../model/a1";
import type { CellRange } from "../../model/a1";
import { placeInLine, serialDateText, type CellValue, type SheetSnapshot } from "../../model/snapshot";
import { isErrorCode } from "../../model/values";
import { formatShape, hiddenByFormat, isDateFormat } from "../xlsx/number-format";

export interface RangeData {
  name: string;
  hidden: boolean;
  /** The used range ("Sheet1!B2:F20", "B2:F20"), or null for an empty sheet. */
  address: string | null;
  values: unknown[][];
  /** Excel.RangeValueType per cell ("Error", "Empty", "Double", "String", "Boolean"…), when known. */
  valueTypes?: string[][];
  /** "=SUM(B3:B9)" for formula cells, the value otherwise. */
  formulas?: unknown[][];
  numberFormat?: unknown[][];
  /** Merged areas' addresses ("Sheet1!A1:F1"). */
  merges?: readonly string[];
  /** Areas of the used range that are visible ("Sheet1!A1:F3,Sheet1!A5:F9"), when known; other rows are hidden. */
  visibleAreas?: string | null;
}

export function sheetFromRangeData(data: RangeData): SheetSnapshot {
  const origin = data.address ? parseRange(stripSheet(data.address)) : null;
  const top = origin ? origin.top : 0;
  const left = origin ? origin.left : 0;
  const cells: CellValue[][] = [];
  const formulas: Record<string, string> = {};
  let dates: Record<string, number> | undefined;
  let shown: Record<string, string> | undefined;
  let rowCount = 0;
  let colCount = 0;

  for (let i = 0; origin && i < data.values.length; i++) {
    const r = top + i;
    const source = data.values[i] ?? [];
    let line: CellValue[] | null = null;
    for (let j = 0; j < source.length; j++) {
      const c = left + j;
      const type = data.valueTypes?.[i]?.[j];
      const formula = data.formulas?.[i]?.[j];
      const format = data.numberFormat?.[i]?.[j];
      let value = cellValue(source[j], type);
      const hasFormula = typeof formula === "string" && formula.charCodeAt(0) === 61 && formula.length > 1;
      if (hasFormula) formulas[`${r},${c}`] = formula.slice(1);
      if (typeof value === "number" && typeof format === "string") {
        if (isDateFormat(format)) {
          (dates ??= {})[`${r},${c}`] = value;
          value = serialDateText(value);
        } else {
          const shape = formatShape(format);
          const text = shape ? hiddenByFormat(value, shape) : undefined;
          if (text !== undefined) (shown ??= {})[`${r},${c}`] = text;
        }
      }
      if (value === null && !hasFormula) continue;
      if (!line) line = [];
      placeInLine(line, c, value);
      if (c + 1 > colCount) colCount = c + 1;
    }
    if (line) {
      while (cells.length < r) cells.push([]);
      cells[r] = line;
      if (r + 1 > rowCount) rowCount = r + 1;
    }
  }

  const merges: CellRange[] = [];
  for (const text of data.merges ?? []) {
    for (const area of text.split(",")) {
      const range = parseRange(stripSheet(area));
      if (!range) continue;
      merges.push(range);
      if (range.bottom + 1 > rowCount) rowCount = range.bottom + 1;
      if (range.right + 1 > colCount) colCount = range.right + 1;
    }
  }
  while (cells.length < rowCount) cells.push([]);

  return {
    name: data.name,
    hidden: data.hidden,
    cells,
    formulas,
    ...(dates ? { dates } : {}),
    ...(shown ? { shown } : {}),
    merges,
    hiddenRows: origin && data.visibleAreas !== undefined ? hiddenRowsOf(origin.top, top + data.values.length - 1, data.visibleAreas) : [],
    rowCount,
    colCount,
  };
}

/** A value as the API reports it → a snapshot value: "" is empty, an error type is an error value. */
function cellValue(v: unknown, type: string | undefined): CellValue {
  if (type === "Error" || (typeof v === "string" && type === undefined && isErrorCode(v))) {
    return { error: String(v) };
  }
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** Rows from `first` to `last` (0-based) that no visible area covers. */
function hiddenRowsOf(first: number, last: number, visibleAreas: string | null): number[] {
  const visible = new Set<number>();
  for (const area of (visibleAreas ?? "").split(",")) {
    const range = area.trim() ? parseRange(stripSheet(area.trim())) : null;
    if (range) for (let r = range.top; r <= range.bottom; r++) visible.add(r);
  }
  const hidden: number[] = [];
  for (let r = first; r <= last; r++) if (!visible.has(r)) hidden.push(r);
  return hidden;
}

/** "'表 1'!A1:B2" → "A1:B2". */
function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "");
}

/** Rows added one by one: a block has up to 100,000 rows, too many to spread as call arguments on a small stack. */
export function append<T>(target: T[], rows: readonly T[]): void {
  for (let i = 0; i < rows.length; i++) target.push(rows[i]);
}
