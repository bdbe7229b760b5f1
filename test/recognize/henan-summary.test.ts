/**
 * The Henan 部门收支总体情况表 (docs/domain.md §1.3 T1, Henan layout): the expenditure side lists 基本支出 and
 * 项目支出 by nature, with its amounts by source in several columns (合计 | 本年支出小计 | 一般公共预算 | …),
 * and ends in 支出合计 without a 本年支出合计 row.
 */
import { checkWorkbookSync } from "../../src/engine/check";
import { henanSummaryRows as henanSummary, henanSummarySheet, Row } from "../rules/helpers/henan";
import { say } from "../support/text";

const check = (rows: Row[]) => checkWorkbookSync({ source: "河南.xlsx", sheets: [henanSummarySheet(rows)] }, { locate: false });

describe("收支总表, Henan layout (expenditure by nature, amounts by source)", () => {
  test("every expenditure amount column is read, and a correct table gives no finding", () => {
    const r = check(henanSummary());
    expect(r.tables.map((t) => t.template)).toEqual(["income-expense-summary"]);
    expect(r.recognition.tables[0].columns.map((c) => c.role)).toEqual([
      "income.label", "income.amount", "expense.label", "expense.total", "expense.current", "expense.gp", "expense.fund", "expense.carryover",
    ]);
    expect(r.findings).toEqual([]);
  });

  test("基本支出 = 工资福利 + 商品和服务 + 对个人和家庭 in each amount column (A6)", () => {
    const rows = henanSummary();
    rows[4][5] = 291; // 一般公共预算 column of 一、基本支出
    const findings = check(rows).findings;
    // The group no longer adds up, and neither does 支出合计 (基本支出 + 项目支出) in that column, nor
    // the row across its sources (A23: 本年支出小计 = 一般公共预算 + 政府性基金, 合计 = 小计 + 结转).
    expect(findings.map((f) => [f.ruleId, f.severity, f.cell])).toEqual([
      ["row-sum", "error", "D5"],
      ["row-sum", "error", "E5"],
      ["summary-identities", "error", "F5"],
      ["summary-identities", "error", "F15"],
    ]);
    expect(say(findings[2])).toContain("“一、基本支出”");
    expect(say(findings[2])).toContain("应为 290.00，实为 291.00");
  });

  test("支出合计 = 基本支出 + 项目支出 when there is no 本年支出合计 row (A2), and it balances 收入合计 (A5)", () => {
    const rows = henanSummary();
    rows[14][3] = 521;
    const findings = check(rows).findings.map((f) => [f.ruleId, f.cell]);
    expect(findings).toEqual(
      expect.arrayContaining([
        ["summary-identities", "D15"],
        ["income-expense-balance", "D15"],
        ["row-sum", "D15"],
      ]),
    );
    expect(findings).toHaveLength(4);
  });

  test("each expenditure row adds up across its sources (A23); the error is told at the one cell to fix", () => {
    const located = (rows: Row[]) => checkWorkbookSync({ source: "河南.xlsx", sheets: [henanSummarySheet(rows)] }).findings;
    const basic = henanSummary();
    basic[4][5] = 291;
    expect(located(basic).map((f) => [f.cell, say(f)])).toEqual([["F5", expect.stringContaining("应为 290.00，实为 291.00")]]);
    // 项目支出's 结转: only the row across its sources (合计 = 小计 + 结转) and the column tell it.
    const carry = henanSummary();
    carry[8][7] = 6;
    expect(located(carry).map((f) => [f.cell, say(f)])).toEqual([["H9", expect.stringContaining("应为 5.00，实为 6.00")]]);
    // 本年支出小计 alone: only the row tells it (合计 = 小计 + 结转, 小计 = 各来源).
    const current = henanSummary();
    current[8][4] = 214;
    expect(located(current).map((f) => [f.cell, say(f)])).toEqual([["E9", expect.stringContaining("应为 215.00，实为 214.00")]]);
  });
});
