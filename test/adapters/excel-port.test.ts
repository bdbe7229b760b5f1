/**
 * What is Excel's own in the task pane's adapter, against an in-memory Excel (fake-excel.ts): a
 * few syncs whatever the size, blocks under the web's request limit, values-only used ranges, what
 * the arrays carry (errors, dates, shown text, merges, hidden rows), state in the settings. What
 * every host must do is in port-contract.test.ts.
 */
import fs from "fs";
import path from "path";
import { STATE_SHEET } from "../../src/model/workbook-state";
import { createExcelPort } from "../../src/adapters/excel/excel-port";
import { freeSheetName as freeName } from "../../src/model/sheet-names";
import type { ExcelRun } from "../../src/adapters/excel/excel-port";
import { FakeWorkbook } from "../support/fake-excel";
import { fakeExcelFromXlsx } from "../support/fake-excel-from-xlsx";

const ROOT = path.resolve(__dirname, "..", "..");
const SAMPLES = ["巨鹿县医疗保障局2023年部门预算.xlsx", "绵阳市医疗保障局2020年转移支付区域绩效自评表.xlsx"].map((f) => path.join(ROOT, "examples", f));
const ALL = { mergedAreas: true, visibleCells: true };

const portOf = (book: FakeWorkbook, features = ALL) => createExcelPort(book.run as unknown as ExcelRun, features);

it.each(SAMPLES)("reads %s in three syncs, whatever its number of sheets", async (file) => {
  const book = await fakeExcelFromXlsx(fs.readFileSync(file));
  await portOf(book).readWorkbook();
  expect(book.syncs).toBe(3);
});

describe("reading", () => {
  it("reads a large sheet in blocks, a sync per 100,000 cells, never all at once", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("大表");
    for (let r = 0; r < 3000; r++) for (let c = 0; c < 80; c++) sheet.cells.set(`${r},${c}`, { value: r * 100 + c });
    book.cellsPerSyncLimit = 100_000;
    const snapshot = await portOf(book).readWorkbook();
    expect(snapshot.sheets[0].rowCount).toBe(3000);
    expect(snapshot.sheets[0].cells[2999][79]).toBe(299979);
    // Two syncs for the sheets and used ranges, then 240,000 cells in blocks of at most 100,000.
    expect(book.syncs).toBe(2 + 3);
  });

  it("reads the cells that hold values, not whole formatted columns", async () => {
    const book = new FakeWorkbook();
    const s = book.addSheet("格式");
    s.cells.set("0,0", { value: "合计" });
    s.cells.set("1048575,0", { value: "", numberFormat: "#,##0.00" }); // a column formatted to the bottom
    const snapshot = await portOf(book).readWorkbook();
    expect(snapshot.sheets[0].rowCount).toBe(1);
    expect(book.syncs).toBe(3);
  });

  it("keeps an empty sheet, hidden sheets and hidden rows, error values, dates and the shown text of rounded amounts", async () => {
    const book = new FakeWorkbook();
    book.addSheet("空表");
    const s = book.addSheet("表 1", "Hidden");
    s.cells.set("1,1", { value: "合计" });
    s.cells.set("1,2", { value: { error: "#DIV/0!" }, formula: "=B1/0" });
    s.cells.set("2,2", { value: 26, numberFormat: "yyyy-mm-dd" });
    s.cells.set("3,2", { value: 534.8, numberFormat: "#,##0" });
    s.hiddenRows.add(2);
    s.merges.push({ top: 1, left: 1, bottom: 1, right: 3 });
    const snapshot = await portOf(book).readWorkbook();
    expect(snapshot.sheets.map((x) => [x.name, x.hidden])).toEqual([
      ["空表", false],
      ["表 1", true],
    ]);
    const sheet = snapshot.sheets[1];
    expect(sheet.cells[1][2]).toEqual({ error: "#DIV/0!" });
    expect(sheet.formulas["1,2"]).toBe("B1/0");
    expect(sheet.cells[2][2]).toBe("1900-01-25");
    expect(sheet.dates).toEqual({ "2,2": 26 });
    expect(sheet.shown).toEqual({ "3,2": "535" });
    expect(sheet.hiddenRows).toEqual([2]);
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
  });

  it("works without merged areas and visible cells on older Excel (fewer facts, same values)", async () => {
    const book = await fakeExcelFromXlsx(fs.readFileSync(SAMPLES[0]));
    const snapshot = await portOf(book, { mergedAreas: false, visibleCells: false }).readWorkbook();
    expect(snapshot.sheets.every((s) => s.merges.length === 0 && s.hiddenRows.length === 0)).toBe(true);
    expect(snapshot.sheets.length).toBe(book.sheets.length);
  });
});

describe("state in the workbook's very hidden state sheet", () => {
  it("keeps saved fills in the state sheet (not the settings), drops them once restored, and reads broken notes as none", async () => {
    const book = new FakeWorkbook();
    book.addSheet("收入总表").cells.set("0,0", { value: 1 });
    await portOf(book).highlight([{ sheet: "收入总表", cell: "A1", severity: "error" }]);
    expect(book.settings.size).toBe(0);
    expect(book.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["收入总表", "Visible"],
      [STATE_SHEET, "VeryHidden"],
    ]);
    expect(await portOf(book).clearHighlights()).toBe(1);
    expect(book.cell("收入总表", "A1")?.fill).toBeUndefined();
    expect(await portOf(book).clearHighlights()).toBe(0);
    book.settings.set("ys.notes", "{broken");
    expect(await portOf(book).loadNotes()).toEqual({});
  });

  it("fills blank cells in two syncs", async () => {
    const book = new FakeWorkbook();
    book.addSheet("自评");
    await portOf(book).fillBlankCells([
      { sheet: "自评", cell: "A1", value: 9 },
      { sheet: "自评", cell: "A2", value: 8 },
    ]);
    expect(book.syncs).toBe(2);
  });

  it("names a new sheet within Excel's 31 characters, also when the name is taken", () => {
    const long = "绩效目标-城乡居民基本医疗保险补助资金（普遍补助部分）项目绩效目标";
    expect(freeName(long, new Set()).length).toBe(31);
    const second = freeName(long, new Set([freeName(long, new Set())]));
    expect(second.length).toBe(31);
    expect(second.endsWith(" (2)")).toBe(true);
  });
});
