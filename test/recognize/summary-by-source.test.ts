/**
 * 收支总表 whose expenditure side gives each row's amount by source (江苏 and others: 项目 | 合计 |
 * 一般公共预算 | 政府性基金预算 | 财政专户管理资金 | 单位资金): each row adds up across its sources (A23).
 */
import { checkWorkbookSync } from "../../src/engine/check";
import type { Finding } from "../../src/model/findings";
import { renderMessage } from "../../src/present/render";
import { Row, sheet, workbook } from "../rules/helpers/sheets";

const _ = null;

function summaryRows(health: number, header = ["项目", "合计", "一般公共预算", "政府性基金预算", "财政专户管理资金", "单位资金"]): Row[] {
  return [
    ["2024年部门收支总表", _, _, _, _, _, _, _],
    ["单位：万元", _, _, _, _, _, _, _],
    ["收入", _, "支出", _, _, _, _, _],
    ["项目", "预算数", ...header],
    ["一、一般公共预算拨款收入", 500, "一、社会保障和就业支出", 100, 100, _, _, _],
    ["二、政府性基金预算拨款收入", 20, "二、卫生健康支出", health, 400, 20, 10, 10],
    ["三、财政专户管理资金收入", 10, "三、住房保障支出", 10, _, _, _, 10],
    ["四、单位资金", 20, _, _, _, _, _, _],
    ["本年收入合计", 550, "本年支出合计", 550, 500, 20, 10, 20],
    ["上年结转", _, "结转下年", _, _, _, _, _],
    ["收入总计", 550, "支出总计", 550, 500, 20, 10, 20],
  ];
}
const merges = [
  { top: 2, left: 0, bottom: 2, right: 1 },
  { top: 2, left: 2, bottom: 2, right: 7 },
];
const check = (rows: Row[]) => checkWorkbookSync(workbook(sheet("收支总表", rows, merges))).findings;
const told = (f: Finding) => `${f.cell} ${renderMessage(f, "zh-CN")}`;

describe("收支总表 with the expenditure by source", () => {
  it("reads every source, 单位资金 included, and passes a table that adds up", () => {
    const result = checkWorkbookSync(workbook(sheet("收支总表", summaryRows(440), merges)));
    expect(result.recognition.tables[0].columns.map((c) => c.role)).toEqual([
      "income.label", "income.amount", "expense.label", "expense.total", "expense.gp", "expense.fund", "expense.specialAccount", "expense.unitFunds",
    ]);
    expect(result.findings).toEqual([]);
  });

  it("tells a wrong row total at its cell (it was one of three cells that could be wrong)", () => {
    expect(check(summaryRows(441)).map(told)).toEqual([expect.stringMatching(/^D6 此格应为 440\.00，实为 441\.00/)]);
  });

  it("does not add up a row with a source column it cannot read (a missing part would make a right total wrong)", () => {
    const rows = summaryRows(440, ["项目", "合计", "一般公共预算", "政府性基金预算", "财政专户管理资金", "事业收入"]);
    expect(check(rows).filter((f) => f.ruleId === "row-sum")).toEqual([]);
  });
});
