import { at, runRule } from "./helpers/run";
import { declarationWorkbook, henanProjectGoals, s003Workbook } from "./helpers/goals";
import { checkWorkbookSync } from "../../src/engine/check";
import { diff, money, say } from "../support/text";

const run = (change?: Parameters<typeof s003Workbook>[0]) => runRule("funds-total", s003Workbook(change));

describe("funds-total", () => {
  test("seed 003 table 1 adds up: 15329.53 = 11221.53 + 4108 and 11852.5 = 11221.53 + 630.97", () => {
    expect(run()).toEqual([]);
  });

  test("a total that is not the sum of its parts is an error at the total, with expected, actual and difference", () => {
    const findings = run((rows) => (rows[4][3] = 11825.5));
    expect(findings.map((f) => [at(f), f.severity])).toEqual([["自评1!D5", "error"]]);
    expect(findings[0]).toMatchObject({ expected: money("11852.50"), actual: money("11825.50"), difference: diff("-27.00") });
    expect(say(findings[0])).toBe("“全年执行数(B)”栏：年度资金总额 = 中央补助 + 地方资金 + 其他资金：应为 11852.50，实为 11825.50，差额 -27.00");
    expect(findings[0].related?.map((r) => r.cell)).toEqual(["D6", "D7", "D8"]);
  });

  test("a gap of 0.01 per part is a rounding warning; parts typed as text still count", () => {
    expect(run((rows) => (rows[4][2] = 15329.54)).map((f) => f.severity)).toEqual(["warning"]);
    expect(run((rows) => (rows[6][2] = "4,108.00"))).toEqual([]);
  });

  test("a column whose parts are all blank is not judged", () => {
    expect(
      run((rows) => {
        for (const r of [5, 6]) rows[r][3] = null;
      }),
    ).toEqual([]);
  });

  test("Henan project table: each project's 资金总额 = 财政性资金 + 其他资金", () => {
    expect(runRule("funds-total", henanProjectGoals())).toEqual([]);
    const findings = runRule("funds-total", henanProjectGoals((rows) => (rows[9][4] = 5)));
    expect(findings.map((f) => [at(f), f.severity, f.expected, f.actual])).toEqual([["项目绩效!C10", "error", money("35.00"), money("36.00")]]);
    expect(say(findings[0])).toBe("项目“医保宣传”：资金总额 = 财政性资金 + 其他资金：应为 35.00，实为 36.00，差额 +1.00");
  });

  test("the national 申报表: 年度资金总额 = 财政拨款 + 其他资金 in its single amount column", () => {
    expect(checkWorkbookSync(declarationWorkbook()).findings).toEqual([]);
    const findings = runRule("funds-total", declarationWorkbook((rows) => (rows[5][2] = 10)));
    expect(findings.map((f) => [at(f), f.severity, f.expected, f.actual])).toEqual([["申报表!C4", "error", money("90.00"), money("100.00")]]);
    expect(say(findings[0])).toBe("“金额”栏：年度资金总额 = 财政拨款 + 其他资金：应为 90.00，实为 100.00，差额 +10.00");
  });
});
