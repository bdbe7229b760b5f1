import { at, runRule } from "./helpers/run";
import { selfEvaluationWorkbook } from "./helpers/goals";
import { say } from "../support/text";

const run = (lines: Parameters<typeof selfEvaluationWorkbook>[0]) => runRule("unmet-without-reason", selfEvaluationWorkbook(lines));

describe("unmet-without-reason", () => {
  test("met targets, and missed ones with a reason, pass", () => {
    expect(
      run([
        ["参保率", "≥95%", "96.2%", null],
        ["资助参保人次", "≥19 万人次", "18 万人次", "部分救助对象已在外地参保，下年核实后补助"],
        ["结算时间", "不晚于12月底", "11月底", null],
        ["群众负担", "有效缓解", "有效缓解", null],
      ]),
    ).toEqual([]);
  });

  test("seed 003: a range missed (6-9个月 → 13) with the reason empty or “无” is a warning at the reason cell", () => {
    const findings = run([
      ["基金滚存结余可支配月数", "6-9个月", "13", null],
      ["参保率", "≥95%", "90%", "无"],
    ]);
    expect(findings.map((f) => [at(f), f.severity])).toEqual([
      ["自评!G3", "warning"],
      ["自评!G4", "warning"],
    ]);
    expect(findings[0].related).toEqual([
      { sheet: "自评", cell: "E3" },
      { sheet: "自评", cell: "F3" },
    ]);
    expect(say(findings[0])).toBe("“基金滚存结余可支配月数”未达到指标值（指标值“6-9个月”，实际完成“13”），但没有填写未完成原因和改进措施");
  });

  test("values that cannot be compared are not judged", () => {
    expect(run([["医保经办服务信息化支撑能力", "明显提升", "有所提升", null]])).toEqual([]);
    expect(run([["参保率", "≥95%", "未统计", null]])).toEqual([]);
  });

  test("a result typed as a number with a percent format is judged and quoted as shown (0.9 → “90.00%”)", () => {
    const wb = selfEvaluationWorkbook([["参保率", "≥95%", 0.9, null]]);
    wb.sheets[0].shown = { "2,5": "90.00%" };
    const findings = runRule("unmet-without-reason", wb);
    expect(findings.map((f) => [at(f), f.actual])).toEqual([["自评!G3", "90.00%"]]);
    expect(say(findings[0])).toContain("实际完成“90.00%”");
  });
});
