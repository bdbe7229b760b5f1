import { at, runRule } from "./helpers/run";
import { goalWorkbook, typicalIndicators, type Indicator } from "./helpers/goals";
import { say } from "../support/text";

const run = (index: number, line: Indicator) => {
  const lines = typicalIndicators();
  lines[index] = line;
  return runRule("indicator-unit", goalWorkbook(lines));
};

describe("indicator-unit", () => {
  test("rates in %, amounts in 万元, counts in their units pass; 效率 and 频率 are not shares", () => {
    expect(runRule("indicator-unit", goalWorkbook(typicalIndicators()))).toEqual([]);
    expect(run(0, ["产出指标", "数量指标", "办事效率", "≤3个工作日"])).toEqual([]);
    expect(run(0, ["产出指标", "数量指标", "巡查频率", "≥2次/月"])).toEqual([]);
  });

  test("比例, 占比 and 率 are all rates: a qualitative target is flagged on each (issue #15), a % target is fine", () => {
    for (const name of ["覆盖率", "困难群众救助覆盖比例", "政策知晓占比", "资金比重"]) {
      expect(run(4, ["效益指标", "社会效益指标", name, "效果显著"]).map((f) => [f.ruleId, f.severity, at(f)])).toEqual([["indicator-unit", "warning", "绩效1!E8"]]);
      expect(run(4, ["效益指标", "社会效益指标", name, "≥90%"])).toEqual([]);
    }
  });

  test("a rate in people is a warning at the target cell", () => {
    const findings = run(4, ["效益指标", "社会效益指标", "参保率", "≥95人"]);
    expect(findings.map((f) => [at(f), f.severity, say(f)])).toEqual([["绩效1!E8", "warning", "“参保率”是比率，指标值“≥95人”的单位却是“人”，应以 % 表示"]]);
  });

  test("a rate in % stated as a quality, and an amount stated in %, are warnings", () => {
    expect(run(4, ["效益指标", "社会效益指标", "覆盖率（%）", "显著提高"]).map((f) => say(f))).toEqual([
      "“覆盖率(%)”是以 % 计的比率，指标值“显著提高”却是定性表述，应写明百分比",
    ]);
    expect(run(3, ["产出指标", "成本指标", "资金成本", "≤5%"]).map((f) => at(f))).toEqual(["绩效1!E7"]);
  });

  test("a rate about 费用 whose name was cut short is not an amount (seed 003 “参保人住院费用实际报销比 ≥40%”)", () => {
    expect(run(1, ["产出指标", "质量指标", "参保人住院费用实际报销比", "≥40%"])).toEqual([]);
    expect(run(1, ["产出指标", "质量指标", "重点救助对象自付费用按规定年度限额", "≥70%"])).toEqual([]);
  });
});
