import { at, runRule } from "./helpers/run";
import { goalWorkbook, typicalIndicators } from "./helpers/goals";
import { say } from "../support/text";

const withName = (index: number, name: string) => {
  const lines = typicalIndicators();
  lines[index] = [lines[index][0], lines[index][1], name, lines[index][3]];
  return goalWorkbook(lines);
};

describe("indicator-placeholder", () => {
  test("real names pass, including ones that contain 指标 or a number", () => {
    expect(runRule("indicator-placeholder", goalWorkbook(typicalIndicators()))).toEqual([]);
    expect(runRule("indicator-placeholder", withName(0, "指标完成数量"))).toEqual([]);
    expect(runRule("indicator-placeholder", withName(0, "15套信息化标准代码"))).toEqual([]);
  });

  test("seed 003's “指标1: 参保人数(万人)” keeps its template number: information", () => {
    const findings = runRule("indicator-placeholder", withName(0, "指标1: 参保人数(万人)"));
    expect(findings.map((f) => [at(f), f.severity, say(f)])).toEqual([["绩效1!C4", "info", "指标名称“指标1:参保人数(万人)”前保留了模板编号“指标1:”"]]);
  });

  test("a bare placeholder (事项1, 指标3) is a warning", () => {
    expect(runRule("indicator-placeholder", withName(0, "事项1")).map((f) => f.severity)).toEqual(["warning"]);
    expect(runRule("indicator-placeholder", withName(1, "指标3")).map((f) => f.severity)).toEqual(["warning"]);
  });
});
