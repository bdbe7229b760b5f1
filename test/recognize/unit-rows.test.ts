/**
 * Tables by unit (单位编码 | 单位名称): a department's row above its units' rows (101 over 101001,
 * 101002) adds them up, and the 合计 row adds up the departments, not the units twice.
 */
import { checkWorkbookSync } from "../../src/engine/check";
import type { Finding } from "../../src/model/findings";
import { renderMessage } from "../../src/present/render";
import { Row, sheet, workbook } from "../rules/helpers/sheets";

const _ = null;
const told = (f: Finding) => `${f.cell} ${renderMessage(f, "zh-CN")}`;
const check = (name: string, rows: Row[]) => checkWorkbookSync(workbook(sheet(name, rows))).findings;

/** 支出总表 by unit; `department` and `centreBasic` are the department's 合计 and the second unit's 基本支出. */
function byUnit(department = 650, centreBasic = 170): Row[] {
  return [
    ["2024年部门支出总表", _, _, _, _],
    ["单位：万元", _, _, _, _],
    ["单位编码", "单位名称", "合计", "基本支出", "项目支出"],
    [_, "合计", 650, 600, 50],
    ["101", "某县医疗保障局", department, 600, 50],
    ["101001", "某县医疗保障局（本级）", 450, 430, 20],
    ["101002", "某县医疗保险服务中心", 200, centreBasic, 30],
  ];
}

describe("a department's row over its units' rows", () => {
  it("passes a table that adds up (the units are not counted twice in 合计)", () => {
    expect(check("支出", byUnit())).toEqual([]);
  });

  it("tells a wrong department row at its cell", () => {
    expect(check("支出", byUnit(651)).map(told)).toEqual([expect.stringMatching(/^C5 此格应为 650\.00，实为 651\.00/)]);
  });

  it("tells a wrong unit figure at its cell (the department's sum points at it)", () => {
    expect(check("支出", byUnit(650, 160)).map(told)).toEqual([expect.stringMatching(/^D7 此格应为 170\.00，实为 160\.00/)]);
  });

  it("adds up the function-coded rows under each unit, and the units under the department", () => {
    const rows = (itemTotal: number): Row[] => [
      ["2024年部门支出总表", _, _, _, _, _],
      ["单位：万元", _, _, _, _, _],
      ["科目编码", "单位编码", "单位（科目名称）", "合计", "基本支出", "项目支出"],
      [_, _, "合计", 650, 600, 50],
      [_, "101", "某县医疗保障局", 650, 600, 50],
      [_, "101001", "某县医疗保障局（本级）", 450, 430, 20],
      ["2101501", _, "行政运行", 430, 430, _],
      ["2101599", _, "其他医疗保障管理事务支出", 20, _, 20],
      [_, "101002", "某县医疗保险服务中心", 200, 170, 30],
      ["2101501", _, "行政运行", 170, 170, _],
      ["2101506", _, "医疗保障经办事务", itemTotal, _, 30],
    ];
    expect(check("支出", rows(30))).toEqual([]);
    expect(check("支出", rows(31)).map(told)).toEqual([expect.stringMatching(/^D11 此格应为 30\.00，实为 31\.00/)]);
  });
});

describe("numbers in the unit column that are no hierarchy", () => {
  it("a sequence 1, 2 … 12 is read as twelve units, each counted once", () => {
    const rows: Row[] = [
      ["2024年部门支出总表", _, _, _, _],
      ["单位：万元", _, _, _, _],
      ["单位编码", "单位名称", "合计", "基本支出", "项目支出"],
      [_, "合计", 78, 78, _],
    ];
    for (let i = 1; i <= 12; i++) rows.push([String(i), `单位${i}`, i, i, _]);
    expect(check("支出", rows)).toEqual([]);
  });
});
