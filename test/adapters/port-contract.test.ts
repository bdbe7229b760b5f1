/**
 * What the task pane expects of every host (src/model/host-port.ts), run against both adapters over
 * the same in-memory workbook: Excel's (Office.js batching, fake-excel.ts) and WPS's (ET calls,
 * fake-wps.ts). Host-specific behaviour (syncs, value reads, where state is kept) is tested in
 * excel-port.test.ts and wps-port.test.ts.
 */
import fs from "fs";
import path from "path";
import { checkWorkbookSync } from "../../src/engine/check";
import type { Finding } from "../../src/model/findings";
import { createExcelPort, type ExcelRun } from "../../src/adapters/excel/excel-port";
import { snapshotFromXlsx } from "../../src/adapters/xlsx/xlsx-snapshot";
import type { EtApplication } from "../../src/adapters/wps/et-model";
import { createWpsPort } from "../../src/adapters/wps/wps-port";
import { goalTemplatePlan } from "../../src/fill/goal-template";
import { generateGoalTables } from "../../src/fill/goal-sheets";
import type { HostPort } from "../../src/model/host-port";
import { reportPlan } from "../../src/present/report-plan";
import { FakeWorkbook } from "../support/fake-excel";
import { fakeExcelFromXlsx } from "../support/fake-excel-from-xlsx";
import { FakeWps } from "../support/fake-wps";
import { say } from "../support/text";

const ROOT = path.resolve(__dirname, "..", "..");
const SAMPLES = ["巨鹿县医疗保障局2023年部门预算.xlsx", "绵阳市医疗保障局2020年转移支付区域绩效自评表.xlsx"].map((f) => path.join(ROOT, "examples", f));
const brief = (list: readonly Finding[]) => list.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.ruleId}: ${say(f)}`);

type Host = [name: string, open: (book: FakeWorkbook) => HostPort];
const HOSTS: Host[] = [
  ["Excel", (book) => createExcelPort(book.run as unknown as ExcelRun, { mergedAreas: true, visibleCells: true })],
  ["WPS", (book) => createWpsPort(() => new FakeWps(book) as unknown as EtApplication)],
];

describe.each(HOSTS)("the %s adapter", (_host, open) => {
  it.each(SAMPLES)("reads %s so that it checks out as the saved file does", async (file) => {
    const bytes = fs.readFileSync(file);
    const snapshot = await open(await fakeExcelFromXlsx(bytes)).readWorkbook();
    const inHost = checkWorkbookSync(snapshot);
    const inFile = checkWorkbookSync(await snapshotFromXlsx(bytes, path.basename(file)));
    expect(inHost.tables.map((t) => `${t.sheet} ${t.template}`)).toEqual(inFile.tables.map((t) => `${t.sheet} ${t.template}`));
    expect(brief(inHost.findings)).toEqual(brief(inFile.findings));
    expect(inFile.findings.length).toBeGreaterThan(5);
  });

  it("reads a long one-column sheet (150,000 rows: more than one block)", async () => {
    const book = new FakeWorkbook();
    const s = book.addSheet("明细");
    for (let r = 0; r < 150_000; r++) s.cells.set(`${r},0`, { value: r });
    const snapshot = await open(book).readWorkbook();
    expect(snapshot.sheets[0].rowCount).toBe(150_000);
    expect(snapshot.sheets[0].cells[149_999][0]).toBe(149_999);
  });

  function bookWithFills(): FakeWorkbook {
    const book = new FakeWorkbook();
    const s = book.addSheet("收入总表");
    s.cells.set("0,0", { value: 1 }); // A1, no fill
    s.cells.set("1,0", { value: 2, fill: "#00FF00" }); // A2, green
    return book;
  }

  it("fills each cell by its most severe finding and puts back exactly the fills that were there", async () => {
    const book = bookWithFills();
    const filled = await open(book).highlight([
      { sheet: "收入总表", cell: "A1", severity: "warning" },
      { sheet: "收入总表", cell: "A1", severity: "error" },
      { sheet: "收入总表", cell: "A2", severity: "info" },
    ]);
    expect(filled).toBe(2);
    expect(["A1", "A2"].map((c) => book.cell("收入总表", c)?.fill)).toEqual(["#FFC7CE", "#DDEBF7"]);
    // A reopened pane (a new port) still knows the fills from before.
    expect(await open(book).clearHighlights()).toBe(2);
    expect(["A1", "A2"].map((c) => book.cell("收入总表", c)?.fill)).toEqual([undefined, "#00FF00"]);
    expect(await open(book).clearHighlights()).toBe(0);
  });

  it("keeps the first original fill over two highlights, and leaves a fill the user changed since", async () => {
    const book = bookWithFills();
    await open(book).highlight([{ sheet: "收入总表", cell: "A2", severity: "warning" }]);
    await open(book).highlight([
      { sheet: "收入总表", cell: "A2", severity: "error" },
      { sheet: "收入总表", cell: "A1", severity: "error" },
    ]);
    book.cell("收入总表", "A1")!.fill = "#123456"; // the accountant recoloured it meanwhile
    expect(await open(book).clearHighlights()).toBe(1);
    expect(book.cell("收入总表", "A2")?.fill).toBe("#00FF00");
    expect(book.cell("收入总表", "A1")?.fill).toBe("#123456");
  });

  it("does not fail when a highlighted sheet was deleted", async () => {
    const book = bookWithFills();
    await open(book).highlight([{ sheet: "收入总表", cell: "A1", severity: "error" }]);
    book.sheets = book.sheets.filter((s) => s.name !== "收入总表");
    expect(await open(book).clearHighlights()).toBe(0);
  });

  it("writes a report sheet of text (a message starting with = stays text) beside an existing one, and shows it", async () => {
    const book = new FakeWorkbook();
    book.addSheet("收入总表");
    book.addSheet("校验报告");
    const finding: Finding = { ruleId: "row-sum", severity: "error", sheet: "收入总表", cell: "E9", related: [], data: {}, messageId: '=HYPERLINK("http://x") 合计应为 10.00，实为 9.00', expected: "10.00" };
    const name = await open(book).writeSheet(reportPlan([{ finding }, { finding: { ...finding, severity: "warning", cell: "F9" }, note: "按本地口径" }], "校验结果", "zh-CN"));
    expect(name).toBe("校验报告 (2)");
    expect(book.sheets.map((s) => s.name)).toEqual(["收入总表", "校验报告", "校验报告 (2)"]);
    expect(book.active?.sheet).toBe(name);
    const cell = (a1: string) => book.cell(name, a1);
    expect([cell("A1")?.value, cell("B2")?.value, cell("F3")?.value, cell("B4")?.value, cell("J4")?.value]).toEqual(["校验结果", "严重程度", say(finding), "警告", "按本地口径"]);
    expect(cell("F3")?.formula).toBeUndefined();
    expect(book.sheet("收入总表").cells.size).toBe(0); // the checked sheets are untouched
  });

  it("writes a report's figures as number cells: amounts with two decimals, rates as percentages, their difference in percentage points", async () => {
    const book = new FakeWorkbook();
    const amount = (money: number, signed?: true) => ({ money, decimals: 2, ...(signed ? { signed } : {}) });
    const rate = (basisPoints: number) => ({ basisPoints, decimals: 2 });
    const base = { severity: "error" as const, related: [], data: {} };
    const findings: Finding[] = [
      { ...base, ruleId: "row-sum", sheet: "支出", cell: "E9", messageId: "x", expected: amount(2449000), actual: amount(2500000), difference: amount(51000, true), unit: "万元" },
      { ...base, ruleId: "execution-rate", sheet: "自评1", cell: "E7", messageId: "y", expected: rate(1536), actual: rate(1236), difference: { basisPoints: -300, decimals: 2, points: true } },
    ];
    const name = await open(book).writeSheet(reportPlan(findings.map((finding) => ({ finding })), "校验结果", "zh-CN"));
    const cell = (a1: string) => book.cell(name, a1);
    expect([cell("G3"), cell("H3"), cell("I3")]).toMatchObject([
      { value: 244.9, numberFormat: '#,##0.00" 万元"' },
      { value: 250, numberFormat: '#,##0.00" 万元"' },
      { value: 5.1, numberFormat: '+#,##0.00" 万元";-#,##0.00" 万元";0.00" 万元"' },
    ]);
    expect([cell("G4"), cell("H4"), cell("I4")]).toMatchObject([
      { value: 0.1536, numberFormat: "0.00%" },
      { value: 0.1236, numberFormat: "0.00%" },
      { value: -3, numberFormat: '+0.00" 个百分点";-0.00" 个百分点";0.00" 个百分点"' },
    ]);
    expect(cell("G2")).toMatchObject({ value: "应为", numberFormat: "@" });
  });

  it("writes the goal template with its merged cells", async () => {
    const book = new FakeWorkbook();
    const plan = goalTemplatePlan("城乡医疗救助", "classic", { locale: "zh-CN" });
    const name = await open(book).writeSheet(plan);
    expect(book.sheet(name).merges).toEqual(plan.merges);
    expect(book.cell(name, "B6")?.value).toBe("质量指标");
    // An amount is written as a number (the checker reads it as the project's funds), not as text.
    const withAmount = await open(book).writeSheet(goalTemplatePlan("医疗救助", "classic", { amountWan: 20, locale: "zh-CN" }));
    expect(book.cell(withAmount, "C3")).toMatchObject({ value: 20, numberFormat: "#,##0.00" });
    expect(book.cell(withAmount, "B3")).toMatchObject({ value: "年度资金总额：", numberFormat: "@" });
  });

  it("writes generated goal tables: amounts as numbers, the counts left to fill highlighted, nothing else filled", async () => {
    const book = new FakeWorkbook();
    const { plans, placeholders } = generateGoalTables(
      [{ name: "医疗救助经费", typeId: "medical-assistance", total: 50000, fiscal: 50000, other: 0 }],
      { framework: "classic", locale: "zh-CN" },
    );
    const name = await open(book).writeSheet(plans[0]);
    expect(placeholders.map((p) => p.cell)).toEqual(["E8"]);
    expect(book.cell(name, "E8")?.fill).toBe("#FFF2CC");
    expect(book.cell(name, "E9")?.fill).toBeUndefined();
    expect(book.cell(name, "C3")).toMatchObject({ value: 5, numberFormat: "#,##0.00" });
    expect(book.cell(name, "E12")?.value).toBe("≤5万元");
  });

  it("reads the selection: its sheet and range", async () => {
    const book = new FakeWorkbook();
    book.addSheet("项目清单");
    book.addSheet("第 2 表");
    book.active = { sheet: "第 2 表", cell: "B2:C4" };
    expect(await open(book).readSelection()).toEqual({ sheet: "第 2 表", range: { top: 1, left: 1, bottom: 3, right: 2 } });
    book.active = { sheet: "项目清单", cell: "D7" };
    expect(await open(book).readSelection()).toEqual({ sheet: "项目清单", range: { top: 6, left: 3, bottom: 6, right: 3 } });
  });

  it("writes a block at a cell, never over a non-empty cell unless that cell was confirmed", async () => {
    const book = new FakeWorkbook();
    const s = book.addSheet("目标");
    s.cells.set("4,2", { value: "已有内容" }); // C5
    s.cells.set("5,3", { value: "", formula: "=1+1" }); // D6: a formula counts as content
    const plan = { name: "x", rows: [["标题", "", ""], ["名称", 12.5, "≥□"], ["甲", "乙", "丙"]], boldRows: [0], merges: [{ top: 0, left: 0, bottom: 0, right: 2 }], highlights: ["C2"] };
    const port = open(book);
    const refused = await port.writeAt("目标", { row: 3, col: 1 }, plan);
    expect(refused).toEqual({ written: false, occupied: ["C5", "D6"] });
    expect(book.cell("目标", "B4")).toBeUndefined();
    expect(book.cell("目标", "C5")?.value).toBe("已有内容");
    // Confirming only some of them is not enough.
    expect((await port.writeAt("目标", { row: 3, col: 1 }, plan, ["C5"])).written).toBe(false);
    const done = await port.writeAt("目标", { row: 3, col: 1 }, plan, ["C5", "D6"]);
    expect(done).toEqual({ written: true, occupied: ["C5", "D6"] });
    expect(book.cell("目标", "B4")?.value).toBe("标题");
    expect(book.cell("目标", "C5")).toMatchObject({ value: 12.5, numberFormat: "#,##0.00" });
    expect(book.cell("目标", "D5")?.fill).toBe("#FFF2CC");
    expect(book.sheet("目标").merges).toEqual([{ top: 3, left: 1, bottom: 3, right: 3 }]);
    // Into empty cells it writes at once.
    expect(await port.writeAt("目标", { row: 20, col: 0 }, plan)).toEqual({ written: true, occupied: [] });
  });

  it("keeps explanations in the workbook, for the next pane", async () => {
    const book = new FakeWorkbook();
    book.addSheet("收入总表");
    expect(await open(book).loadNotes()).toEqual({});
    await open(book).saveNotes({ "blank-total|三公经费|C6|…": "按本地口径" });
    expect(await open(book).loadNotes()).toEqual({ "blank-total|三公经费|C6|…": "按本地口径" });
  });

  it("goes to a cell on another sheet", async () => {
    const book = new FakeWorkbook();
    book.addSheet("收入总表");
    book.addSheet("三公经费");
    await open(book).selectCell("三公经费", "C6");
    expect(book.active).toEqual({ sheet: "三公经费", cell: "C6" });
  });

  it("fills blank cells only: a value or a formula is left alone", async () => {
    const book = new FakeWorkbook();
    const s = book.addSheet("自评");
    s.cells.set("0,0", { value: 7 });
    s.cells.set("1,0", { value: 3, formula: "=1+2" });
    const written = await open(book).fillBlankCells([
      { sheet: "自评", cell: "A1", value: 9 },
      { sheet: "自评", cell: "A2", value: 9 },
      { sheet: "自评", cell: "A3", value: 8.33 },
    ]);
    expect(written).toBe(1);
    expect(["A1", "A2", "A3"].map((c) => book.cell("自评", c)?.value)).toEqual([7, 3, 8.33]);
  });
});
