/**
 * .xlsx bytes → WorkbookSnapshot. Browser-safe (no fs): the CLI and a browser page both use it.
 *
 * The fast reader (sml/) reads the file straight into the snapshot, after the limits of
 * sml/limits.ts. What it does not read goes to ExcelJS, below, when the file is small enough for it.
 *
 * ExcelJS parses the package into a plain model (rows of cell models) and then, by default,
 * builds a Worksheet/Row/Cell object for every cell. We take the plain model and skip that
 * second step: about 40% faster and half the peak memory on a million-cell file (see the
 * bench). When the model hand-off is unavailable (another ExcelJS version), the same converter
 * reads `worksheet.model` from a fully loaded workbook instead.
 */
import { excelJS } from "./exceljs-lazy";
import type { CellRange } from "../../model/a1";
import { parseRange } from "../../model/a1";
import { placeInLine, snapshotDateText, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../../model/snapshot";
import { phrase, type MessageKey } from "../../catalog/messages";
import type { NestedMessage } from "../../model/findings";
import { loadError, WorkbookLoadError } from "./errors";
import { ForeignKind, sniffWorkbook } from "./sniff";
import { translateFormula } from "./formula";
import { formatShape, hiddenByFormat } from "./number-format";
import { checkNestingForFallback, readXlsxFast, readXlsxFed, type ReadProgress } from "./sml/read";
import type { PartFeeder } from "./sml/inflate-feed";
import { inflateWithFflate, type Inflate } from "./sml/inflate";
import { DEFAULT_LIMITS, fallbackTooLarge, type ReadLimits } from "./sml/limits";
import { UnsupportedXlsx } from "./sml/unsupported";

export interface XlsxReadOptions {
  /** How parts are inflated: fflate by default (browser-safe); Node passes zlib (sml/inflate-node). */
  inflate?: Inflate;
  limits?: ReadLimits;
  /** Told when the file went to ExcelJS, and why (tests, the bench). */
  onFallback?: (what: string) => void;
  /** A helper thread that inflates a large workbook's sheet parts ahead of the reader (sml/inflate-feed.ts). */
  feeder?: PartFeeder;
}

/** The parts of ExcelJS's worksheet model that we read. */
interface CellModel {
  address?: string;
  type?: number;
  value?: unknown;
  style?: { numFmt?: string };
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
  text?: unknown;
}
interface RowModel {
  number?: number;
  hidden?: boolean;
  cells?: (CellModel | null | undefined)[];
}
interface SheetModel {
  id?: number;
  name?: string;
  state?: string;
  rows?: (RowModel | null | undefined)[] | null;
  /** Range texts; "mergeCells" in the parsed model, "merges" in Worksheet.model. */
  mergeCells?: string[] | null;
  merges?: string[] | null;
}
export interface WorkbookModel {
  worksheets?: SheetModel[];
  sheets?: { id?: number }[];
  /** workbookPr: dates counted from 1904 (old Mac workbooks) rather than 1900. */
  properties?: { date1904?: boolean };
}


export async function snapshotFromXlsx(data: ArrayBuffer | Uint8Array, name: string, options: XlsxReadOptions = {}): Promise<WorkbookSnapshot> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  sniffOrThrow(bytes, name);
  const limits = options.limits ?? DEFAULT_LIMITS;
  const progress: ReadProgress = { totalBytes: -1 };
  const fastOptions = { inflate: options.inflate ?? inflateWithFflate, limits };
  try {
    return options.feeder ? await readXlsxFed(bytes, name, fastOptions, progress, options.feeder) : readXlsxFast(bytes, name, fastOptions, progress);
  } catch (e) {
    if (e instanceof WorkbookLoadError) throw e;
    const what = e instanceof UnsupportedXlsx ? e.what : `${e instanceof Error ? e.name : "error"}`;
    // The limits hold for ExcelJS too: it gets only files whose directory was read and passed them,
    // and only up to its own, lower size limit (it needs about ten times the file's XML in memory).
    if (progress.totalBytes < 0) throw loadError("unreadable", "load.unreadable", { file: name });
    if (progress.totalBytes > limits.fallbackMaxBytes) throw fallbackTooLarge(name, progress.totalBytes, limits, what);
    try {
      checkNestingForFallback(bytes, name, fastOptions, progress.label);
    } catch (err) {
      if (err instanceof WorkbookLoadError) throw err;
      throw loadError("unreadable", "load.unreadable", { file: name });
    }
    options.onFallback?.(what);
    return snapshotWithExcelJS(bytes, name);
  }
}

/** The ExcelJS path alone (the fallback, and the other side of the differential test). */
export async function snapshotWithExcelJS(data: ArrayBuffer | Uint8Array, name: string): Promise<WorkbookSnapshot> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  sniffOrThrow(bytes, name);
  let model: WorkbookModel;
  try {
    model = await parseModel(bytes);
  } catch (e) {
    if (e instanceof WorkbookLoadError) throw e;
    throw loadError("unreadable", "load.unreadable", { file: name });
  }
  const snapshot = snapshotFromModel(model, name);
  if (snapshot.sheets.length === 0) throw loadError("empty", "load.noSheets", { file: name });
  return snapshot;
}

/** What the first bytes say the file is, as a load error when it is no .xlsx. */
function sniffOrThrow(bytes: Uint8Array, name: string): void {
  const sniffed = sniffWorkbook(bytes);
  switch (sniffed.kind) {
    case "empty":
      throw loadError("empty", "load.empty", { file: name });
    case "encrypted":
      throw loadError("encrypted", "load.encrypted", { file: name });
    case "xls":
      throw loadError("legacy-xls", isWpsName(name) ? "load.wpsEt" : "load.legacyXls", { file: name });
    case "truncated":
      throw loadError("unreadable", "load.truncated", { file: name });
    case "other":
      if (sniffed.looksLike === "ole" && isWpsName(name)) throw loadError("legacy-xls", "load.wpsEt", { file: name });
      throw loadError("not-xlsx", "load.notXlsx", { file: name, kind: kindText(sniffed.looksLike) });
    case "xlsx":
      break;
  }
}

/**
 * ExcelJS's plain workbook model. `fullWorkbook` takes the slower public route (a loaded
 * Workbook, then each worksheet's `model`); tests use it to show both routes agree.
 */
export async function parseModel(bytes: Uint8Array, options: { fullWorkbook?: boolean } = {}): Promise<WorkbookModel> {
  const workbook = new (excelJS().Workbook)();
  const xlsx = workbook.xlsx as unknown as { workbook?: unknown; load(data: unknown): Promise<unknown> };
  // ExcelJS 4 ends `xlsx.load` with `this.workbook.model = model`; receive the model there.
  if (!options.fullWorkbook && xlsx.workbook === workbook) {
    let captured: WorkbookModel | undefined;
    xlsx.workbook = {
      set model(m: WorkbookModel) {
        captured = m;
      },
    };
    await xlsx.load(bytes);
    if (captured) return captured;
  }
  const full = new (excelJS().Workbook)();
  await full.xlsx.load(bytes as unknown as ArrayBuffer);
  return {
    worksheets: full.worksheets.map((ws) => ({ ...(ws.model as unknown as SheetModel), name: ws.name, state: ws.state })),
    properties: { date1904: !!(full.properties as { date1904?: boolean }).date1904 },
  };
}

/** Converts ExcelJS's workbook model; exported for tests that feed hand-made models. */
export function snapshotFromModel(model: WorkbookModel, source: string): WorkbookSnapshot {
  const order = new Map<number, number>();
  (model.sheets ?? []).forEach((s, i) => {
    if (typeof s.id === "number") order.set(s.id, i);
  });
  // Worksheet parts come in zip order; the workbook's sheet list gives the tab order.
  const sheets = (model.worksheets ?? []).filter((ws) => typeof ws.name === "string");
  const rank = (ws: SheetModel) => (ws.id !== undefined ? order.get(ws.id) : undefined) ?? Number.MAX_SAFE_INTEGER;
  sheets.sort((a, b) => rank(a) - rank(b));
  const out: SheetSnapshot[] = [];
  const date1904 = !!model.properties?.date1904;
  for (const ws of sheets) {
    out.push(sheetFromModel(ws, date1904));
    ws.rows = null; // let the parsed rows go as soon as they are converted
  }
  return { source, sheets: out };
}

function sheetFromModel(ws: SheetModel, date1904: boolean): SheetSnapshot {
  const VT = excelJS().ValueType;
  const cells: CellValue[][] = [];
  const formulas: Record<string, string> = {};
  let dates: Record<string, number> | undefined;
  let shown: Record<string, string> | undefined;
  const hiddenRows: number[] = [];
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  const sharers: { row: number; col: number; master: string }[] = [];
  let rowCount = 0;
  let colCount = 0;

  for (const row of ws.rows ?? []) {
    if (!row || typeof row.number !== "number") continue;
    const r = row.number - 1;
    if (row.hidden) hiddenRows.push(r);
    let line: CellValue[] | null = null;
    for (const cell of row.cells ?? []) {
      if (!cell || !cell.address) continue;
      const col = columnOfAddress(cell.address);
      if (col < 0) continue;
      let value: CellValue = null;
      let hasFormula = false;
      const parsed = cell.type === VT.Formula ? cell.result : cell.value;
      if (parsed instanceof Date) {
        const serial = excelSerial(parsed, date1904);
        if (serial !== undefined) (dates ??= {})[`${r},${col}`] = serial;
      }
      if (cell.type === VT.Formula) {
        hasFormula = true;
        value = plainValue(cell.result);
        if (cell.formula) {
          formulas[`${r},${col}`] = stripEquals(cell.formula);
          masters.set(cell.address, { formula: stripEquals(cell.formula), row: r, col });
        } else if (cell.sharedFormula) {
          sharers.push({ row: r, col, master: cell.sharedFormula });
        }
      } else {
        value = cellModelValue(cell);
      }
      if (typeof value === "number" && cell.style && cell.style.numFmt) {
        const shape = formatShape(cell.style.numFmt);
        const text = shape ? hiddenByFormat(value, shape) : undefined;
        if (text !== undefined) (shown ??= {})[`${r},${col}`] = text;
      }
      if (value === null && !hasFormula) continue;
      if (!line) line = [];
      placeInLine(line, col, value);
      if (col + 1 > colCount) colCount = col + 1;
    }
    if (line) {
      while (cells.length < r) cells.push([]);
      cells[r] = line;
      if (r + 1 > rowCount) rowCount = r + 1;
    }
  }

  for (const s of sharers) {
    const m = masters.get(s.master);
    if (m) formulas[`${s.row},${s.col}`] = translateFormula(m.formula, s.row - m.row, s.col - m.col);
  }

  const merges: CellRange[] = [];
  for (const text of ws.mergeCells ?? ws.merges ?? []) {
    const range = typeof text === "string" ? parseRange(text) : null;
    if (!range) continue;
    merges.push(range);
    if (range.bottom + 1 > rowCount) rowCount = range.bottom + 1;
    if (range.right + 1 > colCount) colCount = range.right + 1;
  }
  while (cells.length < rowCount) cells.push([]);
  hiddenRows.sort((a, b) => a - b);

  return {
    name: ws.name ?? "",
    hidden: ws.state === "hidden" || ws.state === "veryHidden",
    cells,
    formulas,
    ...(dates ? { dates } : {}),
    ...(shown ? { shown } : {}),
    merges,
    hiddenRows,
    rowCount,
    colCount,
  };
}

function cellModelValue(cell: CellModel): CellValue {
  const VT = excelJS().ValueType;
  switch (cell.type) {
    case VT.Number:
    case VT.String:
    case VT.Date:
    case VT.Boolean:
    case VT.Error:
    case VT.RichText:
    case VT.SharedString:
      return plainValue(cell.value);
    case VT.Hyperlink:
      return plainValue(cell.text);
    default:
      return null; // Null and Merge (the covered cells of a merged range)
  }
}

/** Any ExcelJS value (or formula result) as a snapshot value. */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "string":
      return v;
    case "number":
      return Number.isFinite(v) ? v : { error: "#NUM!" };
    case "boolean":
      return v;
    case "object":
      break;
    default:
      return null;
  }
  if (v instanceof Date) return snapshotDateText(v);
  const o = v as { richText?: unknown; error?: unknown; text?: unknown; sharedString?: unknown };
  if (Array.isArray(o.richText)) {
    let s = "";
    for (const run of o.richText) if (run && typeof run.text === "string") s += run.text;
    return s;
  }
  if (typeof o.error === "string") return { error: o.error };
  if (o.text !== undefined) return plainValue(o.text);
  return null;
}


/**
 * The number behind a date ExcelJS made of a date-formatted cell: the inverse of its conversion
 * (days since 1899-12-30, or 1904-01-01), rounded to a millionth of a day to undo the millisecond rounding.
 */
function excelSerial(d: Date, date1904: boolean): number | undefined {
  const time = d.getTime();
  if (!Number.isFinite(time)) return undefined;
  const serial = 25569 + time / 86400000 - (date1904 ? 1462 : 0);
  return Math.round(serial * 1e6) / 1e6;
}

function stripEquals(formula: string): string {
  return formula.charCodeAt(0) === 61 ? formula.slice(1) : formula;
}

/** Column index of an address like "AB12" (0-based), -1 when it is not one. */
function columnOfAddress(address: string): number {
  let n = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else if (c !== 36) break; // "$"
  }
  return i === 0 || n === 0 ? -1 : n - 1;
}

/** WPS Spreadsheets' own formats (.et, template .ett): Office 97-2003-style containers. */
function isWpsName(name: string): boolean {
  return /\.ett?$/i.test(name);
}

function kindText(kind: ForeignKind): NestedMessage {
  return phrase(`load.kind.${kind}` as MessageKey);
}
