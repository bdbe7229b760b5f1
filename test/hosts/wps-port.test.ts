/**
 * The task pane's WPS adapter against an in-memory WPS (test/support/fake-wps.ts): the samples
 * read through it check out as the saved files do, each used range's Value2 is read once,
 * highlights restore fills (including "no fill"), state lives in a very hidden sheet that is never
 * checked, and the report sheet holds text only.
 */
import fs from "fs";
import path from "path";
import { checkWorkbookSync } from "../../src/check";
import type { Finding } from "../../src/core/findings";
import type { EtApplication } from "../../src/hosts/wps/et-model";
import { createWpsPort, STATE_SHEET } from "../../src/hosts/wps/wps-port";
import { snapshotFromXlsx } from "../../src/hosts/file/xlsx-snapshot";
import { FakeWorkbook } from "../support/fake-excel";
import { reportPlan } from "../../src/taskpane/report-plan";
import { fakeExcelFromXlsx } from "../support/fake-excel-from-xlsx";
import { FakeWps } from "../support/fake-wps";

const ROOT = path.resolve(__dirname, "..", "..");
const SAMPLES = ["巨鹿县医疗保障局2023年部门预算.xlsx", "绵阳市医疗保障局2020年转移支付区域绩效自评表.xlsx"].map((f) => path.join(ROOT, "examples", f));
const brief = (list: readonly Finding[]) => list.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.ruleId}: ${f.message}`);
const portOf = (app: FakeWps) => createWpsPort(() => app as unknown as EtApplication);

describe.each(SAMPLES)("%s read through the WPS adapter", (file) => {
  it("gives the findings budget-check gives for the saved file, reading each used range's values once", async () => {
    const bytes = fs.readFileSync(file);
    const app = new FakeWps(await fakeExcelFromXlsx(bytes));
    const snapshot = await portOf(app).readWorkbook();
    const inWps = checkWorkbookSync(snapshot);
    const inFile = checkWorkbookSync(await snapshotFromXlsx(bytes, path.basename(file)));
    expect(inWps.tables.map((t) => `${t.sheet} ${t.template}`)).toEqual(inFile.tables.map((t) => `${t.sheet} ${t.template}`));
    expect(brief(inWps.findings)).toEqual(brief(inFile.findings));
    expect([...app.usedValueReads.values()].every((n) => n === 1)).toBe(true);
    expect(app.usedValueReads.size).toBe(snapshot.sheets.filter((s) => s.rowCount > 0).length);
  });
});

describe("reading", () => {
  it("handles a one-cell sheet (Value2 is a scalar), an empty sheet, errors as COM codes, dates, mixed formats, hidden rows and merges", async () => {
    const book = new FakeWorkbook();
    book.addSheet("空表");
    book.addSheet("一格").cells.set("0,0", { value: "合计" });
    const s = book.addSheet("表 1", "Hidden");
    s.cells.set("1,1", { value: "合计" });
    s.cells.set("1,2", { value: { error: "#DIV/0!" }, formula: "=B1/0" });
    s.cells.set("2,2", { value: 26, numberFormat: "yyyy-mm-dd" });
    s.cells.set("3,2", { value: 534.8, numberFormat: "#,##0" });
    s.cells.set("4,2", { value: -2146826281 }); // a number that only looks like an error code
    s.hiddenRows.add(2);
    s.merges.push({ top: 1, left: 1, bottom: 1, right: 3 });
    const snapshot = await portOf(new FakeWps(book)).readWorkbook();
    expect(snapshot.sheets.map((x) => [x.name, x.hidden, x.rowCount])).toEqual([
      ["空表", false, 0],
      ["一格", false, 1],
      ["表 1", true, 5],
    ]);
    expect(snapshot.sheets[1].cells[0][0]).toBe("合计");
    const sheet = snapshot.sheets[2];
    expect(sheet.cells[1][2]).toEqual({ error: "#DIV/0!" });
    expect(sheet.formulas["1,2"]).toBe("B1/0");
    expect(sheet.cells[2][2]).toBe("1900-01-25");
    expect(sheet.dates).toEqual({ "2,2": 26 });
    expect(sheet.shown).toEqual({ "3,2": "535" });
    expect(sheet.cells[4][2]).toBe(-2146826281);
    expect(sheet.hiddenRows).toEqual([2]);
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
  });
});

describe("highlights, report, notes", () => {
  function fills(): FakeWorkbook {
    const book = new FakeWorkbook();
    const s = book.addSheet("收入总表");
    s.cells.set("0,0", { value: 1 }); // A1, no fill
    s.cells.set("1,0", { value: 2, fill: "#00FF00" }); // A2, green
    return book;
  }

  it("fills by severity and restores the previous fills, no fill as no fill (not white), across reopening", async () => {
    const book = fills();
    await portOf(new FakeWps(book)).highlight([
      { sheet: "收入总表", cell: "A1", severity: "info" },
      { sheet: "收入总表", cell: "A1", severity: "error" },
      { sheet: "收入总表", cell: "A2", severity: "warning" },
    ]);
    expect([book.cell("收入总表", "A1")?.fill, book.cell("收入总表", "A2")?.fill]).toEqual(["#FFC7CE", "#FFEB9C"]);
    // The saved fills live in the workbook, in a very hidden sheet.
    expect(book.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["收入总表", "Visible"],
      [STATE_SHEET, "VeryHidden"],
    ]);
    const restored = await portOf(new FakeWps(book)).clearHighlights();
    expect(restored).toBe(2);
    expect(book.cell("收入总表", "A1")?.fill).toBeUndefined();
    expect(book.cell("收入总表", "A2")?.fill).toBe("#00FF00");
  });

  it("leaves a cell the user recoloured after highlighting, and never checks its own state sheet", async () => {
    const book = fills();
    const app = new FakeWps(book);
    await portOf(app).highlight([{ sheet: "收入总表", cell: "A1", severity: "error" }]);
    book.cell("收入总表", "A1")!.fill = "#123456";
    expect(await portOf(app).clearHighlights()).toBe(0);
    expect(book.cell("收入总表", "A1")?.fill).toBe("#123456");
    await portOf(app).saveNotes({ k: "说明".repeat(20_000) }); // longer than a cell holds: split across cells
    expect(await portOf(app).loadNotes()).toEqual({ k: "说明".repeat(20_000) });
    const snapshot = await portOf(app).readWorkbook();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["收入总表"]);
    expect(app.ScreenUpdating).toBe(true);
  });

  it("writes the report as text on a new last sheet and shows it; goes to cells on other sheets", async () => {
    const book = fills();
    book.addSheet("校验报告");
    const app = new FakeWps(book);
    const finding: Finding = { ruleId: "row-sum", severity: "error", sheet: "收入总表", cell: "A1", related: [], message: "=1+1 合计不符" };
    const name = await portOf(app).writeSheet(reportPlan([{ finding, note: "本地口径" }], "校验结果"));
    expect(name).toBe("校验报告 (2)");
    expect(book.sheets[book.sheets.length - 1].name).toBe("校验报告 (2)");
    expect(book.active?.sheet).toBe("校验报告 (2)");
    expect(book.cell(name, "F3")?.value).toBe("=1+1 合计不符");
    expect(book.cell(name, "F3")?.formula).toBeUndefined();
    expect(book.cell(name, "J3")?.value).toBe("本地口径");
    await portOf(app).selectCell("收入总表", "A2");
    expect(book.active).toEqual({ sheet: "收入总表", cell: "A2" });
  });

  it("fills blank cells only: a value or a formula is left alone", async () => {
    const book = new FakeWorkbook();
    const s = book.addSheet("自评");
    s.cells.set("0,0", { value: 7 });
    s.cells.set("1,0", { value: 3, formula: "=1+2" });
    const app = new FakeWps(book);
    const written = await portOf(app).fillBlankCells([
      { sheet: "自评", cell: "A1", value: 9 },
      { sheet: "自评", cell: "A2", value: 9 },
      { sheet: "自评", cell: "A3", value: 8.33 },
    ]);
    expect(written).toBe(1);
    expect(["A1", "A2", "A3"].map((c) => book.cell("自评", c)?.value)).toEqual([7, 3, 8.33]);
    expect(app.ScreenUpdating).toBe(true);
  });
});
