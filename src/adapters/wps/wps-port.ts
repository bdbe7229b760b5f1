/**
 * The task pane's host port for WPS 表格 (ET JS API: synchronous calls on `Application`).
 *
 * Reading costs a few calls per sheet (the used range's Value2 and Formula once each) plus calls
 * for what the arrays do not say: number formats when a sheet mixes them (numeric cells only),
 * merged areas (text cells only: headers and titles, where merges matter), hidden rows when some
 * are hidden, and the text of cells whose value looks like an error code.
 *
 * Highlights and explanations are kept in the workbook, in the very hidden state sheet that Excel
 * and the file tools share (model/workbook-state.ts; WPS's PluginStorage is not saved with the
 * file), so "清除高亮" and the explanations survive reopening and travel between hosts.
 */
import { columnLetters, parseA1, parseRange, qualifiedA1 } from "../../model/a1";
import type { WorkbookSnapshot } from "../../model/snapshot";
import { isErrorCode } from "../../model/values";
import { MessageError, t } from "../../catalog/messages";
import type { HostPort } from "../../model/host-port";
import { cellFormat, planArea, shiftedMerges, TO_FILL_COLOR, type WritePlan } from "../../model/write-plan";
import { mostSevereByCell } from "../../present/highlights";
import { severityFillHex } from "../../present/report-sheet";
import { append, RangeData, sheetFromRangeData } from "../excel/sheet-data";
import { freeSheetName } from "../../model/sheet-names";
import { emptyState, hexOfBgr, parseState, STATE_KEYS, STATE_SHEET, STATE_WIDTH, stateRows, StateTooLargeError, WorkbookState } from "../../model/workbook-state";
import { bgrOf, EtApplication, EtRange, EtWorkbook, EtWorksheet, member, XL_NONE, XL_SHEET_VERY_HIDDEN, XL_SHEET_VISIBLE } from "./et-model";

export { STATE_SHEET } from "../../model/workbook-state";
/** Interior.Pattern of a plain fill (xlSolid). */
const XL_SOLID = 1;

/** COM error codes (CVErr) as a Value2 may carry them: #NULL!, #DIV/0!, #VALUE!, #REF!, #NAME?, #NUM!, #N/A. */
const COM_ERRORS = new Set([-2146826288, -2146826281, -2146826273, -2146826265, -2146826259, -2146826252, -2146826246]);

export function createWpsPort(app: () => EtApplication): HostPort {
  const book = (): EtWorkbook => {
    const wb = member<EtWorkbook | null>(app(), "ActiveWorkbook");
    if (!wb) throw new MessageError("pane.noWorkbook");
    return wb;
  };
  /** Bulk writes without repainting; restored whatever happens. */
  const quietly = <T>(work: () => T): T => {
    const a = app();
    const before = a.ScreenUpdating;
    a.ScreenUpdating = false;
    try {
      return work();
    } finally {
      a.ScreenUpdating = before;
    }
  };
  /** One sheet per plan, all or none: a failure deletes the sheets already added. */
  const writeSheets = async (plans: readonly WritePlan[]): Promise<string[]> => {
    const wb = book();
    if (!plans.length) return [];
    if (member<unknown>(wb, "ProtectStructure") === true) throw new MessageError("pane.workbookProtected");
    return quietly(() => undoable((undo) => {
      const sheets = member<EtWorkbook["Worksheets"]>(wb, "Worksheets");
      const taken = new Set(worksheets(wb).map((ws) => member<string>(ws, "Name")));
      const added = plans.map((plan) => {
        const name = freeSheetName(plan.name, taken);
        taken.add(name);
        const ws = appendSheet(sheets);
        undo(() => deleteSheet(app(), ws));
        ws.Name = name;
        writePlanInto(ws, plan);
        return { name, ws };
      });
      added[0].ws.Activate();
      return added.map((x) => x.name);
    }));
  };

  return {
    async readWorkbook(onProgress) {
      const wb = book();
      const sheets = worksheets(wb).filter((ws) => member<string>(ws, "Name") !== STATE_SHEET);
      const data: RangeData[] = [];
      for (let i = 0; i < sheets.length; i++) {
        data.push(readSheet(sheets[i]));
        onProgress?.((i + 1) / sheets.length);
        // The calls are synchronous: let the pane paint its progress between sheets.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return { source: t("pane.thisWorkbook", {}, "zh-CN"), sheets: data.map(sheetFromRangeData) } satisfies WorkbookSnapshot;
    },

    async selectCell(sheet, cell) {
      const ws = member<EtWorkbook["Worksheets"]>(book(), "Worksheets").Item(sheet);
      ws.Activate();
      ws.Range(cell || "A1").Select();
    },

    async highlight(marks) {
      const wb = book();
      const state = loadState(wb);
      const saved = state.savedFills;
      const marked = mostSevereByCell(marks);
      const sheets = member<EtWorkbook["Worksheets"]>(wb, "Worksheets");
      assertWritable(sheets, marked.map((m) => m.sheet));
      quietly(() => undoable((undo) => {
        for (const m of marked) {
          const interior = sheets.Item(m.sheet).Range(m.cell).Interior;
          const before = { color: Number(interior.Color), pattern: Number(interior.Pattern) };
          const mark = severityFillHex(m.severity);
          const entry = saved.find((s) => s.sheet === m.sheet && s.cell === m.cell);
          // A cell highlighted twice keeps the fill it had before the first time.
          if (entry) entry.mark = mark;
          else {
            const pattern = Number(interior.Pattern);
            saved.push({
              sheet: m.sheet,
              cell: m.cell,
              color: pattern === XL_NONE ? null : hexOfBgr(Number(interior.Color)),
              mark,
              ...(pattern !== XL_NONE && pattern !== XL_SOLID ? { pattern } : {}),
            });
          }
          undo(() => putInterior(interior, before));
          interior.Color = bgrOf(mark);
        }
        saveState(wb, state, undo, app());
      }));
      return marked.length;
    },

    async clearHighlights() {
      const wb = book();
      const state = loadState(wb);
      const saved = state.savedFills;
      if (!saved.length) return 0;
      const names = new Set(worksheets(wb).map((ws) => member<string>(ws, "Name")));
      let restored = 0;
      const sheets = member<EtWorkbook["Worksheets"]>(wb, "Worksheets");
      assertWritable(sheets, saved.filter((s) => names.has(s.sheet)).map((s) => s.sheet));
      quietly(() => undoable((undo) => {
        for (const s of saved) {
          if (!names.has(s.sheet)) continue; // deleted or renamed since
          const interior = sheets.Item(s.sheet).Range(s.cell).Interior;
          const before = { color: Number(interior.Color), pattern: Number(interior.Pattern) };
          if (Number(interior.Color) !== bgrOf(s.mark) || Number(interior.Pattern) === XL_NONE) continue; // the user's fill now
          // "No fill" is a pattern, not white: restoring white would paint the cell.
          if (s.color === null) interior.Pattern = XL_NONE;
          else {
            interior.Color = bgrOf(s.color);
            interior.Pattern = s.pattern ?? XL_SOLID;
          }
          undo(() => putInterior(interior, before));
          restored += 1;
        }
        saveState(wb, { ...state, savedFills: [] }, undo, app());
      }));
      return restored;
    },

    async writeSheet(plan: WritePlan) {
      return (await writeSheets([plan]))[0];
    },

    writeSheets: (plans) => writeSheets(plans),

    async fillBlankCells(cells) {
      const wb = book();
      const sheets = member<EtWorkbook["Worksheets"]>(wb, "Worksheets");
      assertWritable(sheets, cells.map((c) => c.sheet));
      return quietly(() => undoable((undo) => {
        let written = 0;
        for (const c of cells) {
          const range = sheets.Item(c.sheet).Range(c.cell);
          const value = member<unknown>(range, "Value2");
          const formula = member<unknown>(range, "Formula");
          if ((value !== null && value !== undefined && value !== "") || (typeof formula === "string" && formula !== "")) continue;
          range.Value2 = c.value;
          undo(() => (range.Value2 = null));
          written += 1;
        }
        return written;
      }));
    },

    async readSelection() {
      const selection = member<EtRange | null>(app(), "Selection");
      if (!selection) throw new MessageError("pane.noSelection");
      const sheet = member<string>(member<EtWorksheet>(selection, "Worksheet"), "Name");
      const address = selection.Address(false, false).split(",")[0].replace(/\$/g, "");
      return { sheet, range: parseRange(address) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    },

    async writeAt(sheet, at, plan, confirmed = []) {
      const wb = book();
      const sheets = member<EtWorkbook["Worksheets"]>(wb, "Worksheets");
      return quietly(() => {
        const ws = sheets.Item(sheet);
        const area = planArea(plan, at);
        if (area.bottom < area.top || area.right < area.left) return { written: true, occupied: [] };
        assertWritable(sheets, [sheet]);
        const height = area.bottom - area.top + 1;
        const width = area.right - area.left + 1;
        const range = ws.Range(a1(at.row, at.col)).Resize(height, width);
        const values = matrix(member<unknown>(range, "Value2"), height, width);
        const formulas = matrix(member<unknown>(range, "Formula"), height, width);
        const occupied: string[] = [];
        values.forEach((line, i) =>
          line.forEach((v, j) => {
            const f = formulas[i][j];
            if ((v !== null && v !== undefined && v !== "") || (typeof f === "string" && f.startsWith("="))) occupied.push(a1(at.row + i, at.col + j));
          }),
        );
        const ok = new Set(confirmed);
        if (occupied.some((c) => !ok.has(c))) return { written: false, occupied };
        return undoable((undo) => {
          const formats = formatsOf(ws, at, range, height, width);
          const merges = mergesIn(ws, at, range, height, width);
          undo(() => putBlock(ws, at, range, values, formulas, formats, merges));
          range.NumberFormat = "@";
          plan.rows.forEach((line, r) =>
            line.forEach((v, c) => {
              if (typeof v === "number") ws.Range(a1(at.row + r, at.col + c)).NumberFormat = cellFormat(plan, r, c);
            }),
          );
          range.Value2 = plan.rows;
          for (const r of plan.boldRows) {
            const row = ws.Range(a1(at.row + r, at.col)).Resize(1, width);
            const bold = member<unknown>(row.Font, "Bold");
            // A row that mixes bold and plain is put back cell by cell.
            const cells = bold === true || bold === false ? [] : Array.from({ length: width }, (_, c) => ws.Range(a1(at.row + r, at.col + c)).Font);
            const each = cells.map((font) => member<unknown>(font, "Bold") === true);
            undo(() => (cells.length ? cells.forEach((font, c) => (font.Bold = each[c])) : (row.Font.Bold = bold === true)));
            row.Font.Bold = true;
          }
          for (const m of shiftedMerges(plan, at)) ws.Range(a1(m.top, m.left)).Resize(m.bottom - m.top + 1, m.right - m.left + 1).Merge();
          for (const cell of plan.highlights ?? []) {
            const p = parseA1(cell);
            if (!p) continue;
            const interior = ws.Range(a1(at.row + p.row, at.col + p.col)).Interior;
            const before = { color: Number(interior.Color), pattern: Number(interior.Pattern) };
            undo(() => putInterior(interior, before));
            interior.Color = bgrOf(TO_FILL_COLOR);
          }
          return { written: true, occupied };
        });
      });
    },

    async loadNotes() {
      return loadState(book()).notes;
    },

    async saveNotes(notes) {
      const wb = book();
      quietly(() => undoable((undo) => saveState(wb, { ...loadState(wb), notes }, undo, app())));
    },
  };
}

/** A plan's cells, formats, merges and highlights, written into a new sheet. */
function writePlanInto(ws: EtWorksheet, plan: WritePlan): void {
  const width = plan.rows[0].length;
  const range = ws.Range("A1").Resize(plan.rows.length, width);
  // Text format first: a message starting with "=" stays text, never a formula.
  range.NumberFormat = "@";
  plan.rows.forEach((line, r) =>
    line.forEach((v, c) => {
      if (typeof v === "number") ws.Range(a1(r, c)).NumberFormat = cellFormat(plan, r, c);
    }),
  );
  range.Value2 = plan.rows;
  for (const r of plan.boldRows) ws.Range(`A${r + 1}`).Resize(1, width).Font.Bold = true;
  for (const m of plan.merges) ws.Range(a1(m.top, m.left)).Resize(m.bottom - m.top + 1, m.right - m.left + 1).Merge();
  for (const cell of plan.highlights ?? []) ws.Range(cell).Interior.Color = bgrOf(TO_FILL_COLOR);
  member<EtRange["Columns"]>(range, "Columns").AutoFit();
}

/** The number formats of a block: one when they are all the same, else each cell's. */
function formatsOf(ws: EtWorksheet, at: { row: number; col: number }, range: EtRange, height: number, width: number): unknown {
  const all = member<unknown>(range, "NumberFormat");
  if (all !== null && all !== undefined) return all;
  const each: unknown[][] = [];
  for (let i = 0; i < height; i++) {
    each.push([]);
    for (let j = 0; j < width; j++) each[i].push(member<unknown>(ws.Range(a1(at.row + i, at.col + j)), "NumberFormat"));
  }
  return each;
}

/** The merged areas a block touches (A1 ranges). */
function mergesIn(ws: EtWorksheet, at: { row: number; col: number }, range: EtRange, height: number, width: number): string[] {
  if (member<unknown>(range, "MergeCells") === false) return [];
  const found = new Set<string>();
  for (let i = 0; i < height; i++)
    for (let j = 0; j < width; j++) {
      const cell = ws.Range(a1(at.row + i, at.col + j));
      if (member<unknown>(cell, "MergeCells") === true) found.add(member<EtRange>(cell, "MergeArea").Address(false, false));
    }
  return [...found];
}

/** Puts a block back as it was read: merges, number formats, then values and formulas. */
function putBlock(ws: EtWorksheet, at: { row: number; col: number }, range: EtRange, values: unknown[][], formulas: unknown[][], formats: unknown, merges: readonly string[]): void {
  range.UnMerge();
  for (const address of merges) ws.Range(address).Merge();
  if (Array.isArray(formats)) (formats as unknown[][]).forEach((line, i) => line.forEach((f, j) => (ws.Range(a1(at.row + i, at.col + j)).NumberFormat = f)));
  else range.NumberFormat = formats;
  range.Value2 = values;
  formulas.forEach((line, i) =>
    line.forEach((f, j) => {
      if (typeof f === "string" && f.startsWith("=")) ws.Range(a1(at.row + i, at.col + j)).Formula = f;
    }),
  );
}

/** Refuses before anything is written when one of the sheets is protected. */
function assertWritable(sheets: EtWorkbook["Worksheets"], names: readonly string[]): void {
  for (const name of new Set(names)) {
    if (member<unknown>(sheets.Item(name), "ProtectContents") === true) throw new MessageError("pane.sheetProtected", { sheet: name });
  }
}

/**
 * Runs a write that records how to take back each step. When a call fails midway, the steps done
 * so far are taken back, newest first, and the error says the workbook was left as it was.
 */
function undoable<T>(work: (undo: (step: () => void) => void) => T): T {
  const steps: (() => void)[] = [];
  try {
    return work((step) => steps.push(step));
  } catch (e) {
    for (const step of steps.reverse()) {
      try {
        step();
      } catch {
        // keep taking back the other steps
      }
    }
    throw new MessageError("pane.writeUndone", { message: e instanceof Error ? e.message : String(e) });
  }
}

function putInterior(interior: EtRange["Interior"], before: { color: number; pattern: number }): void {
  if (before.pattern === XL_NONE) interior.Pattern = XL_NONE;
  else {
    interior.Color = before.color;
    interior.Pattern = before.pattern;
  }
}

/** Deletes a sheet without WPS asking the user to confirm. */
function deleteSheet(a: EtApplication, ws: EtWorksheet): void {
  const alerts = a.DisplayAlerts;
  a.DisplayAlerts = false;
  try {
    ws.Delete();
  } finally {
    a.DisplayAlerts = alerts;
  }
}

/** A new sheet after the last one (Worksheets.Add puts it before the active sheet otherwise). */
function appendSheet(sheets: EtWorkbook["Worksheets"]): EtWorksheet {
  const count = member<number>(sheets, "Count");
  return count ? sheets.Add(undefined, sheets.Item(count)) : sheets.Add();
}

function worksheets(wb: EtWorkbook): EtWorksheet[] {
  const sheets = member<EtWorkbook["Worksheets"]>(wb, "Worksheets");
  const out: EtWorksheet[] = [];
  for (let i = 1; i <= member<number>(sheets, "Count"); i++) out.push(sheets.Item(i));
  return out;
}

/** One sheet: Value2 and Formula read once; formats, merges, hidden rows and errors only where needed. */
function readSheet(ws: EtWorksheet): RangeData {
  const name = member<string>(ws, "Name");
  const hidden = Number(member<number>(ws, "Visible")) !== XL_SHEET_VISIBLE;
  const used = member<EtRange>(ws, "UsedRange");
  const top = member<number>(used, "Row");
  const left = member<number>(used, "Column");
  const rows = member<EtRange["Rows"]>(used, "Rows");
  const colCount = member<number>(member<EtRange["Columns"]>(used, "Columns"), "Count");
  const { values, formulas } = readContents(used, member<number>(rows, "Count"), colCount);
  // Formatted rows below the last value are not part of the table.
  const rowCount = values.length;
  if (!rowCount) return { name, hidden, address: null, values: [] };
  const address = `${qualifiedA1(name, a1(top - 1, left - 1))}:${a1(top + rowCount - 2, left + colCount - 2)}`;
  const cell = (i: number, j: number) => used.Cells.Item(i + 1, j + 1);

  // Errors: a string like "#DIV/0!", or a COM error code confirmed by the cell's text.
  const valueTypes = values.map((line, i) =>
    line.map((v, j) => {
      if (typeof v === "string" && isErrorCode(v)) return "Error";
      if (typeof v === "number" && COM_ERRORS.has(v)) {
        const text = String(member(cell(i, j), "Text"));
        if (text.startsWith("#")) {
          values[i][j] = text;
          return "Error";
        }
      }
      return "";
    }),
  );

  // Number formats: one read when the sheet uses one format; else one per column, over the rows
  // from its first number to its last (an amount column shares its format; its header does not),
  // and each number cell's only where that span mixes formats.
  const shared = member<unknown>(used, "NumberFormat");
  const isNumber = (i: number, j: number) => typeof values[i][j] === "number" && valueTypes[i][j] !== "Error";
  const byColumn: unknown[] = [];
  const columnFormat = (j: number): unknown => {
    if (j in byColumn) return byColumn[j];
    let first = -1;
    let last = -1;
    for (let i = 0; i < rowCount; i++) {
      if (!isNumber(i, j)) continue;
      if (first < 0) first = i;
      last = i;
    }
    return (byColumn[j] = member<unknown>(cell(first, j).Resize(last - first + 1, 1), "NumberFormat"));
  };
  const formatOf = (v: unknown, i: number, j: number): string => {
    if (typeof shared === "string") return shared;
    if (!isNumber(i, j)) return "General";
    const column = columnFormat(j);
    return typeof column === "string" ? column : String(member(cell(i, j), "NumberFormat"));
  };
  const numberFormat = values.map((line, i) => line.map((v, j) => formatOf(v, i, j)));

  // Merged areas: only if there are any, found from the text cells (titles and headers).
  const merges: string[] = [];
  if (member<unknown>(used, "MergeCells") !== false) {
    const covered = new Set<string>();
    values.forEach((line, i) =>
      line.forEach((v, j) => {
        if (typeof v !== "string" || covered.has(`${i},${j}`)) return;
        const c = cell(i, j);
        if (member<unknown>(c, "MergeCells") !== true) return;
        const area = member<EtRange>(c, "MergeArea");
        const text = String(area.Address(false, false));
        merges.push(text);
        const r0 = member<number>(area, "Row") - top;
        const c0 = member<number>(area, "Column") - left;
        const h = member<number>(member<EtRange["Rows"]>(area, "Rows"), "Count");
        const w = member<number>(member<EtRange["Columns"]>(area, "Columns"), "Count");
        for (let r = r0; r < r0 + h; r++) for (let k = c0; k < c0 + w; k++) covered.add(`${r},${k}`);
      }),
    );
  }

  // Hidden rows: only asked row by row when the range says some are hidden (mixed → null).
  let visibleAreas: string | undefined;
  if (member<unknown>(rows, "Hidden") !== false) {
    const visible: string[] = [];
    for (let i = 0; i < rowCount; i++) if (member<unknown>(rows.Item(i + 1), "Hidden") !== true) visible.push(`${a1(top - 1 + i, left - 1)}:${a1(top - 1 + i, left + colCount - 2)}`);
    visibleAreas = visible.join(",");
  }

  return {
    name,
    hidden,
    address,
    values: values.map((line, i) => line.map((v, j) => (valueTypes[i][j] === "Error" ? v : v === null || v === undefined ? "" : v))),
    valueTypes: valueTypes.map((line) => line.map((type) => type || "Other")),
    formulas,
    numberFormat,
    merges: merges.length ? [merges.join(",")] : [],
    ...(visibleAreas !== undefined ? { visibleAreas: visibleAreas || null } : {}),
  };
}

/** Cells per Value2 read: WPS's used range counts formatted cells, so it can reach a million rows. */
const CELLS_PER_READ = 100_000;

/**
 * Value2 and Formula of the used range up to its last row with a value: in one read each when it
 * is small, else in blocks of rows (blocks without a value cost no Formula read, and trailing ones
 * are dropped).
 */
function readContents(used: EtRange, rowCount: number, colCount: number): { values: unknown[][]; formulas: unknown[][] } {
  const rowsPerRead = Math.max(1, Math.floor(CELLS_PER_READ / Math.max(1, colCount)));
  const blocks: { values: unknown[][]; part: EtRange | null }[] = [];
  let last = -1;
  for (let r = 0; r < rowCount; r += rowsPerRead) {
    const n = Math.min(rowsPerRead, rowCount - r);
    const part = n === rowCount ? used : used.Cells.Item(r + 1, 1).Resize(n, colCount);
    const block = matrix(member(part, "Value2"), n, colCount);
    let lastInBlock = -1;
    block.forEach((line, i) => {
      if (line.some((v) => v !== null && v !== undefined && v !== "")) lastInBlock = i;
    });
    blocks.push({ values: block, part: lastInBlock >= 0 ? part : null });
    if (lastInBlock >= 0) last = r + lastInBlock;
  }
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  for (const block of blocks) {
    if (values.length > last) break;
    const n = block.values.length;
    append(values, block.values);
    append(formulas, block.part ? matrix(member(block.part, "Formula"), n, colCount) : block.values);
  }
  values.length = formulas.length = last + 1;
  return { values, formulas };
}

/** Value2/Formula of a range as rows × cols: a single cell comes back as a scalar. */
function matrix(v: unknown, rows: number, cols: number): unknown[][] {
  const grid = Array.isArray(v) ? (v as unknown[]).map((line) => (Array.isArray(line) ? line : [line])) : [[v]];
  const out: unknown[][] = [];
  for (let i = 0; i < rows; i++) {
    const line = grid[i] ?? [];
    const row: unknown[] = [];
    for (let j = 0; j < cols; j++) row.push(line[j] ?? null);
    out.push(row);
  }
  return out;
}

/** A1 of a 0-based cell. */
function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

// ---- state kept in the very hidden sheet: column A the key, B… the JSON in chunks ----

function stateSheet(wb: EtWorkbook, create: boolean): EtWorksheet | null {
  const found = worksheets(wb).find((ws) => member<string>(ws, "Name") === STATE_SHEET);
  if (found || !create) return found ?? null;
  const sheets = member<EtWorkbook["Worksheets"]>(wb, "Worksheets");
  const ws = appendSheet(sheets);
  ws.Name = STATE_SHEET;
  ws.Visible = XL_SHEET_VERY_HIDDEN;
  return ws;
}

/** The workbook's state (model/workbook-state.ts): one read of the sheet's key rows. */
function loadState(wb: EtWorkbook): WorkbookState {
  const ws = stateSheet(wb, false);
  if (!ws) return emptyState();
  return parseState(matrix(member(ws.Range("A1").Resize(STATE_KEYS.length, STATE_WIDTH), "Value2"), STATE_KEYS.length, STATE_WIDTH));
}

/**
 * Writes the whole state as text in one write (the sheet is made, very hidden, when missing);
 * `undo` learns how to take it back (delete the new sheet, or put the previous rows back).
 */
function saveState(wb: EtWorkbook, state: WorkbookState, undo: (step: () => void) => void, a: EtApplication): void {
  let rows: string[][];
  try {
    rows = stateRows(state);
  } catch (e) {
    if (e instanceof StateTooLargeError) throw new MessageError("pane.stateTooLarge");
    throw e;
  }
  const existing = stateSheet(wb, false);
  const ws = existing ?? stateSheet(wb, true)!;
  const range = ws.Range("A1").Resize(rows.length, STATE_WIDTH);
  if (existing) {
    const before = member<unknown>(range, "Value2");
    undo(() => (range.Value2 = before));
  } else undo(() => deleteSheet(a, ws));
  range.NumberFormat = "@";
  range.Value2 = rows;
}
