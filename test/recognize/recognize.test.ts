import { recognizeWorkbook } from "../../src/recognize";
import { checkWorkbookSync } from "../../src/engine/check";
import type { CodedTable, IndicatorTable, LabeledTable, SummaryTable } from "../../src/recognize/model";
import { basicRows, expenditureRows, Row, seedWorkbook, sheet, summaryRows, withCell, workbook } from "../rules/helpers/sheets";

const only = <T>(rows: Row[], name = "S") => recognizeWorkbook(workbook(sheet(name, rows))).tables[0] as unknown as T;

describe("recognition of the seed layout", () => {
  it("identifies all nine tables from titles, not sheet names", () => {
    const r = recognizeWorkbook(seedWorkbook());
    expect(r.tables.map((t) => t.template)).toEqual([
      "income-expense-summary",
      "income",
      "expenditure",
      "fiscal-summary",
      "general-budget-expenditure",
      "general-budget-basic",
      "gov-fund-expenditure",
      "state-capital-expenditure",
      "three-public",
    ]);
    expect(r.unrecognized).toEqual([]);
  });

  it("reads the multi-row header into column roles and finds the 栏次 row and unit", () => {
    const t = only<CodedTable>(expenditureRows());
    expect(t.columns.map((c) => c.role)).toEqual(["code", "name", "total", "basic", "project", "operating", "remit", "subsidy"]);
    expect(t.columns[0].header).toBe("功能分类科目/科目编码");
    expect(t.columnNumberRow).toBe(4);
    expect(t.unit).toBe("万元");
    expect(t.rows[0]).toMatchObject({ kind: "total", row: 5 });
    expect(t.rows.filter((r) => r.kind === "coded")).toHaveLength(21);
  });

  it("reads both sides of 收支总表 and maps class names to codes", () => {
    const t = only<SummaryTable>(summaryRows());
    const expense = t.rows.filter((r) => r.side === "expense");
    expect(expense.find((r) => r.label.includes("卫生健康"))?.classCode).toBe("210");
    expect(t.rows.filter((r) => r.kind === "grand-total")).toHaveLength(2);
    expect(t.columns.map((c) => c.role)).toEqual(["seq", "income.label", "income.amount", "expense.label", "expense.amount"]);
  });

  it("names the rows of the “三公” table", () => {
    const t = seedWorkbook().sheets[8];
    const table = recognizeWorkbook(workbook(t)).tables[0] as LabeledTable;
    expect(table.rows.map((r) => r.role)).toEqual([
      "total", "subtotal", "abroad", "abroad.teaching", "abroad.other", "car", "car.purchase", "car.running", "reception", "meeting", "training",
    ]);
  });

  it("keeps the note of an empty fund table", () => {
    const t = recognizeWorkbook(seedWorkbook()).tables[6];
    expect(t.notes.map((n) => n.text)).toEqual(["注：无政府性基金预算财政拨款预算，空表列示。"]);
  });
});

/** Henan layout: 类|款|项 columns, a unit row, only 项 rows, a repeated 项 code, different headers. */
function henanExpenditure(): Row[] {
  return [
    ["2021年部门支出总体情况表"],
    ["单位：万元"],
    ["科目编码", null, null, "单位代码", "单位（科目名称）", "合计", "基本支出", null, null, null, "项目支出", null, null, null],
    ["类", "款", "项", null, null, null, "小计", "工资福利支出", "对个人和家庭的补助", "商品和服务支出", "小计", "一般性项目", "专项资金", "人员类项目"],
    ["**", "**", "**", "**", "**", 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [null, null, null, null, "合计", 534.8, 298.8, 271.9, 3, 23.9, 236, 236],
    [null, null, null, "450001", "巨鹿县医疗保障局", 534.8, 298.8, 271.9, 3, 23.9, 236, 236],
    ["208", "05", "01", "450001", "行政单位离退休", 3, 3, null, 3],
    ["208", "05", "05", "450001", "机关事业单位基本养老保险缴费支出", 26, 26, 26],
    ["208", "27", "01", "450001", "财政对失业保险基金的补助", 0.9, 0.9, 0.9],
    ["208", "27", "02", "450001", "财政对工伤保险基金的补助", 1, 1, 1],
    ["208", "99", "99", "450001", "其他社会保障和就业支出", 4, null, null, null, null, 4, 4],
    ["210", "11", "01", "450001", "行政单位医疗", 109, 19, 19, null, null, 90, 90],
    ["210", "11", "03", "450001", "公务员医疗补助", 4, 4, 4],
    ["210", "15", "01", "450001", "行政运行", 200, 200, 177, null, 23, null],
    ["210", "15", "01", "450001", "行政运行", 44.9, 19.9, 19, null, 0.9, 25, 25],
    ["210", "15", "04", "450001", "信息化建设", 32, null, null, null, null, 32, 32],
    ["210", "15", "06", "450001", "医疗保障经办事务", 40, null, null, null, null, 40, 40],
    ["210", "15", "99", "450001", "其他医疗保障管理事务支出", 45, null, null, null, null, 45, 45],
    ["221", "02", "01", "450001", "住房公积金", 25, 25, 25],
  ];
}

describe("split 类|款|项 layout with repeated 项 rows and no subtotals", () => {
  it("joins the codes and maps the Henan columns", () => {
    const t = only<CodedTable>(henanExpenditure());
    expect(t.template).toBe("expenditure");
    expect(t.codeLayout).toBe("split");
    expect(t.rows.filter((r) => r.kind === "coded").map((r) => r.code)).toContain("2101501");
    expect(t.rows.find((r) => r.kind === "unit")?.members).toHaveLength(13);
    expect(t.columns.map((c) => c.role)).toEqual(
      expect.arrayContaining(["code.class", "code.section", "code.item", "unitCode", "name", "total", "basic", "basic.salary", "project", "project.general"]),
    );
  });

  it("finds no error in a consistent table", () => {
    const r = checkWorkbookSync(workbook(sheet("x", henanExpenditure())), { locate: false });
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("checks 合计 and the unit row against the 项 rows, and 基本支出 against its parts", () => {
    const r = checkWorkbookSync(workbook(sheet("x", withCell(henanExpenditure(), 15, 7, 20))), { locate: false });
    const errors = r.findings.filter((f) => f.severity === "error").map((f) => `${f.ruleId}@${f.cell}`);
    // 基本支出 19.9 ≠ 20 + 0.9 on the repeated 行政运行 row.
    expect(errors).toEqual(expect.arrayContaining(["row-sum@G16"]));
    // 合计 equals the unit row (both 271.90); the unit row no longer equals its 项 rows.
    expect(errors).toEqual(expect.arrayContaining(["subtotal-group@H7"]));
    expect(errors).not.toContain("column-total@H6");
  });

  it("gives cross-table checks the class total by code prefix (X2 against 收支总表)", () => {
    const wb = workbook(sheet("收支", summaryRows()), sheet("支出", henanExpenditure()));
    const r = checkWorkbookSync(wb, { locate: false });
    expect(r.findings.filter((f) => f.ruleId === "cross-expense-classes")).toEqual([]);
    const bad = workbook(sheet("收支", withCell(summaryRows(), 14, 4, 470)), sheet("支出", henanExpenditure()));
    const f = checkWorkbookSync(bad, { locate: false }).findings.filter((x) => x.ruleId === "cross-expense-classes");
    expect(f.map((x) => x.cell)).toEqual(["E15"]);
    expect(f[0].related).toHaveLength(7);
  });
});

/** 基本支出表 with 政府经济分类 groups whose 小计 rows come before their members. */
function subtotalFirstBasic(): Row[] {
  return [
    ["一般公共预算基本支出预算表"],
    ["单位：万元"],
    ["部门经济分类", null, "政府经济分类", null, "本年一般公共预算基本支出", null, null],
    ["编码", "名称", "编码", "名称", "总计", "人员经费", "公用经费"],
    [null, null, null, "合计", 298.8, 274.9, 23.9],
    [null, null, "50101", "小计", 147, 147],
    ["30101", "基本工资", "50101", "工资奖金津补贴", 115, 115],
    ["30102", "津贴补贴", "50101", "工资奖金津补贴", 18, 18],
    ["30103", "奖金", "50101", "工资奖金津补贴", 14, 14],
    [null, null, "50102", "小计", 50.9, 50.9],
    ["30108", "机关事业单位基本养老保险缴费", "50102", "社会保障缴费", 26, 26],
    ["30110", "职工基本医疗保险缴费", "50102", "社会保障缴费", 19, 19],
    ["30111", "公务员医疗补助缴费", "50102", "社会保障缴费", 4, 4],
    ["30112", "其他社会保障缴费", "50102", "社会保障缴费", 1.9, 1.9],
    [null, null, "50103", "小计", 25, 25],
    ["30113", "住房公积金", "50103", "住房公积金", 25, 25],
    [null, null, "50199", "小计", 49, 49],
    ["30107", "绩效工资", "50199", "其他工资福利支出", 49, 49],
    [null, null, "50201", "小计", 21.2, null, 21.2],
    ["30201", "办公费", "50201", "办公经费", 10, null, 10],
    ["30202", "印刷费", "50201", "办公经费", 1, null, 1],
    ["30211", "差旅费", "50201", "办公经费", 1, null, 1],
    ["30229", "福利费", "50201", "办公经费", 2, null, 2],
    ["30239", "其他交通费用", "50201", "办公经费", 6.7, null, 6.7],
    ["30299", "其他商品和服务支出", "50201", "办公经费", 0.5, null, 0.5],
    [null, null, "50203", "小计", 2.2, null, 2.2],
    ["30216", "培训费", "50203", "培训费", 2.2, null, 2.2],
    [null, null, "50905", "小计", 3, 3],
    ["30302", "退休费", "50905", "离退休费", 3, 3],
    [null, null, "50601", "小计", 0.5, null, 0.5],
    ["31002", "办公设备购置", "50601", "设备购置", 0.5, null, 0.5],
  ];
}

describe("小计 rows placed before their members", () => {
  it("groups each 小计 with the rows after it", () => {
    const t = only<CodedTable>(subtotalFirstBasic());
    expect(t.template).toBe("general-budget-basic");
    const sub = t.rows.find((r) => r.kind === "subtotal");
    expect(sub?.members).toEqual([6, 7, 8]);
    expect(t.rows.filter((r) => r.kind === "coded")[0]).toMatchObject({ code: "30101", secondaryCode: "50101" });
  });

  it("passes when consistent and flags a 小计 that is not the sum of its members", () => {
    expect(checkWorkbookSync(workbook(sheet("x", subtotalFirstBasic())), { locate: false }).findings.filter((f) => f.severity === "error")).toEqual([]);
    const f = checkWorkbookSync(workbook(sheet("x", withCell(subtotalFirstBasic(), 9, 4, 51.9))), { locate: false }).findings;
    expect(f.filter((x) => x.ruleId === "subtotal-group").map((x) => x.cell)).toEqual(["E10"]);
  });
});

describe("columns in another order, an extra column, amounts in 元", () => {
  function reordered(): Row[] {
    return expenditureRows().map((r, i) => {
      if (i === 0) return ["表3 2023年部门支出总表"];
      if (i === 1) return ["编制单位：巨鹿县医疗保障局", null, "单位：元"];
      if (i === 2) return ["序号", "科目名称", "科目编码", "项目支出", "基本支出", "合计", "备注"];
      if (i === 3) return [];
      if (i === 4) return ["栏次", 1, 2, 3, 4, 5, 6];
      const yuan = (v: Row[number] | undefined): Row[number] => (typeof v === "number" ? Math.round(v * 10000 * 100) / 100 : v ?? null);
      return [r[0], r[2], r[1], yuan(r[5] ?? null), yuan(r[4] ?? null), yuan(r[3]), i === 6 ? "说明文字" : null];
    });
  }

  it.each([
    ["单位：万元", "万元"],
    ["单位: 万元", "万元"],
    ["金额单位：万元（保留两位小数）", "万元"],
    ["单位：人民币万元", "万元"],
    ["单位(万元)", "万元"],
    ["单位：人民币元", "元"],
    ["(万元)", "万元"],
  ])("reads the unit line %s as %s", (line, unit) => {
    const rows: Row[] = [["2024年部门支出总表"], [null, null, null, null, line], ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], [null, "合计", 10, 10, null], ["208", "社会保障和就业支出", 10, 10, null]];
    expect(only<CodedTable>(rows).unit).toBe(unit);
  });

  it("a bare 小计 heads the total column of an expenditure table: a row that does not add up is found at its cell", () => {
    const rows = (basic: number): Row[] => [
      ["2024年一般公共预算财政拨款支出表"],
      ["单位：万元"],
      ["功能分类科目编码", "功能分类科目名称", "小计", "基本支出", "项目支出"],
      [null, "合计", 420, 320, 100],
      ["210", "卫生健康支出", 420, 320, 100],
      ["21015", "医疗保障管理事务", 420, 320, 100],
      ["2101501", "行政运行", 320, basic, null],
      ["2101599", "其他医疗保障管理事务支出", 100, null, 100],
    ];
    expect(only<CodedTable>(rows(320)).columns.map((c) => c.role)).toEqual(["code", "name", "total", "basic", "project"]);
    expect(checkWorkbookSync(workbook(sheet("S", rows(320)))).findings).toEqual([]);
    const errors = checkWorkbookSync(workbook(sheet("S", rows(310)))).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.ruleId, f.cell])).toEqual([["row-sum", "D7"]]);
  });

  it("maps roles by header text and reads the unit", () => {
    const t = only<CodedTable>(reordered());
    expect(t.unit).toBe("元");
    expect(t.columns.map((c) => `${c.role}@${c.col}`)).toEqual(["name@1", "code@2", "project@3", "basic@4", "total@5"]);
    expect(t.rows.find((r) => r.kind === "total")).toBeDefined();
  });

  it("checks it without false alarms and finds a planted error", () => {
    expect(checkWorkbookSync(workbook(sheet("x", reordered())), { locate: false }).findings.filter((f) => f.severity !== "info")).toEqual([]);
    const f = checkWorkbookSync(workbook(sheet("x", withCell(reordered(), 6, 5, 349001))), { locate: false }).findings;
    expect(f.filter((x) => x.ruleId === "row-sum").map((x) => x.cell)).toEqual(["F7"]);
  });
});

describe("goal tables and unknown sheets", () => {
  it("recognises a project goal table and carries merged 一级/二级 cells down", () => {
    const rows: Row[] = [
      ["1、长期护理保险专项经费绩效目标表"],
      ["绩效目标", "1.支付租赁长期护理险数据信息服务器……"],
      ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
      ["产出指标", "数量指标", "医保重点工作完成情况", "年度重点工作完成项目", "≥5项", "根据医保工作实施计划"],
      [null, "质量指标", "资金使用的准确性", "长期护理保险资金使用的准确性", "≥99%", "核查"],
      [null, "成本指标", "资金成本", "用于长期护理保险工作开展的总费用", "≤20 万元", "按规定金额报销"],
      ["满意度指标", "服务对象满意度指标", "公众满意度", "公众对长期护理保险的满意度", "≥95%", "调查问卷"],
    ];
    const t = only<IndicatorTable>(rows);
    expect(t.template).toBe("project-goal");
    expect(t.indicators).toHaveLength(4);
    expect(t.indicators[2]).toMatchObject({ level1: "产出指标", level2: "成本指标", name: "资金成本", target: "≤20万元" });
  });

  it("reports a narrative sheet as unrecognised instead of forcing a template", () => {
    const wb = workbook(sheet("说明", [["巨鹿县医疗保障局2023年部门预算信息公开情况说明"], ["一、部门职责及机构设置情况"]]), sheet("空", []));
    const r = checkWorkbookSync(wb, { locate: false });
    expect(r.tables).toEqual([]);
    expect(r.findings.map((f) => `${f.ruleId}:${f.severity}:${f.sheet}`)).toEqual([
      "unrecognized-sheet:info:说明",
      "unrecognized-sheet:info:空",
    ]);
  });

  it("does not rely on sheet names: a 基本支出表 named “收入总表” is still a 基本支出表", () => {
    const t = only<CodedTable>(basicRows(), "收入总表");
    expect(t.template).toBe("general-budget-basic");
  });
});

describe("收支总表 with unnumbered parts under a numbered item (Henan 收支总体情况表)", () => {
  const rows: Row[] = [
    ["2021年部门收支总体情况表"],
    [null, null, null, "单位：万元"],
    ["收入", null, "支出", null],
    ["项目", "预算数", "项目", "预算数"],
    ["一、一般公共预算", 100, "一、基本支出", 70],
    ["    财政拨款", 90, "    1、工资福利支出", 50],
    ["    行政事业性收费", 10, "    2、商品和服务支出", 20],
    ["二、政府性基金预算", null, "二、项目支出", 30],
    ["本年收入小计", 100, "本年支出小计", 100],
    ["收入合计", 100, "支出合计", 100],
  ];
  const wb = workbook(sheet("收支", rows, [{ top: 2, left: 0, bottom: 2, right: 1 }, { top: 2, left: 2, bottom: 2, right: 3 }]));

  it("reads the unnumbered rows as parts of the item above", () => {
    const t = recognizeWorkbook(wb).tables[0] as SummaryTable;
    const income = t.rows.filter((r) => r.side === "income" && r.kind === "item");
    expect(income.map((r) => [r.label, r.level])).toEqual([
      ["一、一般公共预算", 1],
      ["财政拨款", 2],
      ["行政事业性收费", 2],
      ["二、政府性基金预算", 1],
    ]);
  });

  it("adds only the numbered items into 本年收入小计, and finds nothing wrong", () => {
    expect(checkWorkbookSync(wb, { locate: false }).findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
