/**
 * A 一般公共预算支出表 (or another table by 支出功能分类) written by 经济分类 ("按支出经济分类科目",
 * "按政府预算经济分类"): its codes are economic ones, checked against that catalogue, and the
 * comparisons between tables, which go by function code, use the table by 功能分类. The other way
 * round, a 基本支出表 by 功能分类 is checked as a function-coded table.
 */
import { checkWorkbookSync } from "../../src/engine/check";
import type { CodedTable } from "../../src/recognize/model";
import type { WorkbookSnapshot } from "../../src/model/snapshot";
import { generalBudgetRows, Row, seedWorkbook, sheet, withCell, workbook } from "../rules/helpers/sheets";
import { at, runRule } from "../rules/helpers/run";

const _ = null;

/** The seed's 一般公共预算支出表 by 部门经济分类: the same totals (534.80 = 298.80 + 236.00). */
function economicRows(): Row[] {
  return [
    ["部门预算一般公共预算财政拨款支出表（按支出经济分类科目）", _, _, _, _],
    ["单位：万元", _, _, _, _],
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    [_, "合计", 534.8, 298.8, 236],
    ["301", "工资福利支出", 271.9, 271.9, _],
    ["30101", "基本工资", 271.9, 271.9, _],
    ["302", "商品和服务支出", 259.9, 23.9, 236],
    ["30201", "办公费", 259.9, 23.9, 236],
    ["303", "对个人和家庭的补助", 3, 3, _],
    ["30302", "退休费", 3, 3, _],
  ];
}

/** The seed package with the table by 经济分类 placed before the one by 功能分类. */
function withEconomicFirst(general: Row[] = generalBudgetRows()): WorkbookSnapshot {
  const wb = seedWorkbook({ t5: general });
  const sheets = [...wb.sheets];
  sheets.splice(
    sheets.findIndex((s) => s.name === "一般"),
    0,
    sheet("一般经济", economicRows()),
  );
  return { ...wb, sheets };
}

describe("a function-coded table written by 经济分类", () => {
  it("is read with economic codes, which its catalogue knows", () => {
    const result = checkWorkbookSync(workbook(sheet("一般经济", economicRows())));
    const table = result.recognition.tables[0] as CodedTable;
    expect([table.template, table.codeSystem]).toEqual(["general-budget-expenditure", "economic"]);
    expect(result.findings).toEqual([]);
  });

  it("keeps a table by 功能分类 as it is", () => {
    const table = checkWorkbookSync(workbook(sheet("一般", generalBudgetRows()))).recognition.tables[0] as CodedTable;
    expect(table.codeSystem).toBe("function");
  });

  const CROSS_RULES = ["cross-general-within-total", "cross-fiscal-by-fund", "cross-basic-expenditure", "cross-economic-function"];

  it("is not compared code by code with the other tables (its 301, 302 are no function codes)", () => {
    const wb = withEconomicFirst();
    for (const id of CROSS_RULES) expect({ id, findings: runRule(id, wb) }).toEqual({ id, findings: [] });
    expect(checkWorkbookSync(wb).findings.filter((f) => f.ruleId === "code-not-in-catalogue")).toEqual([]);
  });

  it("leaves the comparisons to the table by 功能分类, which still finds its errors", () => {
    const rows = generalBudgetRows();
    const r = rows.findIndex((row) => row[1] === "2101504");
    const found = runRule("cross-general-within-total", withEconomicFirst(withCell(rows, r, 3, 33)));
    expect(found.map(at)).toEqual([`一般!D${r + 1}`]);
  });
});

describe("a 基本支出表 written by 功能分类", () => {
  const rows = (pension: number): Row[] => [
    ["部门综合预算一般公共预算基本支出明细表（按支出功能分类科目）", _, _, _, _],
    ["单位：万元", _, _, _, _],
    ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
    [_, "合计", 600, 500, 100],
    ["208", "社会保障和就业支出", 100, 100, _],
    ["20805", "行政事业单位养老支出", 100, 100, _],
    ["2080505", "机关事业单位基本养老保险缴费支出", pension, pension, _],
    ["210", "卫生健康支出", 500, 400, 100],
    ["21015", "医疗保障管理事务", 500, 400, 100],
    ["2101501", "行政运行", 500, 400, 100],
  ];

  it("is read with function codes: no economic-code errors, no 301 + 303 split to compare", () => {
    const result = checkWorkbookSync(workbook(sheet("基本", rows(100))));
    expect((result.recognition.tables[0] as CodedTable).codeSystem).toBe("function");
    expect(result.findings).toEqual([]);
  });

  it("still adds its codes up", () => {
    const found = checkWorkbookSync(workbook(sheet("基本", rows(90)))).findings;
    expect(found.map((f) => [f.ruleId, f.cell])).toEqual([
      ["code-hierarchy", "C7"],
      ["code-hierarchy", "D7"],
    ]);
  });
});
