/**
 * Test-only host for the built task-pane pages (dist/excel/taskpane.html in place of office.js,
 * dist/wps/taskpane.html before taskpane.js): the in-memory Excel or WPS over the workbook JSON
 * the test provides. Excel's Office.onReady waits for `window.releaseOffice()`, so a test can act
 * on the prerendered pane before the pane's script takes it over.
 */
import type { FakeCell, FakeWorkbook } from "../../support/fake-excel";
import { SheetJson, workbookFromJson } from "../../support/fake-workbook-json";
import { FakeWps } from "../../support/fake-wps";

interface HostWindow {
  workbookJson: SheetJson[];
  host: "excel" | "wps";
  displayLanguage?: string;
  book: FakeWorkbook;
  cellOf(sheet: string, a1: string): FakeCell | undefined;
  releaseOffice?: () => void;
  Office?: unknown;
  Excel?: unknown;
  CustomFunctions?: unknown;
  Application?: unknown;
}

const w = window as unknown as HostWindow;
const book = workbookFromJson(w.workbookJson);
w.book = book;
w.cellOf = (sheet, a1) => book.cell(sheet, a1);
if (w.host === "excel") {
  let release: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (release = resolve));
  w.releaseOffice = release;
  const info = { host: "Excel", platform: "PC" };
  w.Office = {
    HostType: { Excel: "Excel" },
    context: { displayLanguage: w.displayLanguage ?? "zh-CN", requirements: { isSetSupported: () => true } },
    onReady: (cb?: (i: typeof info) => void) => ready.then(() => (cb?.(info), info)),
  };
  w.Excel = { run: book.run.bind(book) };
  w.CustomFunctions = { associate: () => undefined };
} else {
  w.Application = new FakeWps(book);
}
