/**
 * styles.xml → what each cell style (an index into cellXfs) does to a number: its format code, and
 * whether that format shows a date (the number is read as a date, as ExcelJS reads it) or hides
 * part of the number (formatShape). Browser-safe.
 */
import { formatShape, type FormatShape } from "../number-format";
import { MAIN_NS, OPEN, CLOSE, XmlScanner } from "./xml";
import { unsupported } from "./unsupported";

export interface CellStyles {
  /** Format code by style index; undefined where the style has none. */
  numFmt: (string | undefined)[];
  /** Style index → the format shows a date. */
  isDate: boolean[];
  /** Style index → the shape of a number format that can hide digits. */
  shape: (FormatShape | undefined)[];
}

/**
 * The built-in formats ExcelJS knows by id (its defaultnumformats table, entries with a format
 * code). Ids 27–36 (East Asian dates) have none there, so ExcelJS reads those cells as plain
 * numbers; the snapshot keeps that.
 */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export const NO_STYLES: CellStyles = { numFmt: [], isDate: [], shape: [] };

export function readStyles(xml: string, maxDepth: number, tooDeep: (d: number) => never): CellStyles {
  const x = new XmlScanner(xml, maxDepth, tooDeep);
  if (!x.root(MAIN_NS) || !x.is("styleSheet")) unsupported("styles root");
  const custom: Record<number, string> = {};
  const xfIds: number[] = [];
  let sawCellXfs = false;
  while (x.depth > 0) {
    const k = x.next();
    if (k === CLOSE) continue;
    if (k !== OPEN) unsupported("styles end");
    if (x.depth !== 2) {
      x.skip();
      continue;
    }
    if (x.is("numFmts")) {
      while (x.next() === OPEN) {
        if (x.is("numFmt")) {
          const code = x.attr("formatCode");
          if (code === undefined) unsupported("numFmt without formatCode");
          custom[parseInt(x.attr("numFmtId") ?? "", 10)] = code.replace(/[\\](.)/g, "$1");
        }
        x.skip();
      }
    } else if (x.is("cellXfs")) {
      sawCellXfs = true;
      while (x.next() === OPEN) {
        if (x.is("xf")) xfIds.push(parseInt(x.attr("numFmtId") ?? "", 10));
        x.skip();
      }
    } else {
      x.skip();
    }
  }
  if (!sawCellXfs) unsupported("styles without cellXfs");
  const out: CellStyles = { numFmt: [], isDate: [], shape: [] };
  for (let i = 0; i < xfIds.length; i++) {
    const id = xfIds[i];
    // ExcelJS: `if (style.numFmtId)`: 0 and NaN mean no format
    const code = id ? custom[id] || BUILT_IN[id] : undefined;
    out.numFmt.push(code || undefined);
    out.isDate.push(isDateFmt(code));
    out.shape.push(code ? formatShape(code) : undefined);
  }
  return out;
}

/** ExcelJS's test for a date format (utils.isDateFmt), which decides whether a number is read as a date. */
export function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(f);
}
