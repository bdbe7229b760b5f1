import { at, runRule } from "./helpers/run";
import { scoredWorkbook } from "./helpers/goals";
import { say } from "../support/text";

const run = (...args: Parameters<typeof scoredWorkbook>) => runRule("self-evaluation-score", scoredWorkbook(...args));

describe("self-evaluation-score", () => {
  test("scores within what the results earn pass, rounded ones and deductions included", () => {
    expect(
      run([
        ["系统模块", "≥3个", "3个", 20, 20],
        ["培训人次", "≥100人次", "90人次", 10, 9],
        ["结算差错率", "≤1%", "2%", 10, 5],
        ["接入机构数", "≥30家", "25家", 10, 8], // earns 8.33: written 8
        ["宣传活动", "≥4次", "4次", 10, 7], // a deduction is the evaluator's call
        ["服务能力", "明显提升", "有所提升", 10, 10], // qualitative: left to judgement
      ]),
    ).toEqual([]);
  });

  test("a score above its points is an error at the score cell", () => {
    const findings = run([["系统模块", "≥3个", "3个", 20, 25]]);
    expect(findings.map((f) => [at(f), f.severity, f.expected, f.actual])).toEqual([["自评!G10", "error", "≤ 20", 25]]);
    expect(say(findings[0])).toBe("“系统模块”得分 25 超过了分值 20");
  });

  test("full marks for a missed target is a warning with what it earns", () => {
    const findings = run([["培训人次", "≥100人次", "80人次", 10, 10]]);
    expect(findings.map((f) => [at(f), f.severity, f.expected, f.difference])).toEqual([["自评!G10", "warning", "≤ 8", 2]]);
    expect(say(findings[0])).toBe("“培训人次”指标值“≥100人次”、实际完成“80人次”，按完成比例最多得 8 分，表中为 10 分");
  });

  test("the 预算执行率 score: 108 / 120 = 90.00% earns 9 of 10; 10 is a warning", () => {
    expect(run([], 9)).toEqual([]);
    const findings = run([], 10);
    expect(findings.map((f) => [at(f), f.severity, f.expected])).toEqual([["自评!H4", "warning", "≤ 9"]]);
    expect(say(findings[0])).toBe("预算执行率 90.00%，分值 10，最多得 9 分，表中为 10 分");
  });

  test("a blank score that follows from the figures is a note with the score earned; a qualitative one is left blank", () => {
    const findings = run(
      [
        ["接入机构数", "≥30家", "25家", 10, null],
        ["服务能力", "明显提升", "有所提升", 10, null],
        ["培训人次", "≥100人次", null, 10, null],
      ],
      null,
    );
    expect(findings.map((f) => [at(f), f.severity, f.expected])).toEqual([
      ["自评!H4", "info", 9],
      ["自评!G10", "info", 8.33],
    ]);
    // The pane offers to write these into the blank cells.
    expect(findings.map((f) => f.suggestion)).toEqual([9, 8.33]);
    expect(say(findings[0])).toBe("预算执行率的得分为空；执行率 90.00%，分值 10，应得 9 分");
    expect(say(findings[1])).toBe("“接入机构数”的得分为空；指标值 ≥30家，实际完成 25家，分值 10，应得 8.33 分");
  });
});
