/**
 * The 收入总表 in its flat form of the 2020s: 合计 | 一般公共预算拨款收入 | 政府性基金预算拨款收入 | … |
 * 上年结转, one column per source and no 本年收入 subtotal. 合计 = every source + 上年结转, and the
 * 收支总表's 本年收入合计 is not its 合计 (that one includes 上年结转).
 */
import { checkWorkbookSync } from "../../src/engine/check";
import type { CodedTable } from "../../src/recognize/model";
import { sheet, workbook, type Row } from "../rules/helpers/sheets";

const _ = null;

const summary = (): Row[] => [
  ["2024年部门收支总表", _, _, _],
  ["单位：万元", _, _, _],
  ["收入", _, "支出", _],
  ["项目", "预算数", "项目", "预算数"],
  ["一、一般公共预算拨款收入", 500, "一、社会保障和就业支出", 100],
  ["二、政府性基金预算拨款收入", _, "二、卫生健康支出", 430],
  ["三、事业收入", 20, _, _],
  ["本年收入合计", 520, "本年支出合计", 530],
  ["上年结转", 10, "年终结转", _],
  ["收入总计", 530, "支出总计", 530],
];

const income = (): Row[] => [
  ["2024年部门收入总表", _, _, _, _, _, _, _, _, _, _, _, _],
  ["单位：万元", _, _, _, _, _, _, _, _, _, _, _, _],
  ["科目编码", "科目名称", "合计", "一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入", "财政专户管理资金收入", "事业收入", "事业单位经营收入", "上级补助收入", "附属单位上缴收入", "其他收入", "上年结转"],
  [_, "合计", 530, 500, _, _, _, 20, _, _, _, _, 10],
  ["208", "社会保障和就业支出", 100, 100, _, _, _, _, _, _, _, _, _],
  ["20805", "行政事业单位养老支出", 100, 100, _, _, _, _, _, _, _, _, _],
  ["2080505", "机关事业单位基本养老保险缴费支出", 100, 100, _, _, _, _, _, _, _, _, _],
  ["210", "卫生健康支出", 430, 400, _, _, _, 20, _, _, _, _, 10],
  ["21015", "医疗保障管理事务", 430, 400, _, _, _, 20, _, _, _, _, 10],
  ["2101501", "行政运行", 430, 400, _, _, _, 20, _, _, _, _, 10],
];

const merges = [{ top: 2, left: 0, bottom: 2, right: 1 }, { top: 2, left: 2, bottom: 2, right: 3 }];
const check = (t2: Row[]) => checkWorkbookSync(workbook(sheet("收支总表", summary(), merges), sheet("收入总表", t2)));

describe("收入总表, flat form", () => {
  it("reads 一般公共预算拨款收入 as a source column", () => {
    const t2 = check(income()).recognition.tables[1] as CodedTable;
    expect(t2.columns.map((c) => c.role)).toEqual([
      "code", "name", "total", "gp", "govFund", "soeBudget", "specialAccount", "business", "operating", "superior", "affiliated", "other", "carryover",
    ]);
  });

  it("a correct package raises nothing: 收支总表 本年收入合计 520 is not compared with 合计 530, which includes 上年结转", () => {
    expect(check(income()).findings).toEqual([]);
  });

  it("a wrong 一般公共预算拨款收入 on one line is found at that cell, with what it should be", () => {
    const t2 = income();
    t2[9][3] = 390;
    const errors = check(t2).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.sheet, f.cell, f.expected])).toEqual([["收入总表", "D10", { money: 4000000, decimals: 2 }]]);
  });
});

describe("收入总表 with 本年收入 over 小计 and the sources", () => {
  const rows = (gp: number): Row[] => [
    ["2024年部门收入总表", _, _, _, _, _, _, _],
    ["单位：万元", _, _, _, _, _, _, _],
    ["科目编码", "科目名称", "合计", "本年收入", _, _, _, "上年结转"],
    [_, _, _, "小计", "一般公共预算拨款收入", "政府性基金预算拨款收入", "事业收入", _],
    [_, "合计", 530, 520, 500, _, 20, 10],
    ["210", "卫生健康支出", 530, 520, 500, _, 20, 10],
    ["21015", "医疗保障管理事务", 530, 520, 500, _, 20, 10],
    ["2101501", "行政运行", 530, 520, gp, _, 20, 10],
  ];
  const merges = [{ top: 2, left: 3, bottom: 2, right: 6 }, { top: 2, left: 0, bottom: 3, right: 0 }, { top: 2, left: 1, bottom: 3, right: 1 }, { top: 2, left: 2, bottom: 3, right: 2 }, { top: 2, left: 7, bottom: 3, right: 7 }];
  const run = (gp: number) => checkWorkbookSync(workbook(sheet("收入", rows(gp), merges)));

  it("一般公共预算拨款收入 under 本年收入 is a source: correct raises nothing, a wrong one is found at its cell", () => {
    const r = run(500);
    expect((r.recognition.tables[0] as CodedTable).columns.map((c) => c.role)).toEqual(["code", "name", "total", "current", "gp", "govFund", "business", "carryover"]);
    expect(r.findings).toEqual([]);
    expect(run(490).findings.filter((f) => f.severity === "error").map((f) => [f.ruleId, f.cell])).toEqual([["row-sum", "E8"]]);
  });
});
