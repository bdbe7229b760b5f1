/**
 * One worksheet part → its SheetSnapshot, written as the cells are scanned (no object per cell).
 * What a cell becomes follows the ExcelJS path exactly (xlsx-snapshot.ts reading ExcelJS's model),
 * so that both readers give the same snapshot; where ExcelJS would break or misread a cell, the
 * reader says "unsupported" and the caller falls back. Browser-safe.
 */
import type { CellRange } from "../../../model/a1";
import { parseRange } from "../../../model/a1";
import { snapshotDateText, type CellValue, type SheetSnapshot } from "../../../model/snapshot";
import { loadError } from "../errors";
import { translateFormula } from "../formula";
import { hiddenByFormat } from "../number-format";
import type { ReadLimits } from "./limits";
import type { CellStyles } from "./styles";
import { readRun } from "./strings";
import { CLOSE, exceljsXmlDecode, MAIN_NS, MAX_ATTRS, OPEN, textValue, XmlScanner } from "./xml";
import { unsupported } from "./unsupported";

export interface SheetContext {
  file: string;
  name: string;
  hidden: boolean;
  /** Shared strings, or null when the package has none. */
  sst: (string | null)[] | null;
  styles: CellStyles;
  date1904: boolean;
  limits: ReadLimits;
  /** Cells and rows read so far in the workbook (the limits count all sheets together). */
  counts: { cells: number; rows: number };
  /** Whether the sheet's relationships hold this id (hyperlinks name their target by it). */
  hasRelationship: (id: string) => boolean;
  tooDeep: (depth: number) => never;
}

export function readSheet(xml: string, ctx: SheetContext): SheetSnapshot {
  const x = new XmlScanner(xml, ctx.limits.maxDepth, ctx.tooDeep);
  if (!x.root(MAIN_NS) || !x.is("worksheet")) unsupported("worksheet root");
  const linked = hyperlinkedCells(xml, x.prefix, ctx);
  const out: SheetSnapshot = {
    name: ctx.name,
    hidden: ctx.hidden,
    cells: [],
    formulas: {},
    merges: [],
    hiddenRows: [],
    rowCount: 0,
    colCount: 0,
  };
  const mergeTexts: string[] = [];
  while (x.depth > 0) {
    const k = x.next();
    if (k === CLOSE) continue;
    if (k !== OPEN) unsupported("worksheet end");
    if (x.depth !== 2) {
      x.skip();
      continue;
    }
    if (x.is("sheetData")) readSheetData(x, out, ctx, linked);
    else if (x.is("dimension")) {
      checkDimension(x.attr("ref"), ctx);
      x.skip();
    } else if (x.is("mergeCells")) {
      while (x.next() === OPEN) {
        if (x.is("mergeCell")) {
          const ref = x.attr("ref");
          if (ref !== undefined) mergeTexts.push(ref);
        }
        x.skip();
      }
    } else x.skip();
  }
  finishMerges(out, mergeTexts, ctx);
  // The ExcelJS path's key order, so that both snapshots also compare equal as JSON text.
  return {
    name: out.name,
    hidden: out.hidden,
    cells: out.cells,
    formulas: out.formulas,
    ...(out.dates ? { dates: out.dates } : {}),
    ...(out.shown ? { shown: out.shown } : {}),
    merges: out.merges,
    hiddenRows: out.hiddenRows,
    rowCount: out.rowCount,
    colCount: out.colCount,
  };
}

function checkDimension(ref: string | undefined, ctx: SheetContext): void {
  const range = ref ? parseRange(ref) : null;
  if (!range) return;
  const cells = (range.bottom - range.top + 1) * (range.right - range.left + 1);
  if (cells > ctx.limits.maxDeclaredCells) {
    throw loadError("unreadable", "load.limit.dimension", { file: ctx.file, sheet: ctx.name, range: ref!, cells, limit: ctx.limits.maxDeclaredCells });
  }
}

/**
 * Cells that carry an external hyperlink (<hyperlink ref r:id>, after the cell data). ExcelJS turns
 * them into hyperlink cells: the value is kept, the formula and the date behind it are not.
 */
function hyperlinkedCells(xml: string, prefix: string, ctx: SheetContext): Set<string> | null {
  const end = xml.lastIndexOf(`</${prefix}sheetData`);
  const from = end < 0 ? 0 : end;
  if (xml.indexOf(`<${prefix}hyperlink `, from) < 0) return null;
  const tail = new XmlScanner(xml, ctx.limits.maxDepth, ctx.tooDeep);
  tail.prefix = prefix;
  tail.pos = xml.indexOf(">", from) + 1;
  tail.depth = 1;
  let set: Set<string> | null = null;
  while (tail.depth > 0) {
    const k = tail.next();
    if (k === 0) break;
    if (k !== OPEN) continue;
    if (tail.is("hyperlink")) {
      const ref = tail.attr("ref");
      const id = tail.attr("r:id"); // ExcelJS reads this attribute name only
      if (id) {
        if (!ctx.hasRelationship(id)) unsupported("hyperlink without its relationship");
        if (ref !== undefined) (set ??= new Set()).add(ref);
      }
    }
  }
  return set;
}

interface Master {
  formula: string;
  row: number;
  col: number;
}

function readSheetData(x: XmlScanner, out: SheetSnapshot, ctx: SheetContext, linked: Set<string> | null): void {
  const s = x.s;
  const { styles, sst, limits, counts } = ctx;
  const cells = out.cells;
  const formulas = out.formulas;
  let dates: Record<string, number> | undefined;
  let shown: Record<string, string> | undefined;
  const hiddenRows = out.hiddenRows;
  const masters = new Map<string, Master>();
  // Each row is gathered in this buffer and kept as a copy of exactly its length: an array grown
  // cell by cell has room for 17 or more values (most rows hold 5–13), and the snapshot lives
  // through the whole check (the bench's county workbook: 46 → 31 MB of heap, 21 MB less RSS).
  const line: CellValue[] = [];
  /** Shared formula id → the address of the cell that defines it (ExcelJS's `formulae`). */
  const sharedAt: Record<string, string | undefined> = {};
  const sharers: { row: number; col: number; master: string | undefined }[] = [];
  let rowCount = 0;
  let colCount = 0;
  const rowsBefore = counts.rows;

  if (x.selfClosing) {
    x.next();
    return;
  }
  // Cells as most writers put them (<c r s t/>, or <c r s t><v>…</v></c>) are read by scanPlainCell;
  // the scanner reads the rest. Its <v> lies two levels below the row (the depth limit still holds).
  const fast = x.prefix === "" && x.depth + 3 <= x.maxDepth;
  for (;;) {
    let rowNumber: number;
    let rowHidden: boolean;
    const rowEnd = fast ? scanPlainRow(s, x.pos, plainRow) : -1;
    if (rowEnd >= 0) {
      // The scanner continues after the start tag as if it had read it.
      x.pos = rowEnd;
      x.kind = OPEN;
      x.selfClosing = plainRow.selfClosing;
      x.attrCount = 0;
      x.depth += 1;
      rowNumber = plainRow.number;
      rowHidden = plainRow.hidden;
    } else {
      if (x.next() !== OPEN) break;
      if (!x.is("row")) unsupported("sheetData child");
      const rAt = x.attrIndex("r");
      if (rAt < 0) unsupported("row without a number");
      rowNumber = parseInt(s.slice(x.valueStart(rAt), x.valueEnd(rAt)), 10);
      const hiddenAttr = x.attr("hidden");
      rowHidden = hiddenAttr === "1" || hiddenAttr === "true";
    }
    if (!(rowNumber >= 1)) unsupported("row number");
    const r = rowNumber - 1;
    if (rowHidden) hiddenRows.push(r);
    if (rowsBefore + rowNumber > limits.maxRows) {
      throw loadError("unreadable", "load.limit.rows", { file: ctx.file, sheet: ctx.name, row: rowNumber, limit: limits.maxRows });
    }
    if (x.selfClosing) {
      x.next();
      continue;
    }
    /** Values placed in `line` for this row (0: the row holds nothing). */
    let width = 0;
    for (;;) {
      let col: number;
      let style: number;
      let type: number;
      let refStart: number;
      let refEnd: number;
      let text: string | undefined;
      /** The value of a plain cell's number or shared-string index, read in place (NaN when not). */
      let inPlace = NaN;
      let rich: string | undefined;
      let formula: string | undefined;
      let fType: string | undefined;
      let fRef: string | undefined;
      let fSi: string | undefined;
      const plainEnd = fast ? scanPlainCell(s, x.pos, plainCell) : -1;
      if (plainEnd >= 0) {
        // A plain cell, read in place; the scanner continues after its end tag as if it had read it.
        x.pos = plainEnd;
        x.kind = CLOSE;
        refStart = plainCell.refStart;
        refEnd = plainCell.refEnd;
        col = columnOf(s, refStart, refEnd);
        if (col < 0) unsupported("cell reference");
        style = plainCell.styleStart >= 0 ? styleId(s, plainCell.styleStart, plainCell.styleEnd) : 0;
        type = plainCell.typeStart < 0 ? T_NONE : typeCode(s, plainCell.typeStart, plainCell.typeEnd);
        const vs = plainCell.valueStart;
        if (vs < 0) continue; // no value, no formula: nothing in the snapshot
        const ve = plainCell.valueEnd;
        if (type === T_SHARED) inPlace = digitsAt(s, vs, ve);
        else if (type === T_NONE || type === T_OTHER) inPlace = plainNumberAt(s, vs, ve);
        if (inPlace !== inPlace) {
          const v = textValue(s.slice(vs, ve));
          if (v) text = v;
        }
      } else {
        if (x.next() !== OPEN) break;
        if (!x.is("c")) unsupported("row child");
        const refAt = x.attrIndex("r");
        if (refAt < 0) unsupported("cell without a reference");
        col = columnOf(s, x.valueStart(refAt), x.valueEnd(refAt));
        if (col < 0) unsupported("cell reference");
        const styleAt = x.attrIndex("s");
        // ExcelJS: a style id of 0 (or none) means no style
        style = styleAt >= 0 ? parseInt(s.slice(x.valueStart(styleAt), x.valueEnd(styleAt)), 10) || 0 : 0;
        const typeAt = x.attrIndex("t");
        type = typeAt < 0 ? T_NONE : typeCode(s, x.valueStart(typeAt), x.valueEnd(typeAt));
        refStart = x.valueStart(refAt);
        refEnd = x.valueEnd(refAt);
        if (x.selfClosing) {
          x.next();
          continue; // no value, no formula: nothing in the snapshot
        }
        while (x.next() === OPEN) {
          if (x.is("v") || x.is("t")) {
            const v = x.text();
            if (v && rich === undefined) text = text === undefined ? v : text + v;
          } else if (x.is("f")) {
            fType = x.attr("t");
            fRef = x.attr("ref");
            fSi = x.attr("si");
            const f = x.text();
            if (f) formula = formula === undefined ? f : formula + f;
          } else if (x.is("is")) {
            if (x.selfClosing) {
              x.next();
              continue;
            }
            while (x.next() === OPEN) {
              if (x.is("t")) {
                const v = x.text();
                if (v && rich === undefined) text = text === undefined ? v : text + v;
              } else if (x.is("r")) {
                if (text !== undefined) unsupported("rich runs after text");
                rich = (rich ?? "") + readRun(x);
              } else unsupported("inline string child");
            }
          } else if (x.is("r")) {
            if (text !== undefined) unsupported("rich runs after text");
            rich = (rich ?? "") + readRun(x);
          } else unsupported("cell child");
        }
      }
      if (rich !== undefined && (type !== T_INLINE || formula !== undefined || fType)) unsupported("rich text in a cell that is not an inline string");

      const isDate = style > 0 && styles.isDate[style] === true;
      const isLinked = linked !== null && linked.has(s.slice(refStart, refEnd));
      let value: CellValue = null;
      let serial: number | undefined;
      let hasFormula = false;
      if (formula !== undefined || fType) {
        let result: string | number | boolean | { error: string } | undefined;
        if (text !== undefined) {
          if (type === T_STR) result = exceljsXmlDecode(text);
          else if (type === T_BOOL) result = parseInt(text, 10) !== 0;
          else if (type === T_ERROR) result = { error: text };
          else result = parseFloat(text);
        }
        if (fType === "shared") {
          if (fRef) sharedAt[fSi as string] = s.slice(refStart, refEnd);
          else if (formula === undefined && !isLinked) sharers.push({ row: r, col, master: sharedAt[fSi as string] });
        }
        if (result !== undefined && isDate) {
          const d = excelToDate(result, ctx.date1904);
          value = snapshotDateText(d);
          if (!isLinked) serial = excelSerial(d, ctx.date1904);
        } else value = plain(result);
        if (!isLinked) {
          hasFormula = true;
          if (formula !== undefined) {
            const f = formula.charCodeAt(0) === 61 ? formula.slice(1) : formula;
            formulas[`${r},${col}`] = f;
            masters.set(s.slice(refStart, refEnd), { formula: f, row: r, col });
          }
        }
      } else if (rich !== undefined) {
        value = rich;
      } else if (text !== undefined || inPlace === inPlace) {
        switch (type) {
          case T_SHARED: {
            if (!sst) unsupported("shared string without a shared-string table");
            const index = inPlace === inPlace ? inPlace : parseInt(text as string, 10);
            if (!(index >= 0 && index < sst.length)) unsupported("shared string index");
            value = sst[index];
            break;
          }
          // (a number or index read in place is of the type above or the default below)
          case T_STR:
            value = exceljsXmlDecode(text as string);
            break;
          case T_INLINE:
            value = text as string;
            break;
          case T_BOOL:
            value = parseInt(text as string, 10) !== 0;
            break;
          case T_ERROR:
            value = { error: text as string };
            break;
          case T_DATE:
            unsupported("ISO date cell");
            break;
          default: {
            const n = inPlace === inPlace ? inPlace : parseFloat(text as string);
            if (isDate) {
              const d = excelToDate(n, ctx.date1904);
              value = snapshotDateText(d);
              if (!isLinked) serial = excelSerial(d, ctx.date1904);
            } else value = Number.isFinite(n) ? n : { error: "#NUM!" };
          }
        }
      }
      if (serial !== undefined) (dates ??= {})[`${r},${col}`] = serial;
      if (typeof value === "number" && style > 0) {
        const shape = styles.shape[style];
        const shownText = shape ? hiddenByFormat(value, shape) : undefined;
        if (shownText !== undefined) (shown ??= {})[`${r},${col}`] = shownText;
      }
      if (value === null && !hasFormula) continue;
      // placeInLine's rule (a cell written twice keeps its later value), in the reused row buffer
      if (col >= width) {
        while (width < col) line[width++] = null;
        line[width++] = value;
      } else line[col] = value;
      if (col + 1 > colCount) colCount = col + 1;
      counts.cells += 1;
      if (counts.cells > limits.maxCells) {
        throw loadError("unreadable", "load.limit.cells", { file: ctx.file, sheet: ctx.name, limit: limits.maxCells });
      }
    }
    if (width > 0) {
      while (cells.length < r) cells.push([]);
      cells[r] = line.slice(0, width);
      if (r + 1 > rowCount) rowCount = r + 1;
    }
  }

  for (const sh of sharers) {
    const m = sh.master === undefined ? undefined : masters.get(sh.master);
    if (m) formulas[`${sh.row},${sh.col}`] = translateFormula(m.formula, sh.row - m.row, sh.col - m.col);
  }
  if (dates) out.dates = dates;
  if (shown) out.shown = shown;
  out.rowCount = rowCount;
  out.colCount = colCount;
}

function finishMerges(out: SheetSnapshot, texts: string[], ctx: SheetContext): void {
  const merges: CellRange[] = out.merges;
  for (const text of texts) {
    const range = parseRange(text);
    if (!range) continue;
    merges.push(range);
    if (range.bottom + 1 > out.rowCount) out.rowCount = range.bottom + 1;
    if (range.right + 1 > out.colCount) out.colCount = range.right + 1;
  }
  if (ctx.counts.rows + out.rowCount > ctx.limits.maxRows) {
    throw loadError("unreadable", "load.limit.rows", { file: ctx.file, sheet: ctx.name, row: out.rowCount, limit: ctx.limits.maxRows });
  }
  ctx.counts.rows += out.rowCount;
  while (out.cells.length < out.rowCount) out.cells.push([]);
  out.hiddenRows.sort((a, b) => a - b);
}

/** Cell types (the t attribute), read in place. Any other is read as a number, as ExcelJS does. */
const T_NONE = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;
const T_OTHER = 7;

function typeCode(s: string, start: number, end: number): number {
  const len = end - start;
  const c = s.charCodeAt(start);
  if (len === 1) {
    if (c === 115) return T_SHARED; // s
    if (c === 98) return T_BOOL; // b
    if (c === 101) return T_ERROR; // e
    if (c === 100) return T_DATE; // d
    return T_OTHER;
  }
  if (len === 3 && s.startsWith("str", start)) return T_STR;
  if (len === 9 && s.startsWith("inlineStr", start)) return T_INLINE;
  return T_OTHER;
}

/** A formula result or cell value as the snapshot holds it (ExcelJS path's plainValue). */
function plain(v: string | number | boolean | { error: string } | undefined): CellValue {
  if (v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : { error: "#NUM!" };
  return v;
}

/** ExcelJS's excelToDate, with JavaScript's coercion of what it is given (a text result, true). */
function excelToDate(v: string | number | boolean | { error: string }, date1904: boolean): Date {
  const n = typeof v === "number" ? v : typeof v === "string" ? Number(v) : typeof v === "boolean" ? (v ? 1 : 0) : NaN;
  return new Date(Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** The serial behind a date cell, as the ExcelJS path recovers it from the Date (xlsx-snapshot.ts). */
function excelSerial(d: Date, date1904: boolean): number | undefined {
  const time = d.getTime();
  if (!Number.isFinite(time)) return undefined;
  const serial = 25569 + time / 86400000 - (date1904 ? 1462 : 0);
  return Math.round(serial * 1e6) / 1e6;
}

/** 0-based column of a reference like "AB12" written in s[start, end); -1 when it is not one. */
function columnOf(s: string, start: number, end: number): number {
  let n = 0;
  let i = start;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else if (c !== 36) break;
  }
  return i === start || n === 0 ? -1 : n - 1;
}

/** Where scanPlainCell found a cell's attributes and value (offsets into the part; -1 when absent). */
interface PlainCell {
  refStart: number;
  refEnd: number;
  styleStart: number;
  styleEnd: number;
  typeStart: number;
  typeEnd: number;
  valueStart: number;
  valueEnd: number;
}

const plainCell: PlainCell = { refStart: -1, refEnd: -1, styleStart: -1, styleEnd: -1, typeStart: -1, typeEnd: -1, valueStart: -1, valueEnd: -1 };

/**
 * The next element from `pos` when it is a plain cell: <c> with a reference, attributes written
 * name="value", and no content, or only <v>text</v> (no CDATA, comment or other child). Returns
 * the offset after its end tag, its parts in `out`; -1 for anything else (the scanner reads it, and
 * says what is wrong with it). Reads what XmlScanner.next would, without an object per tag.
 */
function scanPlainCell(s: string, pos: number, out: PlainCell): number {
  const lt = s.indexOf("<", pos);
  if (lt < 0 || s.charCodeAt(lt + 1) !== 99 /* c */) return -1;
  const n = s.length;
  let i = lt + 2;
  let c = s.charCodeAt(i);
  if (!(c === 62 || c === 47 || isSpace(c))) return -1;
  out.refStart = out.styleStart = out.typeStart = out.valueStart = -1;
  let count = 0;
  for (;;) {
    while (isSpace(c)) c = s.charCodeAt(++i);
    if (c === 62 /* > */) {
      i += 1;
      break;
    }
    if (c === 47 /* / */) {
      if (s.charCodeAt(i + 1) !== 62 || out.refStart < 0) return -1;
      return i + 2;
    }
    const nameStart = i;
    while (i < n && c !== 61 && c !== 62 && c !== 47 && !isSpace(c)) c = s.charCodeAt(++i);
    if (c !== 61 /* = */ || i === nameStart) return -1;
    const q = s.charCodeAt(i + 1);
    if (q !== 34 && q !== 39) return -1;
    const valueStart = i + 2;
    let valueEnd = valueStart;
    while (valueEnd < n && s.charCodeAt(valueEnd) !== q) valueEnd += 1;
    if (valueEnd >= n || ++count > MAX_ATTRS) return -1;
    if (i - nameStart === 1) {
      // the first of a repeated name counts, as in XmlScanner.attrIndex
      const a = s.charCodeAt(nameStart);
      if (a === 114 /* r */) {
        if (out.refStart < 0) {
          out.refStart = valueStart;
          out.refEnd = valueEnd;
        }
      } else if (a === 115 /* s */) {
        if (out.styleStart < 0) {
          out.styleStart = valueStart;
          out.styleEnd = valueEnd;
        }
      } else if (a === 116 /* t */) {
        if (out.typeStart < 0) {
          out.typeStart = valueStart;
          out.typeEnd = valueEnd;
        }
      }
    }
    i = valueEnd + 1;
    c = s.charCodeAt(i);
  }
  if (out.refStart < 0) return -1;
  const child = s.indexOf("<", i);
  if (child < 0) return -1;
  if (s.charCodeAt(child + 1) === 47) return endsCell(s, child); // <c …></c>
  if (s.charCodeAt(child + 1) !== 118 /* v */ || s.charCodeAt(child + 2) !== 62) return -1;
  const valueEnd = s.indexOf("<", child + 3);
  if (valueEnd < 0 || s.charCodeAt(valueEnd + 1) !== 47 || s.charCodeAt(valueEnd + 2) !== 118 || s.charCodeAt(valueEnd + 3) !== 62) return -1;
  const end = endsCell(s, s.indexOf("<", valueEnd + 4));
  if (end < 0) return -1;
  if (valueEnd > child + 3) {
    out.valueStart = child + 3;
    out.valueEnd = valueEnd;
  }
  return end;
}

/** The offset after "</c>" at `lt`, or -1 when no such end tag is there. */
function endsCell(s: string, lt: number): number {
  if (lt < 0 || s.charCodeAt(lt + 1) !== 47 || s.charCodeAt(lt + 2) !== 99 || s.charCodeAt(lt + 3) !== 62) return -1;
  return lt + 4;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** A style id as `parseInt(text, 10) || 0` reads it, digits read in place. */
function styleId(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9 || i - start >= 15) return parseInt(s.slice(start, end), 10) || 0;
    n = n * 10 + d;
  }
  return n; // "" gives 0, as parseInt's NaN || 0 does
}

/** Where scanPlainRow found a row's number and whether it is hidden. */
interface PlainRow {
  number: number;
  hidden: boolean;
  selfClosing: boolean;
}

const plainRow: PlainRow = { number: 0, hidden: false, selfClosing: false };

/**
 * The next element from `pos` when it is a <row> start tag whose attributes are written
 * name="value" and whose r and hidden need no decoding: the offset after the tag, its number
 * (as parseInt reads r) and hidden state in `out`; -1 for anything else (the scanner reads it).
 */
function scanPlainRow(s: string, pos: number, out: PlainRow): number {
  const lt = s.indexOf("<", pos);
  if (lt < 0 || s.charCodeAt(lt + 1) !== 114 /* r */ || s.charCodeAt(lt + 2) !== 111 /* o */ || s.charCodeAt(lt + 3) !== 119 /* w */) return -1;
  const n = s.length;
  let i = lt + 4;
  let c = s.charCodeAt(i);
  if (!(c === 62 || c === 47 || isSpace(c))) return -1;
  let rStart = -1;
  let rEnd = -1;
  let hiddenSeen = false;
  let hidden = false;
  let count = 0;
  for (;;) {
    while (isSpace(c)) c = s.charCodeAt(++i);
    if (c === 62 /* > */) {
      out.selfClosing = false;
      i += 1;
      break;
    }
    if (c === 47 /* / */) {
      if (s.charCodeAt(i + 1) !== 62) return -1;
      out.selfClosing = true;
      i += 2;
      break;
    }
    const nameStart = i;
    while (i < n && c !== 61 && c !== 62 && c !== 47 && !isSpace(c)) c = s.charCodeAt(++i);
    if (c !== 61 /* = */ || i === nameStart) return -1;
    const q = s.charCodeAt(i + 1);
    if (q !== 34 && q !== 39) return -1;
    const valueStart = i + 2;
    let valueEnd = valueStart;
    while (valueEnd < n && s.charCodeAt(valueEnd) !== q) valueEnd += 1;
    if (valueEnd >= n || ++count > MAX_ATTRS) return -1;
    const nameLength = i - nameStart;
    if (nameLength === 1 && s.charCodeAt(nameStart) === 114 /* r */) {
      if (rStart < 0) {
        rStart = valueStart;
        rEnd = valueEnd;
      }
    } else if (nameLength === 6 && !hiddenSeen && s.startsWith("hidden", nameStart)) {
      hiddenSeen = true;
      // XmlScanner.attr would decode an entity or normalise white space: leave those to it
      for (let k = valueStart; k < valueEnd; k++) {
        const d = s.charCodeAt(k);
        if (d === 38 || d === 9 || d === 10 || d === 13) return -1;
      }
      const length = valueEnd - valueStart;
      hidden = (length === 1 && s.charCodeAt(valueStart) === 49) || (length === 4 && s.startsWith("true", valueStart));
    }
    i = valueEnd + 1;
    c = s.charCodeAt(i);
  }
  if (rStart < 0) return -1;
  const number = digitsAt(s, rStart, rEnd);
  out.number = number === number ? number : parseInt(s.slice(rStart, rEnd), 10);
  out.hidden = hidden;
  return i;
}

/** s[start, end) as a whole number when it is 1–9 ASCII digits; NaN otherwise. */
function digitsAt(s: string, start: number, end: number): number {
  if (end <= start || end - start > 9) return NaN;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** Exact powers of ten as doubles (10^22 is the largest). */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * s[start, end) as parseFloat reads it, when it is written [-]digits[.digits] with at most 15
 * digits; NaN otherwise. Such a number is a whole number below 2^53 divided by an exact power of
 * ten, and one correctly rounded division gives the correctly rounded result parseFloat gives.
 */
function plainNumberAt(s: string, start: number, end: number): number {
  let i = start;
  const negative = s.charCodeAt(i) === 45; // -
  if (negative) i += 1;
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 /* . */) {
      if (decimals >= 0) return NaN;
      decimals = 0;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return NaN;
    mantissa = mantissa * 10 + d;
    digits += 1;
    if (decimals >= 0) decimals += 1;
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = decimals > 0 ? mantissa / POW10[decimals] : mantissa;
  return negative ? -value : value;
}
