/**
 * Text view of a sheet for recognition: squeezed text per cell, with merged ranges read as their
 * top-left cell (so a header merged across three columns names all three).
 */
import type { CellRange } from "../model/a1";
import { cellAt, shownTextAt, SheetSnapshot } from "../model/snapshot";
import { cellText, squeeze } from "../model/values";

export class SheetGrid {
  /**
   * Merges by the rows they cover (at most 500 rows and 200 columns of a merge are read: very
   * large merges are rare and only matter near the header). Kept per row rather than per cell:
   * a county workbook has over a hundred thousand merged cells.
   */
  private readonly mergesByRow: (CellRange[] | undefined)[] = [];
  /** Texts of merged cells by master; made on the first merged read (most sheets of a county workbook have few merges). */
  private textCache: Map<number, string> | undefined = undefined;

  constructor(readonly sheet: SheetSnapshot) {
    // Indexed loops: the grid of each sheet is made once, mostly before this code is optimised.
    const merges = sheet.merges;
    for (let i = 0; i < merges.length; i++) {
      const m = merges[i];
      if (m.bottom === m.top && m.right === m.left) continue;
      const rows = Math.min(m.bottom, m.top + 500);
      for (let r = m.top; r <= rows; r++) {
        const list = this.mergesByRow[r];
        if (list) list.push(m);
        else this.mergesByRow[r] = [m];
      }
    }
  }

  /** Master cell (row*65536+col) of a cell covered by a merge, other than the master itself. */
  private masterOf(row: number, col: number): number | undefined {
    const list = this.mergesByRow[row];
    if (!list) return undefined;
    // The last merge listed wins when merges overlap.
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i];
      if (col < m.left || col > Math.min(m.right, m.left + 200)) continue;
      if (row === m.top && col === m.left) continue;
      return m.top * 65536 + m.left;
    }
    return undefined;
  }

  get rowCount(): number {
    return this.sheet.rowCount;
  }

  get colCount(): number {
    return this.sheet.colCount;
  }

  /** Squeezed text of a cell, reading merged cells from their master. */
  text(row: number, col: number): string {
    const key = this.masterOf(row, col);
    if (key === undefined) return this.ownText(row, col);
    const cache = this.textCache || (this.textCache = new Map());
    let t = cache.get(key);
    if (t === undefined) {
      t = this.ownText(Math.floor(key / 65536), key % 65536);
      cache.set(key, t);
    }
    return t;
  }

  /**
   * Squeezed text as the cell shows it: a number whose format hides part of it reads as displayed
   * (0.92 formatted 0.00% is "92.00%"). For values quoted back to the user, such as 指标值 and
   * 实际完成值; sums keep reading the number.
   */
  shownText(row: number, col: number): string {
    const key = this.masterOf(row, col);
    const r = key === undefined ? row : Math.floor(key / 65536);
    const c = key === undefined ? col : key % 65536;
    const shown = shownTextAt(this.sheet, r, c);
    return shown === undefined ? this.text(row, col) : squeeze(shown);
  }

  /** Squeezed text of the cell itself, without merge propagation. */
  ownText(row: number, col: number): string {
    // Not cached: most cells are read once, and a cache of a million strings costs more in GC.
    const v = cellAt(this.sheet, row, col);
    return typeof v === "number" ? String(v) : v === null ? "" : squeeze(cellText(v));
  }

  isNumber(row: number, col: number): boolean {
    return typeof cellAt(this.sheet, row, col) === "number";
  }

  /** Whether the cell's own text is empty (`ownText(row, col) === ""` without building it). */
  isBlank(row: number, col: number): boolean {
    const v = cellAt(this.sheet, row, col);
    if (typeof v === "number") return false;
    return v === null || squeeze(cellText(v)) === "";
  }

  /** The cell's text as written (trimmed), for notes and messages. */
  rawText(row: number, col: number): string {
    return cellText(cellAt(this.sheet, row, col)).trim();
  }

  isMergedSlave(row: number, col: number): boolean {
    return this.masterOf(row, col) !== undefined;
  }

  /** Whether (row, col) is covered by a merge whose top-left cell is (row, masterCol): merged across from it. */
  isMergedAcrossFrom(row: number, col: number, masterCol: number): boolean {
    return this.masterOf(row, col) === row * 65536 + masterCol;
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

  /** Merges of more than one cell that reach into rows top..bottom. */
  mergesIn(top: number, bottom: number): CellRange[] {
    const out: CellRange[] = [];
    const merges = this.sheet.merges;
    for (let i = 0; i < merges.length; i++) {
      const m = merges[i];
      if (m.bottom >= top && m.top <= bottom && (m.bottom > m.top || m.right > m.left)) out.push(m);
    }
    return out;
  }
}
