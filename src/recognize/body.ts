/** Where a table's body ends and which lines under it are notes ("注：…", "说明：…"). */
import type { SheetGrid } from "./grid";

export interface BodyExtent {
  top: number;
  bottom: number;
  notes: { row: number; text: string }[];
}

const NOTE_START = /^(注|说明|备注|附注)[:：0-9１-９.、]|^注$|空表/;
const MAX_BLANK_RUN = 5;

/**
 * The note of a row whose filled cells (within the first 40) are at most two, the first of them at
 * `first`: its text when that cell reads like a note ("注：…"), undefined otherwise.
 */
function noteAt(grid: SheetGrid, row: number, first: number): string | undefined {
  if (first < 0 || typeof grid.sheet.cells[row]![first] !== "string") return undefined;
  return NOTE_START.test(grid.ownText(row, first)) ? grid.rawText(row, first) : undefined;
}

/**
 * The body from `top` down: it ends after more than five blank rows, at the next title (`isTitle`),
 * or where notes start and something else follows them. Each row's cells are looked at once for
 * whether it is blank and whether it has at most two filled cells (a note has no more).
 */
export function bodyExtent(grid: SheetGrid, top: number, isTitle: (row: number) => boolean): BodyExtent {
  const notes: { row: number; text: string }[] = [];
  const lines = grid.sheet.cells;
  let bottom = top - 1;
  let blankRun = 0;
  let inNotes = false;
  for (let r = top; r < grid.rowCount; r++) {
    const cells = lines[r];
    let blank = true;
    let filled = 0;
    let first = -1;
    if (cells) {
      const width = Math.min(cells.length, 64);
      for (let c = 0; c < width; c++) {
        const v = cells[c];
        if (v === null || v === undefined) continue;
        if (blank && (typeof v !== "string" || v.trim() !== "")) blank = false;
        if (c < 40 && v !== "") {
          filled += 1;
          if (first < 0) first = c;
        }
        if (!blank && filled > 2) break;
      }
    }
    if (blank) {
      blankRun += 1;
      if (blankRun > MAX_BLANK_RUN && !inNotes) break;
      continue;
    }
    blankRun = 0;
    const note = filled <= 2 ? noteAt(grid, r, first) : undefined;
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
