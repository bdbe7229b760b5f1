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
    // The group no longer adds up, and neither does 支出合计 (基本支出 + 项目支出) in that column.
    expect(findings.map((f) => [f.ruleId, f.severity, f.cell])).toEqual([
      ["summary-identities", "error", "F5"],
      ["summary-identities", "error", "F15"],
    ]);
    expect(say(findings[0])).toContain("“一、基本支出”");
    expect(say(findings[0])).toContain("应为 290.00，实为 291.00");
  });

  test("支出合计 = 基本支出 + 项目支出 when there is no 本年支出合计 row (A2), and it balances 收入合计 (A5)", () => {
    const rows = henanSummary();
    rows[14][3] = 521;
    const findings = check(rows).findings.map((f) => [f.ruleId, f.cell]);
    expect(findings).toEqual(
      expect.arrayContaining([
        ["summary-identities", "D15"],
        ["income-expense-balance", "D15"],
      ]),
    );
    expect(findings).toHaveLength(2);
  });
});
