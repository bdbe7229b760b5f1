/** An in-memory workbook (fake-excel.ts) as JSON and back: how the page tests hand one to a browser page. */
import { FakeCell, FakeSheet, FakeWorkbook } from "./fake-excel";

export interface SheetJson {
  name: string;
  visibility: FakeSheet["visibility"];
  cells: [string, FakeCell][];
  merges: FakeSheet["merges"];
  hiddenRows: number[];
}

export function workbookToJson(book: FakeWorkbook): SheetJson[] {
  return book.sheets.map((s) => ({ name: s.name, visibility: s.visibility, cells: [...s.cells], merges: s.merges, hiddenRows: [...s.hiddenRows] }));
}

export function workbookFromJson(json: readonly SheetJson[]): FakeWorkbook {
  const book = new FakeWorkbook();
  for (const s of json) {
    const sheet = book.addSheet(s.name, s.visibility);
    sheet.cells = new Map(s.cells);
    sheet.merges = s.merges;
    sheet.hiddenRows = new Set(s.hiddenRows);
  }
  return book;
}
