/**
 * Which files of a folder are spreadsheets to check. Formats the checker cannot read (.xls, WPS's
 * .et, .xlsb, .ods) count too, so that each gets its "save it as .xlsx" message instead of a
 * submission being skipped without a word. Excel's lock files ("~$表.xlsx", present while a
 * workbook is open) and hidden files are left out.
 */
const SPREADSHEET_EXTENSION = /\.(xlsx|xlsm|xls|et|ett|xlsb|ods)$/i;

export function isSpreadsheetName(name: string): boolean {
  return SPREADSHEET_EXTENSION.test(name) && !name.startsWith("~$") && !name.startsWith(".");
}

/** A file name's stem: "送审/县医保局.xlsx" → "县医保局". */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Natural order, as a file manager lists them: "2" before "10". */
export const byNaturalOrder = (a: string, b: string): number => a.localeCompare(b, "zh-CN", { numeric: true });
