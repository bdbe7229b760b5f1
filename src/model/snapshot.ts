/**
 * Host-free workbook snapshot: what every host adapter (Excel, WPS, .xlsx file) produces and
 * everything downstream reads. Plain data only, so it crosses worker and webview boundaries.
 */
import type { CellRange } from "./a1";

/** An error value shown in a cell, e.g. { error: "#REF!" }. */
export interface CellErrorValue {
  error: string;
}

/** A cell's value as the host reports it. Dates are normalised to "YYYY-MM-DD" text. */
export type CellValue = string | number | boolean | null | CellErrorValue;

export interface SheetSnapshot {
  name: string;
  /** Hidden or very-hidden sheet. */
  hidden: boolean;
  /** Row-major values, 0-based. Rows may be shorter than colCount; missing cells are null. */
  cells: CellValue[][];
  /** Formulas by 0-based position "row,col" (without the leading "="). Only formula cells. */
  formulas: Record<string, string>;
  /**
   * For cells shown as a date (value "YYYY-MM-DD"), the number behind the date (Excel's serial), by
   * "row,col". An amount typed into a date-formatted cell shows as a date; the number is what it was.
   */
  dates?: Record<string, number>;
  /**
   * For number cells whose format hides part of the number (534.8 shown as "535" by "#,##0", 0.25
   * as "25.0%"), the text as displayed, by "row,col". A published table is what the cells show.
   */
  shown?: Record<string, string>;
  merges: CellRange[];
  /** 0-based indexes of hidden rows. */
  hiddenRows: number[];
  rowCount: number;
  colCount: number;
}

export interface WorkbookSnapshot {
  /** File name or document title, for messages. */
  source: string;
  sheets: SheetSnapshot[];
}

/** A date as the snapshot holds it: "YYYY-MM-DD" (UTC, as the .xlsx loader and the hosts read dates). */
export function snapshotDateText(d: Date): string | null {
  if (!Number.isFinite(d.getTime())) return null;
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${day < 10 ? "0" : ""}${day}`;
}

/** Excel's date serial (1900 system, as ExcelJS reads it) as the snapshot's date text. */
export function serialDateText(serial: number): string | null {
  return snapshotDateText(new Date(Math.round((serial - 25569) * 86400000)));
}

export function isCellError(v: CellValue | undefined): v is CellErrorValue {
  return typeof v === "object" && v !== null && typeof (v as CellErrorValue).error === "string";
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.cells[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

export function formulaAt(sheet: SheetSnapshot, row: number, col: number): string | undefined {
  return sheet.formulas[`${row},${col}`];
}

export function dateSerialAt(sheet: SheetSnapshot, row: number, col: number): number | undefined {
  return sheet.dates ? sheet.dates[`${row},${col}`] : undefined;
}

export function shownTextAt(sheet: SheetSnapshot, row: number, col: number): string | undefined {
  return sheet.shown ? sheet.shown[`${row},${col}`] : undefined;
}

/** Builds a snapshot sheet from a plain 2-D array; handy for tests and for hosts. */
export function sheetFromRows(
  name: string,
  rows: CellValue[][],
  extra: Partial<Omit<SheetSnapshot, "name" | "cells">> = {},
): SheetSnapshot {
  let colCount = 0;
  for (const r of rows) if (r.length > colCount) colCount = r.length;
  return {
    name,
    hidden: false,
    cells: rows,
    formulas: {},
    merges: [],
    hiddenRows: [],
    rowCount: rows.length,
    colCount,
    ...extra,
  };
}

/**
 * Puts a cell's value into its row line (cells come in column order, possibly with gaps). Pushing
 * rather than assigning past the end keeps the array packed, which V8 stores compactly; the
 * readers of every host call this per cell.
 */
export function placeInLine(line: CellValue[], col: number, value: CellValue): void {
  while (line.length < col) line.push(null);
  if (line.length === col) line.push(value);
  else line[col] = value;
}
