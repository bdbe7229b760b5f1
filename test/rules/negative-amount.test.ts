import { negativeAmount } from "../../src/rules/hygiene/negative-amount";
import { a1Row, check, codedFixture, functionBody, withCell } from "./helpers/codes-hygiene";
import { money, say } from "../support/text";

describe("negative-amount", () => {
  test("passes seed 001's amounts, zeros included", () => {
    expect(check(negativeAmount, codedFixture(withCell(functionBody(), 3, 4, 0)))).toEqual([]);
  });

  test("a negative amount is a warning giving the amount", () => {
    const findings = check(negativeAmount, codedFixture(withCell(functionBody(), 3, 3, -3)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "negative-amount", severity: "warning", cell: `D${a1Row(3)}`, actual: money("-3.00"), table: "expenditure" });
    expect(say(findings[0])).toBe("金额为负数（-3.00）；预算公开表的金额栏不应出现负数");
  });

  test("accounting negatives written as text count too", () => {
    const findings = check(negativeAmount, codedFixture(withCell(functionBody(), 0, 4, "(1,234.50)")));
    expect(findings.map((f) => [f.cell, f.actual])).toEqual([[`E${a1Row(0)}`, money("-1234.50")]]);
  });
});
