/**
 * Text view of a sheet for recognition: squeezed text per cell, with merged ranges read as their
 * top-left cell (so a header merged across three columns names all three).
 */
import type { CellRange } from "../core/a1";
import { cellAt, SheetSnapshot } from "../core/snapshot";
import { cellText, squeeze } from "../core/values";

export class SheetGrid {
  /** Master cell (row*65536+col) for each cell covered by a merge, except the master itself. */
  private readonly mergeMaster = new Map<number, number>();
  private readonly textCache = new Map<number, string>();

  constructor(readonly sheet: SheetSnapshot) {
    for (const m of sheet.merges) {
      // Very large merges are rare and only matter near the header; cap the work per merge.
      const rows = Math.min(m.bottom, m.top + 500);
      const cols = Math.min(m.right, m.left + 200);
      for (let r = m.top; r <= rows; r++) {
        for (let c = m.left; c <= cols; c++) {
          if (r === m.top && c === m.left) continue;
          this.mergeMaster.set(r * 65536 + c, m.top * 65536 + m.left);
        }
      }
    }
  }

  get rowCount(): number {
    return this.sheet.rowCount;
  }

  get colCount(): number {
    return this.sheet.colCount;
  }

  /** Squeezed text of a cell, reading merged cells from their master. */
  text(row: number, col: number): string {
    let key = row * 65536 + col;
    const master = this.mergeMaster.get(key);
    if (master !== undefined) key = master;
    if (master === undefined) return this.ownText(row, col);
    let t = this.textCache.get(key);
    if (t === undefined) {
      t = this.ownText(Math.floor(key / 65536), key % 65536);
      this.textCache.set(key, t);
    }
    return t;
  }

  /** Squeezed text of the cell itself, without merge propagation. */
  ownText(row: number, col: number): string {
    // Not cached: most cells are read once, and a cache of a million strings costs more in GC.
    const v = cellAt(this.sheet, row, col);
    return typeof v === "number" ? String(v) : v === null ? "" : squeeze(cellText(v));
  }

  /** The cell's text as written (trimmed), for notes and messages. */
  rawText(row: number, col: number): string {
    return cellText(cellAt(this.sheet, row, col)).trim();
  }

  isMergedSlave(row: number, col: number): boolean {
    return this.mergeMaster.has(row * 65536 + col);
  }

  /** Width of the row as stored (cells beyond it are empty). */
  rowWidth(row: number): number {
    const r = this.sheet.cells[row];
    return r ? r.length : 0;
  }

  /** Non-empty squeezed texts of a row (own cells only), with their columns. */
  rowTexts(row: number, maxCols = 64): { col: number; text: string }[] {
    const out: { col: number; text: string }[] = [];
    const width = Math.min(this.rowWidth(row), maxCols);
    for (let c = 0; c < width; c++) {
      const t = this.ownText(row, c);
      if (t) out.push({ col: c, text: t });
    }
    return out;
  }

  mergesIn(top: number, bottom: number): CellRange[] {
    return this.sheet.merges.filter((m) => m.bottom >= top && m.top <= bottom);
  }
}
