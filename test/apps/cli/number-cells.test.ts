/**
 * Numbers stay numbers (#16): 应为 / 实为 / 差额 are number cells with two decimals in the annotated
 * copy's 校验报告 sheet and the summary workbook (the amounts' unit in the header, or in the cell's
 * format when the amounts of one list differ in unit), and numbers in the JSON. Rates too: percent
 * cells holding the fraction, a difference between rates in percentage points.
 */
import { readFileSync } from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { main } from "../../../src/apps/cli/main";
import type { JsonOutput } from "../../../src/apps/cli/format-json";
import { readBack, tempDir } from "../../adapters/helpers/xlsx";
import { fakeIo, plantedBytes, put } from "./helpers";

const tmp = tempDir("budget-check-numbers-");
afterAll(() => tmp.cleanup());

const TWO_DECIMALS = /(^|[^0])0\.00(?!0)/;

/** The header cells of a report row by their text, and the row of the finding at sheet!cell. */
function findRow(ws: ExcelJS.Worksheet, headerRow: number, sheet: string, cell: string): { header: Map<string, number>; row: ExcelJS.Row } {
  const header = new Map<string, number>();
  ws.getRow(headerRow).eachCell((c, col) => header.set(String(c.value), col));
  const sheetCol = header.get("工作表")!;
  const cellCol = header.get("单元格")!;
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row, n) => {
    if (n <= headerRow || found) return;
    const c = row.getCell(cellCol).value;
    const a1 = typeof c === "object" && c !== null && "text" in c ? String(c.text) : String(c);
    if (row.getCell(sheetCol).value === sheet && a1 === cell) found = row;
  });
  if (!found) throw new Error(`no report row for ${sheet}!${cell}`);
  return { header, row: found };
}

describe("应为 / 实为 / 差额 as numbers", () => {
  let planted: { sheet: string; cell: string };
  let out: string;
  let summary: string;
  let json: JsonOutput;

  beforeAll(async () => {
    const p = await plantedBytes();
    planted = p;
    const input = put(tmp.dir, "县医保局.xlsx", p.bytes);
    out = path.join(tmp.dir, "副本.xlsx");
    summary = path.join(tmp.dir, "汇总.xlsx");
    const io = fakeIo();
    await main(["--format", "json", "--out", out, "--summary", summary, input], io.io);
    if (!io.stdout()) throw new Error(io.stderr());
    json = JSON.parse(io.stdout()) as JsonOutput;
  }, 120000);

  it("are numbers in the JSON, with the table's unit", () => {
    const f = json.files[0].findings.find((x) => x.sheet === planted.sheet && x.cell === planted.cell)!;
    // 2101501 行政运行 合计 244.90 typed as 250.00.
    expect(f).toMatchObject({ expected: 244.9, actual: 250, difference: 5.1, unit: "万元" });
  });

  const check = (ws: ExcelJS.Worksheet, headerRow: number) => {
    const { header, row } = findRow(ws, headerRow, planted.sheet, planted.cell);
    const unitInHeader = header.has("应为（万元）");
    const col = (name: string) => header.get(unitInHeader ? `${name}（万元）` : name)!;
    const cells = ["应为", "实为", "差额"].map((name) => row.getCell(col(name)));
    expect(cells.map((c) => c.type)).toEqual([2, 2, 2]); // ExcelJS ValueType.Number
    expect(cells.map((c) => c.value)).toEqual([244.9, 250, 5.1]);
    for (const c of cells) {
      expect(c.numFmt).toMatch(TWO_DECIMALS);
      // The unit is in the header, or else in the number's own format.
      if (!unitInHeader) expect(c.numFmt).toContain("万元");
    }
    expect(cells[2].numFmt.startsWith("+")).toBe(true); // a difference keeps its sign
  };

  it("are number cells with two decimals in the summary workbook's 问题清单", async () => {
    const wb = await readBack(new Uint8Array(readFileSync(summary)));
    check(wb.getWorksheet("问题清单")!, 1);
  });

  it("are number cells with two decimals in the annotated copy's 校验报告", async () => {
    const wb = await readBack(new Uint8Array(readFileSync(out)));
    check(wb.getWorksheet("校验报告")!, 2);
  });
});

describe("rates (执行率) as numbers", () => {
  let out: string;
  let summary: string;
  let json: JsonOutput;

  beforeAll(async () => {
    // The sample 自评表 with 地方资金's rate typed as 12.36% where 630.97 ÷ 4108 = 15.36%.
    const wb = await readBack(new Uint8Array(readFileSync(path.join("examples", "绵阳市医疗保障局2020年转移支付区域绩效自评表.xlsx"))));
    wb.getWorksheet("医疗救助")!.getCell("E9").value = 0.1236;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const input = put(tmp.dir, "绵阳.xlsx", bytes);
    out = path.join(tmp.dir, "绵阳-副本.xlsx");
    summary = path.join(tmp.dir, "绵阳-汇总.xlsx");
    const io = fakeIo();
    await main(["--format", "json", "--out", out, "--summary", summary, input], io.io);
    if (!io.stdout()) throw new Error(io.stderr());
    json = JSON.parse(io.stdout()) as JsonOutput;
  }, 120000);

  it("are percentages in the JSON with unit \"%\", a difference in percentage points", () => {
    const findings = json.files[0].findings.filter((x) => x.sheet === "医疗救助");
    const rate = findings.find((x) => x.cell === "E9")!;
    expect(rate).toMatchObject({ ruleId: "execution-rate", expected: 15.36, actual: 12.36, difference: -3, unit: "%" });
    expect(rate.message).toBe("“地方资金”的预算执行率应为 15.36%（全年执行数 ÷ 全年预算数），表中为 12.36%");
    expect(rate.data).toMatchObject({ expected: { basisPoints: 1536, decimals: 2 }, actual: { basisPoints: 1236, decimals: 2 } });
    expect(findings.find((x) => x.cell === "E7")).toMatchObject({ ruleId: "unexplained-execution", expected: 100, actual: 77.32, unit: "%" });
  });

  const check = (ws: ExcelJS.Worksheet, headerRow: number) => {
    const { header, row } = findRow(ws, headerRow, "医疗救助", "E9");
    const cells = ["应为", "实为", "差额"].map((name) => row.getCell(header.get(name)!));
    expect(cells.map((c) => c.type)).toEqual([2, 2, 2]); // ExcelJS ValueType.Number
    expect(cells.map((c) => c.value)).toEqual([0.1536, 0.1236, -3]);
    expect(cells.map((c) => c.numFmt)).toEqual(["0.00%", "0.00%", '+0.00" 个百分点";-0.00" 个百分点";0.00" 个百分点"']);
    // The 100.00% a budget must reach is a number too.
    const unexplained = findRow(ws, headerRow, "医疗救助", "E7").row;
    expect(unexplained.getCell(header.get("应为")!).value).toBe(1);
    expect(unexplained.getCell(header.get("实为")!).value).toBe(0.7732);
  };

  it("are percent cells in the summary workbook's 问题清单", async () => {
    const wb = await readBack(new Uint8Array(readFileSync(summary)));
    check(wb.getWorksheet("问题清单")!, 1);
  });

  it("are percent cells in the annotated copy's 校验报告", async () => {
    const wb = await readBack(new Uint8Array(readFileSync(out)));
    check(wb.getWorksheet("校验报告")!, 2);
  });
});
