/**
 * Tables that show last year's figures beside this year's: the column checked is this year's, the
 * one the table publishes (src/recognize/header.ts, laterYear).
 */
import { TEMPLATES } from "../../src/catalog/templates";
import { checkWorkbookSync } from "../../src/engine/check";
import { assignRoles } from "../../src/recognize/header";
import { Row, sheet, workbook } from "../rules/helpers/sheets";

const _ = null;

describe("a figure shown for two years: this year's column takes the role", () => {
  const summary = TEMPLATES["income-expense-summary"].columns;
  const amounts = (paths: string[]) => assignRoles(paths, summary).filter((c) => c.numeric).map((c) => [c.role, c.col]);

  it("written years: the later one, whichever comes first", () => {
    expect(amounts(["收入/项目", "收入/2023年预算数", "收入/2024年预算数", "支出/项目", "支出/2023年预算数", "支出/2024年预算数"])).toEqual([
      ["income.amount", 2],
      ["expense.amount", 5],
    ]);
    expect(amounts(["收入/项目", "收入/2024年预算数", "收入/2023年预算数", "支出/项目", "支出/2024年预算数", "支出/2023年预算数"])).toEqual([
      ["income.amount", 1],
      ["expense.amount", 4],
    ]);
    // last year's 决算 beside this year's 预算
    expect(amounts(["收入/项目", "收入/2023年决算数", "收入/2024年预算数", "支出/项目", "支出/2023年决算数", "支出/2024年预算数"])).toEqual([
      ["income.amount", 2],
      ["expense.amount", 5],
    ]);
  });

  it("上年 and 本年 of one figure, or of a budget and a final figure: 本年; a 上年结转 beside 本年收入 is another figure and keeps its place", () => {
    expect(amounts(["收入/项目", "收入/上年预算数", "收入/本年预算数", "支出/项目", "支出/上年预算数", "支出/本年预算数"])).toEqual([
      ["income.amount", 2],
      ["expense.amount", 5],
    ]);
    expect(amounts(["收入/项目", "收入/上年决算数", "收入/本年预算数", "支出/项目", "支出/上年决算数", "支出/本年预算数"])).toEqual([
      ["income.amount", 2],
      ["expense.amount", 5],
    ]);
    const loose = [{ role: "total" as const, pattern: /结转|收入/, numeric: true }];
    expect(assignRoles(["上年结转", "本年收入"], loose).map((c) => c.col)).toEqual([0]);
  });
});

describe("checked on this year's column", () => {
  const summaryRows = (expense2024: [number, number]): Row[] => [
    ["2024年部门收支预算总表", _, _, _, _, _],
    ["部门：某县医疗保障局", _, _, _, _, "单位：万元"],
    ["收入", _, _, "支出", _, _],
    ["项目", "2023年预算数", "2024年预算数", "项目", "2023年预算数", "2024年预算数"],
    ["一、一般公共预算拨款收入", 500, 520, "一、社会保障和就业支出", 100, expense2024[0]],
    ["二、政府性基金预算拨款收入", _, _, "二、卫生健康支出", 400, expense2024[1]],
    ["本年收入合计", 500, 520, "本年支出合计", 500, 520],
    ["上年结转", _, _, "年终结转", _, _],
    ["收入总计", 500, 520, "支出总计", 500, 520],
  ];
  const merges = [{ top: 2, left: 0, bottom: 2, right: 2 }, { top: 2, left: 3, bottom: 2, right: 5 }];
  const check = (rows: Row[]) => checkWorkbookSync(workbook(sheet("收支总表", rows, merges))).findings;

  it("收支总表: correct, then a 2024 支出 that no longer adds up is found in the 2024 column", () => {
    expect(check(summaryRows([110, 410]))).toEqual([]);
    const errors = check(summaryRows([110, 400])).filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.cell.startsWith("F"))).toBe(true);
  });

  it("“三公” table: the 2024 公务用车 subtotal that its parts do not make is found (the 2023 column alone was checked before)", () => {
    const rows: Row[] = [
      ["2024年“三公”经费支出预算表", _, _],
      ["单位：万元", _, _],
      ["项目", "2023年预算数", "2024年预算数"],
      ["合计", 10, 12],
      ["1.因公出国(境)费", 0, 0],
      ["2.公务接待费", 2, 2],
      ["3.公务用车购置及运行维护费", 8, 10],
      ["其中：公务用车运行维护费", 8, 10],
      ["公务用车购置费", 0, 0],
    ];
    expect(checkWorkbookSync(workbook(sheet("三公", rows))).findings).toEqual([]);
    rows[7][2] = 9;
    const findings = checkWorkbookSync(workbook(sheet("三公", rows))).findings;
    expect(findings.map((f) => f.ruleId)).toContain("three-public-structure");
    expect(findings.every((f) => f.cell.startsWith("C"))).toBe(true);
  });
});

describe("an expenditure table with one amount column and no split", () => {
  const rows = (header: string[], figures: (line: number) => (number | null)[]): Row[] => {
    const lines: [string | null, string][] = [
      [null, "合计"],
      ["208", "社会保障和就业支出"],
      ["20805", "行政事业单位养老支出"],
      ["2080505", "机关事业单位基本养老保险缴费支出"],
      ["210", "卫生健康支出"],
      ["21015", "医疗保障管理事务"],
      ["2101501", "行政运行"],
    ];
    return [["2024年一般公共预算支出表"], ["单位：万元"], ["科目编码", "科目名称", ...header], ...lines.map(([code, name], i): Row => [code, name, ...figures(i)])];
  };
  const amount = [520, 110, 110, 110, 410, 410, 410];

  it.each(["预算数", "2024年预算数", "本年预算数", "金额", "决算数"])("headed %s: recognised, and a 项 that does not make its 款 is found", (header) => {
    const good = rows([header], (i) => [amount[i]]);
    const r = checkWorkbookSync(workbook(sheet("S", good)));
    expect(r.tables.map((t) => t.template)).toEqual(["general-budget-expenditure"]);
    expect(r.findings).toEqual([]);
    const bad = rows([header], (i) => [i === 6 ? 400 : amount[i]]);
    expect(checkWorkbookSync(workbook(sheet("S", bad))).findings.map((f) => [f.ruleId, f.cell])).toEqual([["code-hierarchy", "C10"]]);
  });

  it("last year's column beside it and the change: this year's is checked, the others are not", () => {
    const last = [500, 100, 100, 100, 400, 400, 400];
    const bad = rows(["2023年预算数", "2024年预算数", "增减额"], (i) => [last[i], i === 6 ? 400 : amount[i], amount[i] - last[i]]);
    const r = checkWorkbookSync(workbook(sheet("S", bad)));
    expect(r.recognition.tables[0].columns.map((c) => [c.role, c.col])).toEqual([["code", 0], ["name", 1], ["total", 3]]);
    expect(r.findings.map((f) => [f.ruleId, f.cell])).toEqual([["code-hierarchy", "D10"]]);
  });
});

describe("a 决算 table with the budget beside the final figure: the 决算数 is checked", () => {
  const summary = (finalExpense: number): Row[] => [
    ["2023年度收入支出决算总表", _, _, _, _, _],
    ["单位：万元", _, _, _, _, _],
    ["收入", _, _, "支出", _, _],
    ["项目", "年初预算数", "决算数", "项目", "年初预算数", "决算数"],
    ["一、财政拨款收入", 500, 510, "一、社会保障和就业支出", 100, 105],
    ["二、事业收入", 20, 20, "二、卫生健康支出", 420, finalExpense],
    ["本年收入合计", 520, 530, "本年支出合计", 520, 530],
    ["年初结转和结余", _, _, "年末结转和结余", _, _],
    ["收入总计", 520, 530, "支出总计", 520, 530],
  ];
  const merges = [{ top: 2, left: 0, bottom: 2, right: 2 }, { top: 2, left: 3, bottom: 2, right: 5 }];

  it("收入支出决算总表 with 年初预算数 | 决算数 on each side: the 决算数 columns take the roles; a wrong one is found", () => {
    const r = checkWorkbookSync(workbook(sheet("决算总表", summary(425), merges)));
    expect(r.recognition.tables[0].columns.filter((c) => c.numeric).map((c) => [c.role, c.col])).toEqual([
      ["income.amount", 2],
      ["expense.amount", 5],
    ]);
    expect(r.findings).toEqual([]);
    const errors = checkWorkbookSync(workbook(sheet("决算总表", summary(415), merges))).findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.cell.startsWith("F"))).toBe(true);
  });

  it("a “三公” 决算表 of 预算数 | 决算数 | 决算数为预算数的%: the 决算数 column", () => {
    const rows: Row[] = [
      ["2023年度一般公共预算财政拨款“三公”经费支出决算表", _, _, _],
      ["单位：万元", _, _, _],
      ["项目", "预算数", "决算数", "决算数为预算数的%"],
      ["合计", 12, 10, "83.33%"],
      ["1.因公出国（境）费", 0, 0, _],
      ["2.公务用车购置及运行费", 10, 8, "80.00%"],
      ["其中：公务用车购置费", 0, 0, _],
      ["公务用车运行费", 10, 8, "80.00%"],
      ["3.公务接待费", 2, 2, "100.00%"],
    ];
    const r = checkWorkbookSync(workbook(sheet("三公", rows)));
    expect(r.recognition.tables[0].columns.map((c) => [c.role, c.col])).toEqual([["label", 0], ["total", 2]]);
    expect(r.findings).toEqual([]);
    rows[7][2] = 7;
    const findings = checkWorkbookSync(workbook(sheet("三公", rows))).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.cell.startsWith("C"))).toBe(true);
  });
});
