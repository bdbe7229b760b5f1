/**
 * Test-only page script: WPS's task pane entry as WPS would run it, with the in-memory WPS of
 * test/support/fake-wps.ts injected as `window.Application` before the entry starts.
 */
import type { FakeCell, FakeWorkbook } from "../../support/fake-excel";
import { SheetJson, workbookFromJson } from "../../support/fake-workbook-json";
import { FakeWps } from "../../support/fake-wps";

const w = window as unknown as { workbookJson: SheetJson[]; book: FakeWorkbook; Application: FakeWps; cellOf(sheet: string, a1: string): FakeCell | undefined };
const book = workbookFromJson(w.workbookJson);
w.book = book;
w.cellOf = (sheet, a1) => book.cell(sheet, a1);
w.Application = new FakeWps(book);
// Loaded after Application exists, as in WPS (an import would run first).
// eslint-disable-next-line @typescript-eslint/no-require-imports
require("../../../src/apps/pane/wps-main");
