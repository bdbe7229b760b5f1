import { codeNameMismatch } from "../../src/rules/codes/code-name-mismatch";
import { a1Row, check, codedFixture, economicBody, economicFixture, functionBody, rowOf, withCell } from "./helpers/codes-hygiene";
import { say } from "../support/text";

describe("code-name-mismatch", () => {
  test("passes seed 001's 支出总表 and 基本支出表", () => {
    expect(check(codeNameMismatch, codedFixture(functionBody()))).toEqual([]);
    expect(check(codeNameMismatch, economicFixture())).toEqual([]);
  });

  test("tolerates PDF line breaks, full-width spaces, a trailing 支出 and the regional variants", () => {
    const body = [
      ["2089999", "其他社会保障\n和就业支出", 4],
      ["21015", "医疗保障管理事务支出", 1],
      ["2101599", "其他医疗保障\u3000管理事务支出 ", 1],
      ["212", "城乡社区事务", 1],
      ["215", "资源勘探信息等支出", 1],
      ["20805", "行政事业单位离退休", 1],
      ["2080505 机关事业单位基本养老保险缴费支出", "2080505 机关事业单位基本养老保险缴费支出", 1],
    ];
    const fixture = codedFixture(body, { header: ["科目编码", "科目名称", "合计"] });
    fixture.table.rows[6].code = "2080505";
    expect(check(codeNameMismatch, fixture)).toEqual([]);
  });

  test("a code written with another code's name is an error naming both codes", () => {
    const i = rowOf(functionBody(), "2101501");
    const body = withCell(functionBody(), i, 1, "信息化建设");
    const findings = check(codeNameMismatch, codedFixture(body));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "code-name-mismatch",
      severity: "error",
      sheet: "支出总表",
      cell: `B${a1Row(i)}`,
      related: [{ sheet: "支出总表", cell: `A${a1Row(i)}` }],
      expected: "行政运行",
      actual: "信息化建设",
      table: "expenditure",
    });
    expect(say(findings[0])).toBe(
      "科目 2101501 的名称应为“行政运行”，表中写的是“信息化建设”，这是科目 2101504 的名称：编码和名称有一处填错",
    );
  });

  test("the same holds for economic codes, within their own system only", () => {
    const i = rowOf(economicBody(), "30201");
    const findings = check(codeNameMismatch, economicFixture(withCell(economicBody(), i, 1, "印刷费")));
    expect(findings).toHaveLength(1);
    expect(say(findings[0])).toContain("这是科目 30202 的名称");
    // 30113 住房公积金 shares its name with the function code 2210201: not a mix-up.
    expect(check(codeNameMismatch, economicFixture()).length).toBe(0);
  });

  test("a name that matches no catalogue entry is a warning with expected and actual names", () => {
    const i = rowOf(functionBody(), "2101103");
    const findings = check(codeNameMismatch, codedFixture(withCell(functionBody(), i, 1, "公务员医疗补贴")));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", cell: `B${a1Row(i)}`, expected: "公务员医疗补助", actual: "公务员医疗补贴" });
    expect(say(findings[0])).toBe("科目 2101103 的名称与科目目录不一致：目录为“公务员医疗补助”，表中为“公务员医疗补贴”");
  });

  test("codes outside the catalogue, names the catalogue is unsure of, and empty names are not judged", () => {
    const body = [
      ["2101502", "一般行政管理事务", 1],
      ["21013", "医疗救助事务", 1],
      ["3010201", "工作津贴", 1],
      ["2101101", null, 1],
    ];
    expect(check(codeNameMismatch, codedFixture(body, { header: ["科目编码", "科目名称", "合计"] }))).toEqual([]);
  });
});
