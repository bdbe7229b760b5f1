/**
 * Test-only page script: the real task pane and Excel adapter over the in-memory Excel of
 * test/support/fake-excel.ts, filled from JSON the test provides. The test drives the pane in
 * Chromium and inspects `window.book`.
 */
import { createExcelPort, ExcelRun } from "../../../src/adapters/excel/excel-port";
import { startPane } from "../../../src/apps/pane/pane";
import type { FakeCell, FakeWorkbook } from "../../support/fake-excel";
import { SheetJson, workbookFromJson } from "../../support/fake-workbook-json";

const w = window as unknown as { workbookJson: SheetJson[]; book: FakeWorkbook; cellOf(sheet: string, a1: string): FakeCell | undefined };
const book = workbookFromJson(w.workbookJson);
w.book = book;
w.cellOf = (sheet, a1) => book.cell(sheet, a1);
startPane(document.getElementById("app")!, createExcelPort(book.run as unknown as ExcelRun, { mergedAreas: true, visibleCells: true }));
