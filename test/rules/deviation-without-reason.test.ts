import { at, runRule } from "./helpers/run";
import { selfEvaluationWorkbook } from "./helpers/goals";
import { say } from "../support/text";

const run = (lines: Parameters<typeof selfEvaluationWorkbook>[0]) => runRule("deviation-without-reason", selfEvaluationWorkbook(lines));

describe("deviation-without-reason", () => {
  test("results near the target, explained ones, percentages and ≤ targets pass", () => {
    expect(
      run([
        ["宣传活动次数", "≥4次", "7次", null], // 1.75 times
        ["培训会议", "≥2次", "7次", "上级临时增加培训任务"],
        ["政策知晓率", "≥40%", "90%", null],
        ["投诉件数", "≤10件", "30件", null],
      ]),
    ).toEqual([]);
  });

  test("seed 003: 2 → 7 sessions with the reason empty is information at the reason cell", () => {
    const findings = run([["开展医保工作政府信息公开工作会议或培训", 2, 7, null]]);
    expect(findings.map((f) => [at(f), f.severity, say(f)])).toEqual([
      ["自评!G3", "info", "“开展医保工作政府信息公开工作会议或培训”实际完成“7”，是指标值“2”的 3.5 倍，偏离较大却没有说明原因（指标值是否定得过低）"],
    ]);
  });

  test("amounts compare across units (≥50万元 → 1200000元 is 2.4 times)", () => {
    expect(run([["带动社会投资", "≥50万元", "1200000元", null]]).map((f) => say(f))).toEqual([
      "“带动社会投资”实际完成“1200000元”，是指标值“≥50万元”的 2.4 倍，偏离较大却没有说明原因（指标值是否定得过低）",
    ]);
  });
});
