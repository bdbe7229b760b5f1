import { economicCodeStructure } from "../../src/rules/codes/economic-code-structure";
import { a1Row, check, codedFixture, economicBody, economicFixture, functionBody, rowOf, withCell } from "./helpers/codes-hygiene";
import { say } from "../support/text";

describe("economic-code-structure", () => {
  test("passes seed 001's 基本支出表 (301/302/303/310 and their 款)", () => {
    expect(check(economicCodeStructure, economicFixture())).toEqual([]);
  });

  test("30104 in current use is a warning: no longer a current code", () => {
    const body = withCell(withCell(economicBody(), rowOf(economicBody(), "30112"), 0, "30104"), rowOf(economicBody(), "30112"), 1, "社会保障缴费");
    const findings = check(economicCodeStructure, economicFixture(body));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "economic-code-structure",
      severity: "warning",
      cell: `A${a1Row(rowOf(economicBody(), "30112"))}`,
      table: "general-budget-basic",
    });
    expect(say(findings[0])).toContain("30104 已不是现行科目");
    expect(say(findings[0])).toContain("30108–30112");
  });

  test("a class outside the current classifications is an error (304 was a pre-2018 class)", () => {
    const body = [...economicBody(), ["304", "对企事业单位的补贴", 1, 1, null], ["30401", "企业政策性补贴", 1, 1, null]];
    const findings = check(economicCodeStructure, economicFixture(body));
    expect(findings.map((f) => f.cell)).toEqual([`A${a1Row(body.length - 2)}`, `A${a1Row(body.length - 1)}`]);
    expect(findings[0]).toMatchObject({ severity: "error" });
    expect(say(findings[0])).toContain("类 304 不是现行经济分类的类");
    expect(say(findings[1])).toContain("30401 的类 304");
  });

  test("malformed codes: letters, wrong length", () => {
    let body = withCell(economicBody(), rowOf(economicBody(), "30201"), 0, "3O201");
    body = withCell(body, rowOf(economicBody(), "30202"), 0, "3020");
    const findings = check(economicCodeStructure, economicFixture(body));
    expect(findings).toHaveLength(2);
    expect(say(findings[0])).toContain("“3O201”含有非数字字符");
    expect(say(findings[1])).toContain("“3020”是 4 位");
    expect(findings.every((f) => f.severity === "error")).toBe(true);
  });

  test("a 款 whose class row is missing is an error when the table lists class rows", () => {
    const body = economicBody().filter((r) => r[0] !== "310");
    const findings = check(economicCodeStructure, economicFixture(body));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cell: `A${a1Row(rowOf(body, "31002"))}`, expected: "310" });
    expect(say(findings[0])).toBe("科目 31002 的上级科目 310（类）在本表中没有对应行");
  });

  test("local 7-digit items under their 款 are fine; without class rows no parent check", () => {
    const body = [...economicBody()];
    body.splice(rowOf(body, "30103"), 0, ["3010201", "工作性津贴", 10, 10, null], ["3010202", "生活性补贴", 8, 8, null]);
    expect(check(economicCodeStructure, economicFixture(body))).toEqual([]);
    const flat = economicBody().filter((r) => String(r[0]).length !== 3);
    expect(check(economicCodeStructure, economicFixture(flat))).toEqual([]);
  });

  test("the 政府经济分类 code of a two-code table is checked in its own column", () => {
    const body = [
      ["合计", null, null, 160, 160],
      ["30101", "基本工资", "50101", 115, 115],
      ["30102", "津贴补贴", "50101", 18, 18],
      ["30108", "机关事业单位基本养老保险缴费", "5O102", 26, 26],
      ["30114", "医疗费", "50199", 1, 1],
    ];
    const fixture = economicFixture(body, {
      header: ["部门经济分类编码", "名称", "政府经济分类编码", "总计", "人员经费"],
      secondaryCol: 2,
    });
    const findings = check(economicCodeStructure, fixture);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cell: `C${a1Row(3)}`, severity: "error", actual: "5O102" });
  });

  test("function tables are left to function-code-structure", () => {
    expect(check(economicCodeStructure, codedFixture(functionBody()))).toEqual([]);
  });
});
