import { functionCodeStructure } from "../../src/rules/codes/function-code-structure";
import { a1Row, check, codedFixture, economicFixture, functionBody, rowOf, withCell } from "./helpers/codes-hygiene";
import { say } from "../support/text";

describe("function-code-structure", () => {
  test("passes seed 001's 支出总表 (类/款/项 rows in one code column)", () => {
    expect(check(functionCodeStructure, codedFixture(functionBody()))).toEqual([]);
  });

  test("a code with a letter in it is an error", () => {
    const body = withCell(functionBody(), rowOf(functionBody(), "20805"), 0, "2O805");
    const findings = check(functionCodeStructure, codedFixture(body));
    const f = findings.find((x) => x.cell === `A${a1Row(2)}`)!;
    expect(f).toMatchObject({ ruleId: "function-code-structure", severity: "error", sheet: "支出总表", table: "expenditure", actual: "2O805" });
    expect(say(f)).toContain("“2O805”含有非数字字符");
  });

  test("a code of 4 or 6 digits is an error naming the length", () => {
    const body = withCell(functionBody(), rowOf(functionBody(), "2080501"), 0, "208050");
    const findings = check(functionCodeStructure, codedFixture(body));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", cell: `A${a1Row(3)}` });
    expect(say(findings[0])).toContain("3、5 或 7 位");
    expect(say(findings[0])).toContain("“208050”是 6 位");
  });

  test("a 项 whose 款 row is missing is reported once, at its first child", () => {
    const body = functionBody().filter((r) => r[0] !== "20827");
    const first = rowOf(body, "2082701");
    const findings = check(functionCodeStructure, codedFixture(body));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", cell: `A${a1Row(first)}`, expected: "20827" });
    expect(findings[0].related).toEqual([{ sheet: "支出总表", cell: `A${a1Row(first + 1)}` }]);
    expect(say(findings[0])).toBe("科目 2082701 的上级科目 20827（款）在本表中没有对应行");
  });

  test("a 款 whose 类 row is missing is reported", () => {
    const body = functionBody().filter((r) => r[0] !== "221");
    const findings = check(functionCodeStructure, codedFixture(body));
    expect(findings).toHaveLength(1);
    expect(say(findings[0])).toContain("上级科目 221（类）");
    expect(findings[0].cell).toBe(`A${a1Row(rowOf(body, "22102"))}`);
  });

  test("no parent check when the table lists only 项 rows (Henan) or uses split 类|款|项 columns", () => {
    const onlyItems = functionBody().filter((r) => typeof r[0] !== "string" || String(r[0]).length === 7 || r[0] === "合计");
    expect(check(functionCodeStructure, codedFixture(onlyItems))).toEqual([]);
    const noClasses = functionBody().filter((r) => String(r[0]).length !== 3);
    expect(check(functionCodeStructure, codedFixture(noClasses, { codeLayout: "split" }))).toEqual([]);
  });

  test("economic tables are left to economic-code-structure", () => {
    expect(check(functionCodeStructure, economicFixture())).toEqual([]);
  });
});
