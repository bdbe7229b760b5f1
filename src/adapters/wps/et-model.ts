/**
 * The part of WPS 表格's ET object model (the synchronous, VBA-shaped JS API on `window.Application`)
 * that the task pane uses. Collections are 1-based; some builds expose zero-argument members as
 * methods rather than properties, so every read goes through `member()`.
 */
export interface EtInterior {
  Color: number;
  Pattern: number;
}

export interface EtRange {
  Value2: unknown;
  Formula: unknown;
  NumberFormat: unknown;
  Text: unknown;
  Row: number;
  Column: number;
  Rows: { Count: number; Item(i: number): EtRange; Hidden: unknown };
  Columns: { Count: number; AutoFit(): unknown };
  MergeCells: unknown;
  HasFormula: unknown;
  EntireRow: { Hidden: boolean };
  /** Entire rows hidden (true/false; null when mixed). */
  Hidden: unknown;
  MergeArea: EtRange;
  Interior: EtInterior;
  Font: { Bold: boolean };
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  Cells: { Item(row: number, col: number): EtRange };
  Resize(rows: number, cols: number): EtRange;
  Select(): unknown;
  Merge(): unknown;
  UnMerge(): unknown;
  /** The sheet of the range. */
  Worksheet: EtWorksheet;
}

export interface EtWorksheet {
  Name: string;
  /** The sheet is protected (its locked cells cannot be written). */
  ProtectContents?: unknown;
  Delete(): unknown;
  /** -1 visible, 0 hidden, 2 very hidden. */
  Visible: number;
  UsedRange: EtRange;
  Range(a1: string): EtRange;
  Activate(): unknown;
}

export interface EtWorkbook {
  /** The workbook's structure is protected (no sheet can be added). */
  ProtectStructure?: unknown;
  Worksheets: { Count: number; Item(index: number | string): EtWorksheet; Add(before?: unknown, after?: unknown): EtWorksheet };
}

export interface EtApplication {
  ActiveWorkbook: EtWorkbook | null;
  /** Used by the self-test only: a temporary workbook, closed without saving. */
  Workbooks?: { Add(): EtWorkbook & { Close(save?: boolean): unknown } };
  ScreenUpdating: boolean;
  /** The selected cells (a Range when cells are selected). */
  Selection?: EtRange | null;
  DisplayAlerts?: boolean;
}

/** ET constants (lib.et.d.ts): xlNone for "no fill", xlSheetVeryHidden. */
export const XL_NONE = -4142;
export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_VERY_HIDDEN = 2;

/** A member that is a property on some WPS builds and a zero-argument method on others. */
export function member<T>(target: object, name: string): T {
  const v = (target as Record<string, unknown>)[name];
  return (typeof v === "function" ? (v as () => T).call(target) : v) as T;
}

/** "#RRGGBB" → ET's colour number (R + G·256 + B·65536). */
export function bgrOf(hex: string): number {
  const n = parseInt(hex.replace(/^#/, ""), 16);
  return ((n >> 16) & 0xff) + (((n >> 8) & 0xff) << 8) + ((n & 0xff) << 16);
}
