import { existsSync, mkdirSync, readFileSync } from "fs";
import * as path from "path";
import { main } from "../../../src/apps/cli/main";
import type { JsonOutput } from "../../../src/apps/cli/format-json";
import { summaryWorkbook } from "../../../src/adapters/xlsx/summary-workbook";
import { readBack, sha256, tempDir } from "../../adapters/helpers/xlsx";
import { BAD_CELL_RULE, fakeIo, plainBytes, put } from "./helpers";
import type { Finding } from "../../../src/model/findings";

const tmp = tempDir("budget-check-summary-");
afterAll(() => tmp.cleanup());

const finding = (severity: Finding["severity"], cell: string): Finding => ({
  ruleId: "row-sum",
  severity,
  sheet: "表3",
  cell,
  related: [],
  data: {}, messageId: `第9行：应为 26.00，实为 27.00，差额 +1.00`,
  expected: "26.00",
  actual: "27.00",
  difference: "+1.00",
});

/** The values of a sheet's rows, header included, trailing empty cells dropped. */
function rows(ws: { eachRow(cb: (row: { values: unknown }) => void): void }): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe("summaryWorkbook", () => {
  it("has a line per file and every finding with its file", async () => {
    const bytes = await summaryWorkbook([
      { file: "送审/县医保局.xlsx", tables: 18, findings: [finding("error", "D10"), finding("warning", "E10")] },
      { file: "送审/县卫健委.xlsx", tables: 18, findings: [] },
      { file: "送审/旧.xls", tables: 0, findings: [], error: "旧.xls 是旧版 Excel 97-2003（.xls）文件" },
    ], "zh-CN");
    const wb = await readBack(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["文件汇总", "问题清单"]);
    expect(rows(wb.getWorksheet("文件汇总")!)).toEqual([
      ["序号", "文件", "识别的表", "错误", "警告", "提示", "状态"],
      [1, "送审/县医保局.xlsx", 18, 1, 1, 0, "有错误"],
      [2, "送审/县卫健委.xlsx", 18, 0, 0, 0, "没有错误"],
      [3, "送审/旧.xls", undefined, undefined, undefined, undefined, "无法检查：旧.xls 是旧版 Excel 97-2003（.xls）文件"],
    ]);
    const list = rows(wb.getWorksheet("问题清单")!);
    expect(list[0]).toEqual(["序号", "文件", "严重程度", "工作表", "单元格", "规则", "说明", "应为", "实为", "差额"]);
    expect(list.slice(1).map((r) => [r[0], r[1], r[2], r[4], r[7], r[9]])).toEqual([
      [1, "送审/县医保局.xlsx", "错误", "D10", "26.00", "+1.00"],
      [2, "送审/县医保局.xlsx", "警告", "E10", "26.00", "+1.00"],
    ]);
    expect(wb.getWorksheet("问题清单")!.autoFilter).toBeDefined();
  });
});

describe("budget-check --summary", () => {
  it("writes the summary of a folder's files, and a second run does not read it as a submission", async () => {
    const folder = path.join(tmp.dir, "送审");
    mkdirSync(folder, { recursive: true });
    put(folder, "a.xlsx", await plainBytes({ B2: "坏:error" }));
    put(folder, "b.xlsx", await plainBytes());
    const summary = path.join(folder, "汇总.xlsx");
    const io = fakeIo();
    expect(await main(["--format", "json", "--summary", summary, folder], io.io, { rules: [BAD_CELL_RULE] })).toBe(1);
    expect(io.stderr()).toContain(`已写入汇总表：${summary}`);
    const files = rows((await readBack(new Uint8Array(readFileSync(summary)))).getWorksheet("文件汇总")!);
    expect(files.slice(1).map((r) => [r[1], r[3]])).toEqual([
      [path.join(folder, "a.xlsx"), 1],
      [path.join(folder, "b.xlsx"), 0],
    ]);
    const again = fakeIo();
    await main(["--format", "json", "--summary", summary, folder], again.io, { rules: [BAD_CELL_RULE] });
    expect((JSON.parse(again.stdout()) as JsonOutput).files.map((f) => path.basename(f.file))).toEqual(["a.xlsx", "b.xlsx"]);
  });

  it("refuses a name that is not .xlsx, and never writes over an input", async () => {
    const input = put(tmp.dir, "in.xlsx", await plainBytes());
    const bad = fakeIo();
    expect(await main(["--summary", path.join(tmp.dir, "汇总.csv"), input], bad.io)).toBe(2);
    expect(bad.stderr()).toContain("--summary 写出的是 .xlsx 工作簿，文件名请以 .xlsx 结尾");
    expect(existsSync(path.join(tmp.dir, "汇总.csv"))).toBe(false);
    const before = sha256(input);
    const same = fakeIo();
    expect(await main(["--summary", input, input], same.io)).toBe(2);
    expect(same.stderr()).toContain(`不会覆盖输入文件：${input}`);
    expect(sha256(input)).toBe(before);
  });
});
