import { runRule, at } from "./helpers/run";
import { Row, sheet, workbook, withCell } from "./helpers/sheets";
import { money } from "../support/text";

/** 基本支出表 with 小计 rows after their members (the usual order). */
function subtotalAfter(): Row[] {
  return [
    ["一般公共预算基本支出表"],
    ["单位：万元"],
    ["部门经济分类编码", "部门经济分类名称", "政府经济分类编码", "政府经济分类名称", "合计", "人员经费", "公用经费"],
    [null, null, null, "合计", 150, 147, 3],
    ["30101", "基本工资", "50101", "工资奖金津补贴", 115, 115],
    ["30102", "津贴补贴", "50101", "工资奖金津补贴", 18, 18],
    ["30103", "奖金", "50101", "工资奖金津补贴", 14, 14],
    [null, null, null, "小计", 147, 147],
    ["30201", "办公费", "50201", "办公经费", 3, null, 3],
    [null, null, null, "小计", 3, null, 3],
  ];
}

describe("subtotal-group", () => {
  it("passes 小计 rows that close their members", () => {
    expect(runRule("subtotal-group", workbook(sheet("x", subtotalAfter())))).toEqual([]);
  });

  it("flags a 小计 that is not the sum of the rows above it", () => {
    const f = runRule("subtotal-group", workbook(sheet("x", withCell(subtotalAfter(), 7, 5, 146))));
    expect(f.map(at)).toEqual(["x!F8"]);
    expect(f[0].expected).toEqual(money("147.00"));
    expect(f[0].related.map((r) => r.cell)).toEqual(["F5", "F6", "F7"]);
  });
});
