/** Where a table's body ends and which lines under it are notes ("注：…", "说明：…"). */
import type { SheetGrid } from "./grid";

export interface BodyExtent {
  top: number;
  bottom: number;
  notes: { row: number; text: string }[];
}

const NOTE_START = /^(注|说明|备注|附注)[:：0-9１-９.、]|^注$|空表/;
const MAX_BLANK_RUN = 5;

/** A row is a note when its first text reads like one and it has no more than two texts. */
export function noteText(grid: SheetGrid, row: number): string | undefined {
  // Cheap look at the raw row first: a note is one or two cells, the first of them text.
  const cells = grid.sheet.cells[row];
  if (!cells) return undefined;
  let filled = 0;
  let first = -1;
  for (let c = 0; c < cells.length && c < 40; c++) {
    const v = cells[c];
    if (v === null || v === undefined || v === "") continue;
    filled += 1;
    if (first < 0) first = c;
    if (filled > 2) return undefined;
  }
  if (first < 0 || typeof cells[first] !== "string") return undefined;
  return NOTE_START.test(grid.ownText(row, first)) ? grid.rawText(row, first) : undefined;
}

function isBlankRow(grid: SheetGrid, row: number): boolean {
  const cells = grid.sheet.cells[row];
  if (!cells) return true;
  for (let c = 0; c < cells.length && c < 64; c++) {
    const v = cells[c];
    if (v === null || v === undefined) continue;
    if (typeof v !== "string" || v.trim() !== "") return false;
  }
  return true;
}

export function bodyExtent(grid: SheetGrid, top: number, isTitle: (row: number) => boolean): BodyExtent {
  const notes: { row: number; text: string }[] = [];
  let bottom = top - 1;
  let blankRun = 0;
  let inNotes = false;
  for (let r = top; r < grid.rowCount; r++) {
    if (isBlankRow(grid, r)) {
      blankRun += 1;
      if (blankRun > MAX_BLANK_RUN && !inNotes) break;
      continue;
    }
    blankRun = 0;
    const note = noteText(grid, r);
    if (note !== undefined) {
      notes.push({ row: r, text: note });
      inNotes = true;
      continue;
    }
    if (inNotes || isTitle(r)) break;
    bottom = r;
  }
  return { top, bottom, notes };
}
