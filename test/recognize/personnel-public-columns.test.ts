/**
 * Expenditure tables that split 基本支出 into 人员经费 | 公用经费 (under a 基本支出 group with its 小计,
 * or as columns of their own): each row's 基本支出 = 人员经费 + 公用经费 (A11), and without a 小计 the
 * halves stand for 基本支出 in 合计 = 基本支出 + 项目支出 (A10).
 */
import { checkWorkbookSync } from "../../src/engine/check";
import { renderMessage } from "../../src/present/render";
import type { Finding } from "../../src/model/findings";
import { Row, sheet, workbook } from "../rules/helpers/sheets";

const _ = null;
const merges = (ranges: [number, number, number, number][]) => ranges.map(([top, left, bottom, right]) => ({ top, left, bottom, right }));

/** 支出总表 with 基本支出 (小计 | 人员经费 | 公用经费) and 项目支出; `administration` is the 行政运行 row's 公用经费. */
function groupedRows(administration: number): Row[] {
  return [
    ["2024年部门支出总表", _, _, _, _, _, _],
    ["单位：万元", _, _, _, _, _, _],
    ["科目编码", "科目名称", "总计", "基本支出", _, _, "项目支出"],
    [_, _, _, "小计", "人员经费", "公用经费", _],
    [_, "合计", 650, 600, 500, 100, 50],
    ["210", "卫生健康支出", 650, 600, 500, 100, 50],
    ["21015", "医疗保障管理事务", 650, 600, 500, 100, 50],
    ["2101501", "行政运行", 600, 600, 500, administration, _],
    ["2101506", "医疗保障经办事务", 50, _, _, _, 50],
  ];
}
const groupedMerges = merges([[2, 0, 3, 0], [2, 1, 3, 1], [2, 2, 3, 2], [2, 3, 2, 5], [2, 6, 3, 6]]);

/** The same without a 基本支出 column: 合计 | 人员经费 | 公用经费 | 项目支出; `total` is the 行政运行 row's 合计. */
function halvesRows(total: number): Row[] {
  return [
    ["2024年一般公共预算支出表", _, _, _, _, _],
    ["单位：万元", _, _, _, _, _],
    ["科目编码", "科目名称", "合计", "人员经费", "公用经费", "项目支出"],
    [_, "合计", 650, 500, 100, 50],
    ["210", "卫生健康支出", 650, 500, 100, 50],
    ["21015", "医疗保障管理事务", 650, 500, 100, 50],
    ["2101501", "行政运行", total, 500, 100, _],
    ["2101506", "医疗保障经办事务", 50, _, _, 50],
  ];
}

const errors = (findings: Finding[]) => findings.filter((f) => f.severity === "error");
const where = (f: Finding) => `${f.cell} ${renderMessage(f, "zh-CN")}`;

describe("基本支出 split into 人员经费 | 公用经费", () => {
  it("reads the halves under the 基本支出 group", () => {
    const result = checkWorkbookSync(workbook(sheet("支出总表", groupedRows(100), groupedMerges)));
    const table = result.recognition.tables[0];
    expect(table.columns.filter((c) => c.numeric).map((c) => [c.role, c.col])).toEqual([
      ["total", 2],
      ["basic", 3],
      ["basic.personnel", 4],
      ["basic.public", 5],
      ["project", 6],
    ]);
    expect(errors(result.findings)).toEqual([]);
  });

  it("finds a wrong 公用经费 at its cell, with the figure it should be", () => {
    const found = errors(checkWorkbookSync(workbook(sheet("支出总表", groupedRows(90), groupedMerges))).findings);
    expect(found.map(where)).toEqual([expect.stringMatching(/^F8 此格应为 100\.00，实为 90\.00/)]);
  });

  it("without a 基本支出 column, checks 合计 = 人员经费 + 公用经费 + 项目支出", () => {
    expect(errors(checkWorkbookSync(workbook(sheet("一般", halvesRows(600)))).findings)).toEqual([]);
    const found = errors(checkWorkbookSync(workbook(sheet("一般", halvesRows(610)))).findings);
    expect(found.map(where)).toEqual([expect.stringMatching(/^C7 此格应为 600\.00，实为 610\.00/)]);
  });
});

describe("项目支出 split by the classes of 预算管理一体化 (人员类 | 其他运转类 | 特定目标类)", () => {
  /** `running` is the 行政运行 row's 其他运转类. */
  const rows = (running: number): Row[] => [
    ["2024年部门支出总表", _, _, _, _, _, _, _, _],
    ["单位：万元", _, _, _, _, _, _, _, _],
    ["科目编码", "科目名称", "合计", "基本支出", _, _, "项目支出", _, _],
    [_, _, _, "小计", "人员经费", "公用经费", "小计", "其他运转类", "特定目标类"],
    [_, "合计", 700, 600, 500, 100, 100, 40, 60],
    ["210", "卫生健康支出", 700, 600, 500, 100, 100, 40, 60],
    ["21015", "医疗保障管理事务", 700, 600, 500, 100, 100, 40, 60],
    ["2101501", "行政运行", 640, 600, 500, 100, 40, running, _],
    ["2101506", "医疗保障经办事务", 60, _, _, _, 60, _, 60],
  ];
  const sheetOf = (r: Row[]) => sheet("支出总表", r, merges([[2, 0, 3, 0], [2, 1, 3, 1], [2, 2, 3, 2], [2, 3, 2, 5], [2, 6, 2, 8]]));

  it("reads the classes, and checks 合计 = 基本 + 项目 (the classes are no unknown source)", () => {
    const result = checkWorkbookSync(workbook(sheetOf(rows(40))));
    expect(result.recognition.tables[0].columns.filter((c) => c.role.startsWith("project")).map((c) => c.role)).toEqual(["project", "project.running", "project.targeted"]);
    expect(errors(result.findings)).toEqual([]);
  });

  it("finds a wrong class figure at its cell", () => {
    expect(errors(checkWorkbookSync(workbook(sheetOf(rows(45)))).findings).map(where)).toEqual([expect.stringMatching(/^H8 此格应为 40\.00，实为 45\.00/)]);
  });
});
