import { templateForTitle } from "../../src/catalog/templates";
import { squeeze } from "../../src/model/values";
import { recognizeWorkbook } from "../../src/recognize";
import { emptyFundRows, expenditureRows, Row, sheet, workbook } from "../rules/helpers/sheets";

describe("title → template across regions, years and 决算", () => {
  it.each([
    ["部门预算收支总表", "income-expense-summary"],
    ["2021年部门收支总体情况表", "income-expense-summary"],
    ["收入支出决算总表", "income-expense-summary"],
    // the central 决算 form from 2022 (公开01表, 04表): no 总 in either title
    ["迪庆藏族自治州卫生健康委员会（本级）2024年度收入支出决算表", "income-expense-summary"],
    ["收入支出决算表", "income-expense-summary"],
    ["财政拨款收入支出决算表", "fiscal-summary"],
    ["一般公共预算财政拨款收入支出决算表", "general-budget-expenditure"],
    ["国有资本经营预算财政拨款收入支出决算表", "state-capital-expenditure"],
    ["部门收入总表", "income"],
    ["收入决算表", "income"],
    ["部门收入总体情况表", "income"],
    ["部门预算支出总表", "expenditure"],
    ["支出决算表", "expenditure"],
    ["部门预算财政拨款收支总表", "fiscal-summary"],
    ["财政拨款收入支出决算总表", "fiscal-summary"],
    ["一般公共预算支出情况表", "general-budget-expenditure"],
    ["一般公共预算财政拨款支出决算表", "general-budget-expenditure"],
    ["部门预算一般公共预算财政拨款基本支出表", "general-budget-basic"],
    ["一般公共预算财政拨款基本支出决算表", "general-budget-basic"],
    ["部门预算政府基金预算财政拨款支出表", "gov-fund-expenditure"],
    ["政府性基金预算财政拨款收入支出决算表", "gov-fund-expenditure"],
    ["国有资本经营预算财政拨款支出决算表", "state-capital-expenditure"],
    ["部门预算财政拨款“三公”经费支出表", "three-public"],
    ["一般公共预算\"三公\"经费支出情况表", "three-public"],
    ["1、长期护理保险专项经费绩效目标表", "project-goal"],
    ["部门（单位）整体绩效目标申报表", "department-goal"],
    ["城乡居民医保补助资金转移支付区域绩效目标自评表", "self-evaluation"],
    ["表3 2023年部门支出总表", "expenditure"],
    // T13, published beside the nine (Henan 预算09表)
    ["机关运行经费支出预算表", "operating-costs"],
    ["一般公共预算机关运行经费支出表", "operating-costs"],
    ["2021年机关运行经费", "operating-costs"], // Henan 预算09表: no 表, the year in front
    ["部门政府采购预算", "procurement"],
    ["政府采购预算表", "procurement"],
    ["部门固定资产占用情况表", "fixed-assets"],
    // a 基本支出表 under other names (Shandong 2017, Guangxi): by economic code, as the 一般公共预算 one
    ["2017年财政拨款安排的基本支出预算表", "general-budget-basic"],
    ["基本支出预算表", "general-budget-basic"],
    ["部门基本支出明细表", "general-budget-basic"],
  ])("%s → %s", (title, template) => {
    expect(templateForTitle(squeeze(title))).toBe(template);
  });

  it.each([
    "巨鹿县医疗保障局2023年部门预算信息公开情况说明",
    "机关运行经费", // a heading in the narrative, not a table title
    "九、2021年机关运行经费", // the same heading numbered
    "六、政府采购预算情况",
    "注：无政府采购预算，空表列示。", // a note under the table names it, but is no title
    "支出预算分类汇总表（按经济分类）",
    // other disclosure tables whose titles look like a standard one's
    "部门预算项目支出表",
    "一般公共预算项目支出表",
    "国有资产占用情况表",
    // the 收入支出决算表 of one kind of money, not the department's 总表 (腾冲 2017 lists the first beside the nine)
    "财政专户管理资金收入支出决算表",
    "经营收入支出决算表",
    "专项资金收入支出决算表",
    "非财政拨款收入支出决算表",
    // both kinds of expenditure in one table: not a 基本支出表
    "部门基本支出和项目支出预算表",
    "一般公共预算对下转移支付预算表",
    "印制城乡居民医保宣传材料、医疗扶贫材料、办公用品及耗材、墙体广告、资格证、各类调查表等。",
  ])("%s is not one of the known tables", (title) => {
    expect(templateForTitle(squeeze(title))).toBeUndefined();
  });
});

describe("several tables on one sheet", () => {
  it("reads the two empty fund tables printed one under the other", () => {
    const rows: Row[] = [
      ...emptyFundRows("部门预算政府性基金预算财政拨款支出表", "注：无政府性基金预算财政拨款预算，空表列示。"),
      [],
      ...emptyFundRows("部门预算国有资本经营预算财政拨款支出表", "注：无国有资本经营预算财政拨款预算，空表列示。"),
    ];
    const r = recognizeWorkbook(workbook(sheet("基金和国资", rows)));
    expect(r.tables.map((t) => [t.template, t.header.top, t.notes.length])).toEqual([
      ["gov-fund-expenditure", 2, 1],
      ["state-capital-expenditure", 9, 1],
    ]);
  });

  // The body scan asks "is this the next title?" only of rows with a text that may be a title (one
  // naming 表) in the first 24 columns.
  const expenditure = expenditureRows();
  const bodyRows = (rows: Row[]) => recognizeWorkbook(workbook(sheet("支出", rows))).tables.map((t) => [t.template, t.body.top, t.body.bottom]);

  it("ends a table at a title written right under it, in a later column, beside a number", () => {
    const [title, ...rest] = emptyFundRows("部门预算政府性基金预算财政拨款支出表", "注：无政府性基金预算财政拨款预算，空表列示。");
    const rows: Row[] = [...expenditure, [3, null, null, null, null, null, null, null, null, null, title[0]], ...rest];
    const last = expenditure.length - 1;
    expect(bodyRows(rows)).toEqual([
      ["expenditure", 5, last],
      ["gov-fund-expenditure", last + 6, last + 5],
    ]);
  });

  it("reads on past a row naming 表 that is not a title, and past a title beyond the 24th column", () => {
    const last = expenditure.length - 1;
    const notTitle: Row = [99, "报表编制说明费", null, 1, 1];
    const farTitle: Row = [98, null, null, 2, 2, ...Array<null>(20).fill(null), "部门预算政府性基金预算财政拨款支出表"];
    const rows: Row[] = [...expenditure, notTitle, farTitle, [97, "208", "社会保障和就业支出", 3, 3]];
    expect(bodyRows(rows)).toEqual([["expenditure", 5, last + 3]]);
  });
});
