import { titleWording } from "../../src/rules/hygiene/title-wording";
import { check, codedFixture } from "./helpers/codes-hygiene";
import { say } from "../support/text";

describe("title-wording", () => {
  test("standard titles pass, 三公 with or without quotes included", () => {
    for (const title of ["部门预算政府性基金预算财政拨款支出表", "部门预算财政拨款“三公”经费支出表", "一般公共预算三公经费支出情况表"]) {
      expect(check(titleWording, codedFixture([], { title, template: "gov-fund-expenditure" }))).toEqual([]);
    }
  });

  test("seed 001's “政府基金” without 性 is information at the title cell", () => {
    const fixture = codedFixture([], { title: "部门预算政府基金预算财政拨款支出表", template: "gov-fund-expenditure", sheetName: "表7" });
    const findings = check(titleWording, fixture);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "title-wording",
      severity: "info",
      sheet: "表7",
      cell: "A1",
      expected: "政府性基金",
      actual: "政府基金",
      table: "gov-fund-expenditure",
    });
    expect(say(findings[0])).toBe("表名中的“政府基金”不是规范用语，应为“政府性基金”");
  });

  test("the pre-2015 name 公共财政预算 is reported; a title without a cell is reported on the sheet", () => {
    const fixture = codedFixture([], { title: "公共财政预算支出表", template: "general-budget-expenditure" });
    delete fixture.table.titleCell;
    const findings = check(titleWording, fixture);
    expect(findings.map((f) => [f.cell, f.expected])).toEqual([["", "一般公共预算"]]);
  });

  test("no title, no finding", () => {
    expect(check(titleWording, codedFixture([], { title: "" }))).toEqual([]);
  });
});
