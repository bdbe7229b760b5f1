/// <reference types="office-js" />
/**
 * The task pane's host port for Excel (Office.js). Reads with a fixed number of `context.sync()`
 * calls whatever the workbook's size (sheets and used ranges, then their contents in batches of
 * cells so that Excel on the web stays under its request size limit), never one per cell or sheet.
 *
 * Highlights keep the fill each cell had, and explanations their text, in the very hidden state
 * sheet that WPS and the file tools read too (model/workbook-state.ts), so "清除高亮" restores
 * exactly those fills after the workbook was saved and reopened, in either host. State that older
 * versions kept in the add-in's settings (which only Excel sees) moves to the sheet on first use.
 */
import type { WorkbookSnapshot } from "../../model/snapshot";
import { MessageError, t } from "../../catalog/messages";
import type { HostPort } from "../../model/host-port";
import { planArea, planFormats, shiftedMerges, TO_FILL_COLOR, type WritePlan } from "../../model/write-plan";
import { parseA1, parseRange, toA1 } from "../../model/a1";
import type { Selection } from "../../model/host-port";
import { mostSevereByCell } from "../../present/highlights";
import { severityFillHex } from "../../present/report-sheet";
import { append, RangeData, sheetFromRangeData } from "./sheet-data";
import { freeSheetName } from "../../model/sheet-names";
import { emptyState, mergeStates, parseState, STATE_KEYS, STATE_SHEET, STATE_WIDTH, stateRows, StateTooLargeError, WorkbookState } from "../../model/workbook-state";

/** Excel.run, passed in so that tests can use an in-memory workbook. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelFeatures {
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  mergedAreas: boolean;
  /** Range.getSpecialCellsOrNullObject("Visible") (ExcelApi 1.9): tells hidden rows. */
  visibleCells: boolean;
}

/** Cells read per sync: keeps a request well under Excel on the web's payload limit. */
const CELLS_PER_SYNC = 100_000;
/** Where older versions kept the state: the add-in's settings (moved to the state sheet on first use). */
const LEGACY_SAVED_FILLS = "ys.highlight.savedFills";
const LEGACY_NOTES = "ys.notes";

export function createExcelPort(run: ExcelRun, features: ExcelFeatures): HostPort {
  return {
    readWorkbook: (onProgress) => run((context) => readWorkbook(context, features, onProgress)),

    selectCell: (sheet, cell) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell || "A1").select();
        await context.sync();
      }),

    highlight: (marks) =>
      run(async (context) => {
        const { state, exists } = await loadState(context);
        const previous = copyState(state);
        const saved = state.savedFills;
        const already = new Set(saved.map((s) => `${s.sheet}!${s.cell}`));
        const marked = mostSevereByCell(marks);
        const fills = marked.map((m) => {
          const fill = context.workbook.worksheets.getItem(m.sheet).getRange(m.cell).format.fill;
          fill.load("color");
          return { m, fill };
        });
        const locks = protectionOf(context, marked.map((m) => m.sheet));
        await context.sync();
        assertWritable(locks);
        const before = fills.map(({ fill }) => fill.color);
        for (const { m, fill } of fills) {
          const key = `${m.sheet}!${m.cell}`;
          const mark = severityFillHex(m.severity);
          // A cell highlighted twice keeps the fill it had before the first time.
          if (already.has(key)) {
            const entry = saved.find((s) => `${s.sheet}!${s.cell}` === key);
            if (entry) entry.mark = mark;
          } else {
            saved.push({ sheet: m.sheet, cell: m.cell, color: noFill(fill.color) ? null : fill.color, mark });
          }
          fill.color = mark;
        }
        saveState(context, state, exists);
        await syncOrTakeBack(context, () => {
          fills.forEach(({ fill }, i) => putFill(fill, before[i]));
          restoreState(context, previous, exists);
        });
        return fills.length;
      }),

    clearHighlights: () =>
      run(async (context) => {
        const { state, exists } = await loadState(context);
        const previous = copyState(state);
        const saved = state.savedFills;
        if (!saved.length) return 0;
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        const names = new Set(sheets.items.map((s) => s.name));
        // A sheet deleted or renamed since: nothing left to restore there.
        const fills = saved
          .filter((s) => names.has(s.sheet))
          .map((s) => {
            const fill = sheets.getItem(s.sheet).getRange(s.cell).format.fill;
            fill.load("color");
            return { s, fill };
          });
        const locks = protectionOf(context, fills.map(({ s }) => s.sheet));
        await context.sync();
        assertWritable(locks);
        const before = fills.map(({ fill }) => fill.color);
        let restored = 0;
        for (const { s, fill } of fills) {
          if (!sameColor(fill.color, s.mark)) continue; // the user has changed it since: theirs now
          if (s.color === null) fill.clear();
          else fill.color = s.color;
          restored += 1;
        }
        saveState(context, { ...state, savedFills: [] }, exists);
        await syncOrTakeBack(context, () => {
          fills.forEach(({ fill }, i) => putFill(fill, before[i]));
          restoreState(context, previous, exists);
        });
        return restored;
      }),

    writeSheet: async (plan) => (await writeSheets(run, [plan]))[0],

    writeSheets: (plans) => writeSheets(run, plans),

    readSelection: () =>
      run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("address");
        await context.sync();
        return selectionOf(range.address);
      }),

    writeAt: (sheet, at, plan, confirmed = []) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        const area = planArea(plan, at);
        if (area.bottom < area.top || area.right < area.left) return { written: true, occupied: [] };
        const height = area.bottom - area.top + 1;
        const width = area.right - area.left + 1;
        const range = ws.getRangeByIndexes(at.row, at.col, height, width);
        range.load("values,formulas,numberFormat");
        const locks = protectionOf(context, [sheet]);
        // What taking the write back needs: the fills of the cells to highlight, the bold of the
        // bold rows, the merged areas the block touches.
        const fills = (plan.highlights ?? []).map((cell) => parseA1(cell)).filter((p): p is { row: number; col: number } => p !== null).map((p) => {
          const fill = ws.getRangeByIndexes(at.row + p.row, at.col + p.col, 1, 1).format.fill;
          fill.load("color");
          return fill;
        });
        // Cell by cell: a row that mixes bold and plain reads null as a whole.
        const fonts = plan.boldRows.flatMap((r) =>
          Array.from({ length: width }, (_, c) => {
            const font = ws.getRangeByIndexes(at.row + r, at.col + c, 1, 1).format.font;
            font.load("bold");
            return font;
          }),
        );
        const merged = features.mergedAreas ? range.getMergedAreasOrNullObject() : null;
        merged?.load("address");
        await context.sync();
        assertWritable(locks);
        const occupied: string[] = [];
        range.values.forEach((line, i) =>
          line.forEach((v, j) => {
            const f = range.formulas[i][j];
            if ((v !== "" && v !== null) || (typeof f === "string" && f.startsWith("="))) occupied.push(toA1(at.row + i, at.col + j));
          }),
        );
        const ok = new Set(confirmed);
        if (occupied.some((c) => !ok.has(c))) return { written: false, occupied };
        const before = {
          formulas: range.formulas,
          numberFormat: range.numberFormat,
          colors: fills.map((f) => f.color),
          bold: fonts.map((f) => f.bold === true),
          merges: merged && !merged.isNullObject ? merged.address.split(",").map((a) => a.slice(a.lastIndexOf("!") + 1).trim()) : [],
        };
        range.numberFormat = planFormats(plan);
        range.values = plan.rows;
        fonts.forEach((font) => (font.bold = true));
        for (const m of shiftedMerges(plan, at)) ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
        fills.forEach((fill) => (fill.color = TO_FILL_COLOR));
        await syncOrTakeBack(context, () => {
          range.unmerge();
          for (const address of before.merges) ws.getRange(address).merge(false);
          range.numberFormat = before.numberFormat;
          range.formulas = before.formulas;
          fonts.forEach((font, i) => (font.bold = before.bold[i]));
          fills.forEach((fill, i) => putFill(fill, before.colors[i]));
        });
        ws.activate();
        ws.getRangeByIndexes(at.row, at.col, 1, 1).select();
        await context.sync();
        return { written: true, occupied };
      }),

    fillBlankCells: (cells) =>
      run(async (context) => {
        const ranges = cells.map((c) => {
          const range = context.workbook.worksheets.getItem(c.sheet).getRange(c.cell);
          range.load("values,formulas");
          return { c, range };
        });
        const locks = protectionOf(context, cells.map((c) => c.sheet));
        await context.sync();
        assertWritable(locks);
        const written: Excel.Range[] = [];
        for (const { c, range } of ranges) {
          if (range.values[0][0] !== "" || range.formulas[0][0] !== "") continue;
          range.values = [[c.value]];
          written.push(range);
        }
        // The cells were blank: blank again is exactly what was there.
        await syncOrTakeBack(context, () => written.forEach((range) => (range.values = [[""]])));
        return written.length;
      }),

    loadNotes: () => run(async (context) => (await loadState(context)).state.notes),

    saveNotes: (notes) =>
      run(async (context) => {
        const { state, exists } = await loadState(context);
        saveState(context, { ...state, notes }, exists);
        await syncOrTakeBack(context, () => restoreState(context, state, exists));
      }),
  };
}

/** Adds the plans' sheets in one batch; a failure deletes every sheet the batch added. */
function writeSheets(run: ExcelRun, plans: readonly WritePlan[]): Promise<string[]> {
  if (!plans.length) return Promise.resolve([]);
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const taken = new Set(sheets.items.map((s) => s.name));
    const added = plans.map((plan) => {
      const name = freeSheetName(plan.name, taken);
      taken.add(name);
      const ws = sheets.add(name);
      queueSheet(ws, plan);
      return { name, ws };
    });
    const names = added.map((a) => a.name);
    added[0].ws.activate();
    await syncOrTakeBack(context, () => names.forEach((name) => context.workbook.worksheets.getItemOrNullObject(name).delete()));
    return names;
  });
}

/** Queues a plan's cells, formats, merges and highlights into a new sheet. */
function queueSheet(ws: Excel.Worksheet, plan: WritePlan): void {
  const width = plan.rows[0].length;
  const range = ws.getRangeByIndexes(0, 0, plan.rows.length, width);
  // Text format first: a message or cell text starting with "=" stays text, never a formula.
  range.numberFormat = planFormats(plan);
  range.values = plan.rows;
  for (const r of plan.boldRows) ws.getRangeByIndexes(r, 0, 1, width).format.font.bold = true;
  for (const m of plan.merges) ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  for (const cell of plan.highlights ?? []) ws.getRange(cell).format.fill.color = TO_FILL_COLOR;
  range.format.autofitColumns();
}

async function readWorkbook(context: Excel.RequestContext, features: ExcelFeatures, onProgress?: (f: number) => void): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  await context.sync();
  // The state sheet is the add-in's, not the user's: never read, never checked.
  const used = sheets.items.filter((ws) => ws.name !== STATE_SHEET).map((ws) => {
    // Values only: a sheet whose whole columns are formatted would otherwise read a million rows.
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("address,rowIndex,columnIndex,rowCount,columnCount");
    return { ws, range };
  });
  await context.sync();

  const data: RangeData[] = used.map(({ ws, range }) => ({
    name: ws.name,
    hidden: ws.visibility !== "Visible",
    address: range.isNullObject ? null : range.address,
    values: [],
    valueTypes: [],
    formulas: [],
    numberFormat: [],
  }));
  // Merged and visible areas come with the first batch of contents.
  const areas = used.map(({ range }) => {
    if (range.isNullObject) return null;
    const merged = features.mergedAreas ? range.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    const visible = features.visibleCells ? range.getSpecialCellsOrNullObject("Visible") : null;
    visible?.load("address");
    return { merged, visible };
  });
  // Contents in blocks of whole rows; a sync whenever CELLS_PER_SYNC cells are queued. The number
  // of syncs grows with the workbook's size, not with its sheets or cells one by one.
  const blocks: { sheet: number; range: Excel.Range; cells: number }[] = [];
  used.forEach(({ ws, range }, sheet) => {
    if (range.isNullObject) return;
    const rowsPerBlock = Math.max(1, Math.floor(CELLS_PER_SYNC / Math.max(1, range.columnCount)));
    for (let r = 0; r < range.rowCount; r += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, range.rowCount - r);
      blocks.push({ sheet, range: ws.getRangeByIndexes(range.rowIndex + r, range.columnIndex, rows, range.columnCount), cells: rows * range.columnCount });
    }
  });
  let queued = 0;
  for (let i = 0; i < blocks.length; i++) {
    blocks[i].range.load("values,valueTypes,formulas,numberFormat");
    queued += blocks[i].cells;
    if (queued >= CELLS_PER_SYNC || i === blocks.length - 1) {
      await context.sync();
      queued = 0;
      onProgress?.((i + 1) / blocks.length);
    }
  }
  if (!blocks.length) await context.sync();

  for (const { sheet, range } of blocks) {
    const d = data[sheet];
    append(d.values, range.values);
    append(d.valueTypes!, range.valueTypes as string[][]);
    append(d.formulas!, range.formulas);
    append(d.numberFormat!, range.numberFormat);
  }
  areas.forEach((area, sheet) => {
    if (!area) return;
    if (area.merged && !area.merged.isNullObject) data[sheet].merges = [area.merged.address];
    if (area.visible) data[sheet].visibleAreas = area.visible.isNullObject ? null : area.visible.address;
  });
  return { source: t("pane.thisWorkbook", {}, "zh-CN"), sheets: data.map(sheetFromRangeData) };
}


/**
 * The workbook's state from the state sheet (two syncs when it exists, one when not). State left in
 * the settings by older versions is merged in, written to the sheet and removed from the settings.
 */
async function loadState(context: Excel.RequestContext): Promise<{ state: WorkbookState; exists: boolean }> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
  sheet.load("name");
  const legacy = [LEGACY_SAVED_FILLS, LEGACY_NOTES].map((key) => {
    const item = context.workbook.settings.getItemOrNullObject(key);
    item.load("value");
    return item;
  });
  await context.sync();
  let state = emptyState();
  if (!sheet.isNullObject) {
    const range = sheet.getRangeByIndexes(0, 0, STATE_KEYS.length, STATE_WIDTH);
    range.load("values");
    await context.sync();
    state = parseState(range.values);
  }
  if (legacy.every((item) => item.isNullObject)) return { state, exists: !sheet.isNullObject };
  const [fills, notes] = legacy.map((item) => (item.isNullObject ? undefined : parseJson(item.value)));
  state = mergeStates(state, { savedFills: fills as WorkbookState["savedFills"], notes: notes as WorkbookState["notes"] });
  saveState(context, state, !sheet.isNullObject);
  for (const item of legacy) if (!item.isNullObject) item.delete();
  await context.sync();
  return { state, exists: true };
}

/** Queues the whole state into the state sheet (added, very hidden, when it does not `exist`); the caller syncs. */
function saveState(context: Excel.RequestContext, state: WorkbookState, exists: boolean): void {
  let rows: string[][];
  try {
    rows = stateRows(state);
  } catch (e) {
    if (e instanceof StateTooLargeError) throw new MessageError("pane.stateTooLarge");
    throw e;
  }
  let sheet: Excel.Worksheet;
  if (exists) sheet = context.workbook.worksheets.getItem(STATE_SHEET);
  else {
    sheet = context.workbook.worksheets.add(STATE_SHEET);
    sheet.visibility = "VeryHidden";
  }
  const range = sheet.getRangeByIndexes(0, 0, rows.length, STATE_WIDTH);
  range.numberFormat = rows.map((line) => line.map(() => "@"));
  range.values = rows;
}

/** Takes back a state write: the previous rows, or no state sheet when there was none. */
function restoreState(context: Excel.RequestContext, previous: WorkbookState, existed: boolean): void {
  if (existed) saveState(context, previous, true);
  else context.workbook.worksheets.getItemOrNullObject(STATE_SHEET).delete();
}

function copyState(state: WorkbookState): WorkbookState {
  return { savedFills: state.savedFills.map((f) => ({ ...f })), notes: { ...state.notes } };
}

/** Whether each sheet is protected, loaded with the batch's first sync. */
function protectionOf(context: Excel.RequestContext, names: readonly string[]): { name: string; protection: Excel.WorksheetProtection }[] {
  return [...new Set(names)].map((name) => {
    const protection = context.workbook.worksheets.getItem(name).protection;
    protection.load("protected");
    return { name, protection };
  });
}

/** Refuses, before anything is written, when a sheet to write is protected. */
function assertWritable(locks: readonly { name: string; protection: Excel.WorksheetProtection }[]): void {
  const locked = locks.find((l) => l.protection.protected);
  if (locked) throw new MessageError("pane.sheetProtected", { sheet: locked.name });
}

/**
 * Syncs the queued writes. Office.js applies a batch's operations up to the one that fails, so a
 * failure leaves part of the change: `takeBack` queues what undoes all of it, and the error says
 * the workbook was left as it was.
 */
async function syncOrTakeBack(context: Excel.RequestContext, takeBack: () => void): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    try {
      takeBack();
      await context.sync();
    } catch {
      // what could not be taken back stays; the message below still names the failure
    }
    throw new MessageError("pane.writeUndone", { message: e instanceof Error ? e.message : String(e) });
  }
}

/** Puts a fill back as it was read (Excel reads "no fill" as white or null). */
function putFill(fill: Excel.RangeFill, color: string | null | undefined): void {
  if (noFill(color)) fill.clear();
  else fill.color = color as string;
}

function parseJson(value: unknown): unknown {
  if (typeof value !== "string") return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** Excel reports "no fill" as white on some versions and null on others. */
function noFill(color: string | null | undefined): boolean {
  return !color || /^#?FFFFFF$/i.test(color);
}

function sameColor(a: string | null | undefined, b: string): boolean {
  return !!a && a.replace(/^#/, "").toUpperCase() === b.replace(/^#/, "").toUpperCase();
}


/** "'第 1 表'!B3:D9" → the sheet and the range (a single cell is a one-cell range). */
export function selectionOf(address: string): Selection {
  const bang = address.lastIndexOf("!");
  const rawSheet = bang >= 0 ? address.slice(0, bang) : "";
  const sheet = /^'.*'$/.test(rawSheet) ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const ref = (bang >= 0 ? address.slice(bang + 1) : address).split(",")[0].replace(/\$/g, "");
  const range = parseRange(ref) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  return { sheet, range };
}
