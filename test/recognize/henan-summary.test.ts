/**
 * The Henan 部门收支总体情况表 (reference §1.3 T1, Henan layout): the expenditure side lists 基本支出 and
 * 项目支出 by nature, with its amounts by source in several columns (合计 | 本年支出小计 | 一般公共预算 | …),
 * and ends in 支出合计 without a 本年支出合计 row.
 */
import { checkWorkbookSync } from "../../src/check";
import type { CellRange } from "../../src/core/a1";
import { CellValue, sheetFromRows } from "../../src/core/snapshot";

type Row = CellValue[];

function henanSummary(): Row[] {
  return [
    ["部门收支总体情况表"],
    ["部门名称：某某县医疗保障局", null, null, null, null, null, null, "单位：万元"],
    ["收入", null, "支出", null, null, null, null, null],
    ["项目", "金额", "项目", "合计", "本年支出小计", "一般公共预算", "政府性基金预算", "部门财政性资金结转"],
    ["一、一般公共预算", 480, "一、基本支出", 300, 290, 290, null, 10],
    ["财政拨款", 470, "1、工资福利支出", 250, 245, 245, null, 5],
    ["行政事业性收费", 10, "2、商品和服务支出", 40, 35, 35, null, 5],
    ["二、政府性基金预算", 20, "3、对个人和家庭的补助", 10, 10, 10, null, null],
    ["三、国有资本经营预算", null, "二、项目支出", 220, 215, 195, 20, 5],
    ["四、财政专户", null, "1、一般性项目", 120, 115, 95, 20, 5],
    ["五、上级提前告知转移支付", null, "2、专项资金", 80, 80, 80, null, null],
    ["六、其他收入", 5, "3、人员类项目", 20, 20, 20, null, null],
    ["本年收入小计", 505, null, null, null, null, null, null],
    ["加：部门财政性资金结转", 15, null, null, null, null, null, null],
    ["收入合计", 520, "支出合计", 520, 505, 485, 20, 15],
  ];
}

const MERGES: CellRange[] = [
  { top: 2, left: 0, bottom: 2, right: 1 },
  { top: 2, left: 2, bottom: 2, right: 7 },
];

const check = (rows: Row[]) => checkWorkbookSync({ source: "河南.xlsx", sheets: [sheetFromRows("收支总体", rows, { merges: MERGES })] });

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
    expect(findings[0].message).toContain("“一、基本支出”");
    expect(findings[0].message).toContain("应为 290.00，实为 291.00");
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
