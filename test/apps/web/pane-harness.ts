/**
 * Test-only page script: the real task pane and Excel adapter over the in-memory Excel of
 * test/support/fake-excel.ts, filled from JSON the test provides. The test drives the pane in
 * Chromium and inspects `window.book`. `window.failSyncs` makes every sync fail with a raw host
 * error (the error-state screenshots).
 */
import "../../../src/apps/ui/polyfills";
import { createExcelPort, ExcelRun } from "../../../src/adapters/excel/excel-port";
import { startPane } from "../../../src/apps/pane/pane";
import type { FakeCell, FakeWorkbook } from "../../support/fake-excel";
import { SheetJson, workbookFromJson } from "../../support/fake-workbook-json";

const w = window as unknown as { workbookJson: SheetJson[]; failSyncs?: string; book: FakeWorkbook; cellOf(sheet: string, a1: string): FakeCell | undefined };
const book = workbookFromJson(w.workbookJson);
w.book = book;
w.cellOf = (sheet, a1) => book.cell(sheet, a1);
const run: ExcelRun = w.failSyncs
  ? () => Promise.reject(Object.assign(new Error(w.failSyncs), { name: "RichApi.Error", code: "GeneralException" }))
  : (book.run as unknown as ExcelRun);
startPane(document.getElementById("app")!, createExcelPort(run, { mergedAreas: true, visibleCells: true }), "zh-CN", { functionNamespace: "YS" });
