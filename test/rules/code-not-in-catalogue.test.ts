import { codeNotInCatalogue } from "../../src/rules/codes/code-not-in-catalogue";
import { a1Row, check, codedFixture, economicBody, economicFixture, functionBody } from "./helpers/codes-hygiene";
import { say } from "../support/text";

describe("code-not-in-catalogue", () => {
  test("every code of seed 001's tables is in the catalogue", () => {
    expect(check(codeNotInCatalogue, codedFixture(functionBody()))).toEqual([]);
    expect(check(codeNotInCatalogue, economicFixture())).toEqual([]);
  });

  test("an unknown code is information, said to be a gap of a partial catalogue, once per table", () => {
    const body = [...functionBody(), ["2101502", "一般行政管理事务", 1, 1, null], ["2101502", "一般行政管理事务", 2, 2, null]];
    const findings = check(codeNotInCatalogue, codedFixture(body));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "code-not-in-catalogue",
      severity: "info",
      cell: `A${a1Row(body.length - 2)}`,
      related: [{ sheet: "支出总表", cell: `A${a1Row(body.length - 1)}` }],
      actual: "2101502",
      table: "expenditure",
    });
    expect(say(findings[0])).toContain("科目 2101502 不在内置科目目录中");
    expect(say(findings[0])).toContain("只收录了部分科目");
  });

  test("economic codes: unknown 款 reported; malformed codes and non-current classes left to the structure rule", () => {
    const body = [...economicBody(), ["30227", "委托业务费", 1, null, 1], ["304", "旧科目", 1, null, 1], ["3021", "x", 1, null, 1]];
    const findings = check(codeNotInCatalogue, economicFixture(body));
    expect(findings.map((f) => f.actual)).toEqual(["30227"]);
  });
});

describe("code-not-in-catalogue with many unknown codes", () => {
  test("gives one finding per table that names the first five and counts the rest", () => {
    const extra = ["2101502", "2101505", "2101507", "2101508", "2101509", "2101510", "2101511"].map((c) => [c, "地方科目", 1, 1, null]);
    const findings = check(codeNotInCatalogue, codedFixture([...functionBody(), ...extra]));
    expect(findings).toHaveLength(1);
    expect(say(findings[0])).toContain("2101502、2101505、2101507、2101508、2101509 等 7 个");
    expect(findings[0].related).toHaveLength(6);
  });
});
