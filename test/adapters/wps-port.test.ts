/**
 * What is WPS's own in the task pane's adapter, against an in-memory WPS (fake-wps.ts): one
 * Value2 read per used range, the shapes WPS returns (scalars, nulls, COM error codes, mixed
 * formats), and state in a very hidden sheet that is never checked. What every host must do is
 * in port-contract.test.ts.
 */
import fs from "fs";
import path from "path";
import type { EtApplication } from "../../src/adapters/wps/et-model";
import { createWpsPort, STATE_SHEET } from "../../src/adapters/wps/wps-port";
import { FakeWorkbook } from "../support/fake-excel";
import { fakeExcelFromXlsx } from "../support/fake-excel-from-xlsx";
import { FakeWps } from "../support/fake-wps";

const ROOT = path.resolve(__dirname, "..", "..");
const SAMPLES = ["巨鹿县医疗保障局2023年部门预算.xlsx", "绵阳市医疗保障局2020年转移支付区域绩效自评表.xlsx"].map((f) => path.join(ROOT, "examples", f));
const portOf = (app: FakeWps) => createWpsPort(() => app as unknown as EtApplication);

it.each(SAMPLES)("reads %s with one Value2 read of each sheet's used range", async (file) => {
  const app = new FakeWps(await fakeExcelFromXlsx(fs.readFileSync(file)));
  const snapshot = await portOf(app).readWorkbook();
  expect([...app.usedValueReads.values()].every((n) => n === 1)).toBe(true);
  expect(app.usedValueReads.size).toBe(snapshot.sheets.length);
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

it("reads a used range stretched by formatting to the last row in blocks, and stops at the last value", async () => {
  const book = new FakeWorkbook();
  const s = book.addSheet("收入总表");
  for (let r = 0; r < 10; r++) s.cells.set(`${r},0`, { value: r });
  s.cells.set("1048575,0", { value: "", numberFormat: "#,##0.00" }); // the column formatted to the bottom
  const app = new FakeWps(book);
  const snapshot = await portOf(app).readWorkbook();
  expect(snapshot.sheets[0].rowCount).toBe(10);
  expect(snapshot.sheets[0].cells[9][0]).toBe(9);
  expect(app.usedValueReads.size).toBe(0); // never the whole used range at once
});

it("reads number formats per column (from its first number to its last), and per cell only where they mix", async () => {
  const book = new FakeWorkbook();
  const s = book.addSheet("支出");
  s.cells.set("0,0", { value: "科目" });
  for (let r = 1; r <= 50; r++) {
    s.cells.set(`${r},0`, { value: "行政运行" });
    s.cells.set(`${r},1`, { value: r, numberFormat: "#,##0.00" }); // one format down the column
  }
  s.cells.set("1,2", { value: 0.5, numberFormat: "0%" }); // a column that mixes formats
  s.cells.set("2,2", { value: 3, numberFormat: "#,##0" });
  const app = new FakeWps(book);
  const snapshot = await portOf(app).readWorkbook();
  // 0.5 shown as "50%" is kept as shown text: the mixed column's formats were read cell by cell.
  expect(snapshot.sheets[0].shown).toEqual({ "1,2": "50%" });
  expect(app.cellFormatReads).toBe(2);
});

describe("state in a very hidden sheet", () => {
  function fills(): FakeWorkbook {
    const book = new FakeWorkbook();
    const s = book.addSheet("收入总表");
    s.cells.set("0,0", { value: 1 }); // A1, no fill
    s.cells.set("1,0", { value: 2, fill: "#00FF00" }); // A2, green
    return book;
  }

  it("keeps saved fills in a very hidden sheet, restores no fill as no fill (not white), and never checks that sheet", async () => {
    const book = fills();
    const app = new FakeWps(book);
    await portOf(app).highlight([{ sheet: "收入总表", cell: "A1", severity: "error" }]);
    expect(book.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["收入总表", "Visible"],
      [STATE_SHEET, "VeryHidden"],
    ]);
    expect((await portOf(app).readWorkbook()).sheets.map((s) => s.name)).toEqual(["收入总表"]);
    expect(await portOf(app).clearHighlights()).toBe(1);
    expect(book.cell("收入总表", "A1")?.fill).toBeUndefined();
    expect(app.ScreenUpdating).toBe(true);
  });

  it("splits long state over cells (a cell holds 32,767 characters)", async () => {
    const app = new FakeWps(fills());
    await portOf(app).saveNotes({ k: "说明".repeat(20_000) });
    expect(await portOf(app).loadNotes()).toEqual({ k: "说明".repeat(20_000) });
  });
});
