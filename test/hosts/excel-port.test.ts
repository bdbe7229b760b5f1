/**
 * The Excel task pane's adapter against an in-memory Excel (test/support/fake-excel.ts): what it
 * reads must check out as the saved file does, in a few syncs; highlights must restore exactly
 * the fills that were there; the report sheet holds text only; notes persist in the workbook.
 */
import fs from "fs";
import path from "path";
import { checkWorkbookSync } from "../../src/check";
import { createExcelPort, freeName } from "../../src/hosts/excel/excel-port";
import { snapshotFromXlsx } from "../../src/hosts/file/xlsx-snapshot";
import type { Finding } from "../../src/core/findings";
import type { ExcelRun } from "../../src/hosts/excel/excel-port";
import { FakeWorkbook } from "../support/fake-excel";
import { reportPlan } from "../../src/taskpane/report-plan";
import { fakeExcelFromXlsx } from "../support/fake-excel-from-xlsx";

const ROOT = path.resolve(__dirname, "..", "..");
const SAMPLES = ["巨鹿县医疗保障局2023年部门预算.xlsx", "绵阳市医疗保障局2020年转移支付区域绩效自评表.xlsx"].map((f) => path.join(ROOT, "examples", f));
const ALL = { mergedAreas: true, visibleCells: true };

const portOf = (book: FakeWorkbook, features = ALL) => createExcelPort(book.run as unknown as ExcelRun, features);
const brief = (fs_: readonly Finding[]) => fs_.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.ruleId}: ${f.message}`);

describe.each(SAMPLES)("%s read through the Excel adapter", (file) => {
  it("gives the findings budget-check gives for the saved file, in three syncs", async () => {
    const bytes = fs.readFileSync(file);
    const book = await fakeExcelFromXlsx(bytes);
    const snapshot = await portOf(book).readWorkbook();
    expect(book.syncs).toBe(3);
    const inExcel = checkWorkbookSync(snapshot);
    const inFile = checkWorkbookSync(await snapshotFromXlsx(bytes, path.basename(file)));
    expect(inExcel.tables.map((t) => `${t.sheet} ${t.template}`)).toEqual(inFile.tables.map((t) => `${t.sheet} ${t.template}`));
    expect(brief(inExcel.findings)).toEqual(brief(inFile.findings));
    expect(inFile.findings.length).toBeGreaterThan(5);
  });
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

describe("highlights", () => {
  function bookWithFills(): FakeWorkbook {
    const book = new FakeWorkbook();
    const s = book.addSheet("收入总表");
    s.cells.set("0,0", { value: 1 }); // A1, no fill
    s.cells.set("1,0", { value: 2, fill: "#00FF00" }); // A2, green
    s.cells.set("2,0", { value: 3, fill: "#FFFFFF" }); // A3, white (indistinguishable from none)
    return book;
  }

  it("fills each cell by its most severe finding and puts back exactly the fills that were there", async () => {
    const book = bookWithFills();
    const port = portOf(book);
    const filled = await port.highlight([
      { sheet: "收入总表", cell: "A1", severity: "warning" },
      { sheet: "收入总表", cell: "A1", severity: "error" },
      { sheet: "收入总表", cell: "A2", severity: "info" },
      { sheet: "收入总表", cell: "A3", severity: "warning" },
    ]);
    expect(filled).toBe(3);
    expect(["A1", "A2", "A3"].map((c) => book.cell("收入总表", c)?.fill)).toEqual(["#FFC7CE", "#DDEBF7", "#FFEB9C"]);
    expect(await port.clearHighlights()).toBe(3);
    expect(["A1", "A2", "A3"].map((c) => book.cell("收入总表", c)?.fill)).toEqual([undefined, "#00FF00", undefined]);
    expect(book.settings.size).toBe(0);
  });

  it("remembers the original fill across two highlights and a reopened pane, and leaves a fill the user changed since", async () => {
    const book = bookWithFills();
    await portOf(book).highlight([{ sheet: "收入总表", cell: "A2", severity: "warning" }]);
    await portOf(book).highlight([
      { sheet: "收入总表", cell: "A2", severity: "error" },
      { sheet: "收入总表", cell: "A1", severity: "error" },
    ]);
    book.cell("收入总表", "A1")!.fill = "#123456"; // the accountant recoloured it meanwhile
    expect(await portOf(book).clearHighlights()).toBe(1);
    expect(book.cell("收入总表", "A2")?.fill).toBe("#00FF00");
    expect(book.cell("收入总表", "A1")?.fill).toBe("#123456");
  });

  it("does not fail when a highlighted sheet was deleted", async () => {
    const book = bookWithFills();
    await portOf(book).highlight([{ sheet: "收入总表", cell: "A1", severity: "error" }]);
    book.sheets = [];
    expect(await portOf(book).clearHighlights()).toBe(0);
  });
});

describe("report sheet and notes", () => {
  const finding: Finding = {
    ruleId: "row-sum",
    severity: "error",
    sheet: "收入总表",
    cell: "E9",
    related: [],
    message: "=HYPERLINK(\"http://x\") 合计应为 10.00，实为 9.00，差 1.00",
    expected: "10.00",
    actual: "9.00",
    difference: "1.00",
  };

  it("writes a new sheet of text (a message starting with = stays text) beside an existing report, and shows it", async () => {
    const book = new FakeWorkbook();
    book.addSheet("收入总表");
    book.addSheet("校验报告");
    const name = await portOf(book).writeSheet(reportPlan([{ finding }, { finding: { ...finding, severity: "warning", cell: "F9" }, note: "按本地口径" }], "校验结果"));
    expect(name).toBe("校验报告 (2)");
    expect(book.active?.sheet).toBe("校验报告 (2)");
    const cell = (a1: string) => book.cell(name, a1);
    expect(cell("A1")?.value).toBe("校验结果");
    expect(cell("B2")?.value).toBe("严重程度");
    expect(cell("F3")?.value).toBe(finding.message);
    expect(cell("F3")?.formula).toBeUndefined();
    expect(cell("F3")?.numberFormat).toBe("@");
    expect(cell("B4")?.value).toBe("警告");
    expect(cell("J4")?.value).toBe("按本地口径");
    // The checked sheets are untouched.
    expect(book.sheet("收入总表").cells.size).toBe(0);
  });

  it("keeps explanations in the workbook's settings", async () => {
    const book = new FakeWorkbook();
    expect(await portOf(book).loadNotes()).toEqual({});
    await portOf(book).saveNotes({ "blank-total|三公经费|C6|…": "按本地口径" });
    expect(await portOf(book).loadNotes()).toEqual({ "blank-total|三公经费|C6|…": "按本地口径" });
    book.settings.set("ys.notes", "{broken");
    expect(await portOf(book).loadNotes()).toEqual({});
  });

  it("goes to a finding's cell", async () => {
    const book = new FakeWorkbook();
    book.addSheet("收入总表");
    book.addSheet("三公经费");
    await portOf(book).selectCell("三公经费", "C6");
    expect(book.active).toEqual({ sheet: "三公经费", cell: "C6" });
  });

  it("fills blank cells only: a value or a formula is left alone", async () => {
    const book = new FakeWorkbook();
    const s = book.addSheet("自评");
    s.cells.set("0,0", { value: 7 });
    s.cells.set("1,0", { value: 3, formula: "=1+2" });
    const written = await portOf(book).fillBlankCells([
      { sheet: "自评", cell: "A1", value: 9 },
      { sheet: "自评", cell: "A2", value: 9 },
      { sheet: "自评", cell: "A3", value: 8.33 },
    ]);
    expect(written).toBe(1);
    expect(["A1", "A2", "A3"].map((c) => book.cell("自评", c)?.value)).toEqual([7, 3, 8.33]);
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
