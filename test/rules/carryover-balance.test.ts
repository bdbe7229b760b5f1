/**
 * D2 on the 政府性基金预算财政拨款收入支出决算表 (docs/domain.md §3.3): 年末结转和结余 = 年初结转和结余 +
 * 本年收入 − 本年支出 on every row.
 */
import { checkWorkbookSync } from "../../src/engine/check";
import type { CellRange } from "../../src/model/a1";
import { CellValue, sheetFromRows } from "../../src/model/snapshot";
import { at, runRule } from "./helpers/run";
import { say } from "../support/text";

type Row = CellValue[];

/** Columns: 编码 | 名称 | 年初 | 本年收入 | 本年支出 小计 | 基本 | 项目 | 年末 (sheet rows 6–9 are the body). */
function fundFinal(body?: Row[]) {
  const rows: Row[] = [
    ["政府性基金预算财政拨款收入支出决算表"],
    ["编制单位：某某县医疗保障局", null, null, null, null, null, null, "单位：万元"],
    ["项目", null, "年初结转和结余", "本年收入", "本年支出", null, null, "年末结转和结余"],
    ["功能分类科目编码", "科目名称", null, null, "小计", "基本支出", "项目支出", null],
    ["栏次", null, 1, 2, 3, 4, 5, 6],
    ...(body ?? [
      ["合计", null, 10, 50, 45, 0, 45, 15],
      ["229", "其他支出", 10, 50, 45, 0, 45, 15],
      ["22960", "彩票公益金安排的支出", 10, 50, 45, 0, 45, 15],
      ["2296002", "用于社会福利的彩票公益金支出", 10, 50, 45, 0, 45, 15],
    ]),
  ];
  const merges: CellRange[] = [
    { top: 2, left: 0, bottom: 2, right: 1 },
    { top: 2, left: 2, bottom: 3, right: 2 },
    { top: 2, left: 3, bottom: 3, right: 3 },
    { top: 2, left: 4, bottom: 2, right: 6 },
    { top: 2, left: 7, bottom: 3, right: 7 },
  ];
  return { source: "决算.xlsx", sheets: [sheetFromRows("基金决算", rows, { merges })] };
}

function withCell(body: Row[], row: number, col: number, value: CellValue): Row[] {
  return body.map((r, i) => (i === row ? r.map((v, c) => (c === col ? value : v)) : r));
}

const BODY: Row[] = [
  ["合计", null, 10, 50, 45, 0, 45, 15],
  ["229", "其他支出", 10, 50, 45, 0, 45, 15],
  ["22960", "彩票公益金安排的支出", 10, 50, 45, 0, 45, 15],
  ["2296002", "用于社会福利的彩票公益金支出", 10, 50, 45, 0, 45, 15],
];

describe("carryover-balance", () => {
  it("passes a consistent table, and the whole check finds no error or warning in it", () => {
    expect(runRule("carryover-balance", fundFinal())).toEqual([]);
    const all = checkWorkbookSync(fundFinal()).findings.filter((f) => f.severity !== "info");
    expect(all).toEqual([]);
  });

  it("reads the four balance columns of the 收入支出决算表", () => {
    const r = checkWorkbookSync(fundFinal());
    const roles = r.recognition.tables[0].columns.map((c) => `${c.col}:${c.role}`);
    expect(roles).toEqual(expect.arrayContaining(["2:opening", "3:income", "4:total", "7:closing"]));
  });

  it("finds a wrong 年末结转和结余 at its cell, with expected, actual and difference", () => {
    const f = runRule("carryover-balance", fundFinal(withCell(BODY, 3, 7, 16)));
    expect(f.map(at)).toEqual(["基金决算!H9"]);
    expect(f[0].severity).toBe("error");
    expect(say(f[0])).toContain("2296002");
    expect(say(f[0])).toContain("应为 15.00，实为 16.00，差额 +1.00");
    expect(f[0].related.map((c) => c.cell)).toEqual(["C9", "D9", "E9"]);
  });

  it("treats blank cells as 0: a blank 年末 on a row that leaves a balance is an error", () => {
    const f = runRule("carryover-balance", fundFinal(withCell(BODY, 0, 7, null)));
    expect(f.map(at)).toEqual(["基金决算!H6"]);
    expect(say(f[0])).toContain("应为 15.00，实为 0.00");
    // A row with everything blank, or nothing carried (0 + 0 − 0 = blank), holds.
    const quiet = fundFinal([...BODY, ["2296003", "用于体育事业的彩票公益金支出", null, null, null, null, null, null]]);
    expect(runRule("carryover-balance", quiet)).toEqual([]);
  });

  it("reports a 0.01 gap as a rounding warning", () => {
    const f = runRule("carryover-balance", fundFinal(withCell(BODY, 1, 7, 15.01)));
    expect(f.map(at)).toEqual(["基金决算!H7"]);
    expect(f[0].severity).toBe("warning");
  });

  it("leaves a row with text that is not a number to the hygiene rules", () => {
    expect(runRule("carryover-balance", fundFinal(withCell(BODY, 2, 3, "五十")))).toEqual([]);
  });

  it("checks the new columns' sums too: a wrong 年初 on a 项 row breaks the hierarchy", () => {
    const f = checkWorkbookSync(fundFinal(withCell(BODY, 3, 2, 12)), { locate: false }).findings.filter((x) => x.severity === "error");
    expect(f.map((x) => `${x.ruleId} ${x.cell}`)).toEqual(expect.arrayContaining(["code-hierarchy C8", "carryover-balance H9"]));
  });

  it("with localisation the hierarchy and the carry-over it breaks are one error, at the wrong 年初", () => {
    const f = checkWorkbookSync(fundFinal(withCell(BODY, 3, 2, 12))).findings.filter((x) => x.severity === "error");
    expect(f.map((x) => x.cell)).toEqual(["C9"]);
    expect(f[0].related.map((r) => r.cell)).toEqual(expect.arrayContaining(["C8", "H9"]));
  });

  it("does nothing on a budget 政府性基金 支出表 (no carry-over columns)", () => {
    const rows: Row[] = [
      ["政府性基金预算财政拨款支出表"],
      ["单位：万元"],
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ["合计", null, 45, 0, 45],
      ["229", "其他支出", 45, 0, 45],
    ];
    expect(runRule("carryover-balance", { source: "b.xlsx", sheets: [sheetFromRows("基金", rows)] })).toEqual([]);
  });
});
