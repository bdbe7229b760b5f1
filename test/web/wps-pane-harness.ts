/**
 * Test-only page script: WPS's task pane entry as WPS would run it, with the in-memory WPS of
 * test/support/fake-wps.ts injected as `window.Application` before the entry starts.
 */
import { FakeCell, FakeSheet, FakeWorkbook } from "../support/fake-excel";
import { FakeWps } from "../support/fake-wps";

interface SheetJson {
  name: string;
  visibility: FakeSheet["visibility"];
  cells: [string, FakeCell][];
  merges: FakeSheet["merges"];
  hiddenRows: number[];
}

const w = window as unknown as { workbookJson: SheetJson[]; book: FakeWorkbook; Application: FakeWps; cellOf(sheet: string, a1: string): FakeCell | undefined };
const book = new FakeWorkbook();
for (const s of w.workbookJson) {
  const sheet = book.addSheet(s.name, s.visibility);
  sheet.cells = new Map(s.cells);
  sheet.merges = s.merges;
  sheet.hiddenRows = new Set(s.hiddenRows);
}
w.book = book;
w.cellOf = (sheet, a1) => book.cell(sheet, a1);
w.Application = new FakeWps(book);
// Loaded after Application exists, as in WPS (an import would run first).
// eslint-disable-next-line @typescript-eslint/no-require-imports
require("../../src/taskpane/wps-main");
