import { at, runRule } from "./helpers/run";
import { goalWorkbook, typicalIndicators, type Indicator } from "./helpers/goals";
import { say } from "../support/text";

const run = (indicators: Indicator[]) => runRule("indicator-target-form", goalWorkbook(indicators));

function withTarget(index: number, target: Indicator[3]): Indicator[] {
  const lines = typicalIndicators();
  lines[index] = [lines[index][0], lines[index][1], lines[index][2], target];
  return lines;
}

describe("indicator-target-form", () => {
  test("standard forms pass: ≥/≤/= with units, ranges, dates, qualitative text, a number with its unit", () => {
    expect(run(typicalIndicators())).toEqual([]);
    for (const target of ["6-9个月", "不晚于12月底", "成效明显", "11个", "=100%", "≥36 万人"]) expect(run(withTarget(0, target))).toEqual([]);
  });

  test("an empty target is a warning at the target cell", () => {
    const findings = run(withTarget(0, null));
    expect(findings.map((f) => [at(f), f.severity])).toEqual([["绩效1!E4", "warning"]]);
    expect(say(findings[0])).toBe("“医保重点工作完成情况”的指标值为空");
  });

  test("approximate targets (seed 003 “70%左右”) cannot be assessed", () => {
    const findings = run(withTarget(1, "70%左右"));
    expect(findings.map((f) => [at(f), f.severity, f.actual])).toEqual([["绩效1!E5", "warning", "70%左右"]]);
  });

  test("seed 001 table 6: the unit “万/方” is malformed", () => {
    const findings = run(withTarget(0, "≥5.2 万/方"));
    expect(findings.map((f) => [at(f), f.severity])).toEqual([["绩效1!E4", "warning"]]);
    expect(say(findings[0])).toContain("“万/方”");
  });

  test("≧ and “百分比” are information with the standard symbol", () => {
    expect(run(withTarget(1, "≧99%")).map((f) => [f.severity, say(f)])).toEqual([["info", "指标值“≧99%”中的“≧”不是规范符号，应写作“≥”"]]);
    expect(run(withTarget(1, "≥99百分比")).map((f) => f.severity)).toEqual(["info"]);
  });

  test("a bare number with neither symbol nor unit is information, unless the name carries the unit or it is 0", () => {
    const findings = run(withTarget(0, 2));
    expect(findings.map((f) => [at(f), f.severity, say(f)])).toEqual([["绩效1!E4", "info", "指标值“2”只有数字，没有单位和“≥”“≤”“=”等符号，考核时无法判断含义"]]);
    const named = typicalIndicators();
    named[0] = ["产出指标", "数量指标", "参保人数(万人)", 410];
    expect(run(named)).toEqual([]);
    expect(run(withTarget(0, "0"))).toEqual([]);
  });

  test("a number that cannot be read is reported", () => {
    expect(run(withTarget(0, "≥5..2项")).map((f) => f.severity)).toEqual(["warning"]);
  });
});
