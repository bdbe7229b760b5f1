import { nonNumericAmount } from "../../src/rules/hygiene/non-numeric-amount";
import { a1Row, BODY_TOP, check, codedFixture, functionBody, withCell } from "./helpers/codes-hygiene";
import { say } from "../support/text";

describe("non-numeric-amount", () => {
  test("passes numbers, numbers as text, blanks and dashes", () => {
    let body = withCell(functionBody(), 2, 4, "—");
    body = withCell(body, 3, 4, "-");
    body = withCell(body, 4, 2, "26.00");
    expect(check(nonNumericAmount, codedFixture(body))).toEqual([]);
  });

  test.each(["待定", "12..5", "约 5 万"])("text “%s” in an amount cell is an error naming it", (text) => {
    const findings = check(nonNumericAmount, codedFixture(withCell(functionBody(), 2, 3, text)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "non-numeric-amount", severity: "error", cell: `D${a1Row(2)}`, table: "expenditure" });
    expect(say(findings[0])).toContain(`是文字“${text}”，不是数字`);
  });

  test("a percentage in an amount cell is an error, and the sums do not read it as a fraction", () => {
    const findings = check(nonNumericAmount, codedFixture(withCell(functionBody(), 2, 3, "3%")));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", cell: `D${a1Row(2)}`, actual: "3%" });
    expect(say(findings[0])).toBe("金额单元格中是百分比“3%”，不是金额");
  });

  test("error values, as error objects or as their text, are errors naming the value", () => {
    let body = withCell(functionBody(), 1, 2, { error: "#REF!" });
    body = withCell(body, 2, 2, "#DIV/0!");
    const findings = check(nonNumericAmount, codedFixture(body));
    expect(findings.map((f) => [f.cell, f.severity, f.actual])).toEqual([
      [`C${a1Row(1)}`, "error", "#REF!"],
      [`C${a1Row(2)}`, "error", "#DIV/0!"],
    ]);
    expect(say(findings[0])).toContain("错误值 #REF!");
  });

  test("a formula without a cached value is information", () => {
    const body = withCell(functionBody(), 0, 2, null);
    const findings = check(nonNumericAmount, codedFixture(body, { formulas: { [`${BODY_TOP},2`]: "SUM(C5,C15,C24)" } }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "info", cell: `C${a1Row(0)}` });
    expect(say(findings[0])).toBe("公式没有计算结果，请在 Excel 中重新计算后保存");
  });

  test("a formula that yields an empty string, and a note line inside the body, are not reported", () => {
    let body = withCell(functionBody(), 2, 4, "");
    body = [...body, [null, null, "注：无政府性基金预算财政拨款预算，空表列示"]];
    const fixture = codedFixture(body, { formulas: { [`${BODY_TOP + 2},4`]: 'IF(C6=0,"",C6)' } });
    expect(check(nonNumericAmount, fixture)).toEqual([]);
  });
});
