import { textNumber } from "../../src/rules/hygiene/text-number";
import { a1Row, check, codedFixture, functionBody, withCell } from "./helpers/codes-hygiene";
import { money, say } from "../support/text";

describe("text-number", () => {
  test("passes a table whose amounts are numbers (blanks and dashes are fine)", () => {
    const body = withCell(withCell(functionBody(), 2, 4, "—"), 3, 4, "");
    expect(check(textNumber, codedFixture(body))).toEqual([]);
  });

  test.each([
    ["1,234.50", "1234.50"],
    ["１２３４．５０", "1234.50"],
    [" 12.5 ", "12.5"],
    ["29", "29"],
  ])("“%s” stored as text is a warning read as %s", (text, value) => {
    const findings = check(textNumber, codedFixture(withCell(functionBody(), 2, 2, text)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "text-number",
      severity: "warning",
      sheet: "支出总表",
      cell: `C${a1Row(2)}`,
      expected: money(value),
      table: "expenditure",
    });
    expect(say(findings[0])).toContain(`按 ${value} 计算`);
    expect(say(findings[0])).toContain("以文本形式存放");
  });

  test("checks total rows too, and only amount columns", () => {
    let body = withCell(functionBody(), 0, 2, "534.80"); // 合计 row
    body = withCell(body, 1, 0, "208"); // code column: text is expected there
    const findings = check(textNumber, codedFixture(body));
    expect(findings.map((f) => f.cell)).toEqual([`C${a1Row(0)}`]);
  });

  test("only the nine budget tables are checked", () => {
    const fixture = codedFixture(withCell(functionBody(), 2, 2, "29.00"), { template: "project-goal" });
    expect(check(textNumber, fixture)).toEqual([]);
  });

  it("leaves percentages to non-numeric-amount (a rate is not an amount stored as text)", () => {
    expect(check(textNumber, codedFixture(withCell(functionBody(), 2, 2, "3%")))).toEqual([]);
  });
});
