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
  const texts = grid.rowTexts(row, 40);
  if (texts.length === 0 || texts.length > 2) return undefined;
  const first = texts[0].text;
  return NOTE_START.test(first) ? grid.rawText(row, texts[0].col) : undefined;
}

export function bodyExtent(grid: SheetGrid, top: number, isTitle: (row: number) => boolean): BodyExtent {
  const notes: { row: number; text: string }[] = [];
  let bottom = top - 1;
  let blankRun = 0;
  let inNotes = false;
  for (let r = top; r < grid.rowCount; r++) {
    const texts = grid.rowTexts(r, 64);
    if (texts.length === 0) {
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
