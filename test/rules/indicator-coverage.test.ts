import { at, runRule } from "./helpers/run";
import { goalWorkbook, henanProjectGoals, typicalIndicators } from "./helpers/goals";
import { say } from "../support/text";

describe("indicator-coverage", () => {
  test("a table with 产出, 效益 and 满意度 indicators passes", () => {
    expect(runRule("indicator-coverage", goalWorkbook(typicalIndicators()))).toEqual([]);
  });

  test("a table without 满意度 (or 效益) indicators is a warning at the header", () => {
    const noSatisfaction = typicalIndicators().slice(0, 6);
    const findings = runRule("indicator-coverage", goalWorkbook(noSatisfaction));
    expect(findings.map((f) => [at(f), f.severity, say(f)])).toEqual([["绩效1!A3", "warning", "本表没有满意度指标；绩效目标一般应包括产出、效益、满意度三类指标"]]);
    const outputOnly = typicalIndicators().slice(0, 4);
    expect(say(runRule("indicator-coverage", goalWorkbook(outputOnly))[0])).toContain("效益指标、满意度指标");
  });

  test("a table outside the 产出/效益/满意度 framework is not judged", () => {
    const other = typicalIndicators().map(([, l2, name, target]) => ["管理效率", l2, name, target] as typeof l2[]);
    expect(runRule("indicator-coverage", goalWorkbook(other as never))).toEqual([]);
  });

  test("in a Henan table each project is judged on its own, and reported at its project cell", () => {
    expect(runRule("indicator-coverage", henanProjectGoals())).toEqual([]);
    const findings = runRule("indicator-coverage", henanProjectGoals((rows) => rows.splice(10, 1)));
    expect(findings.map((f) => [at(f), say(f)])).toEqual([["项目绩效!B10", "项目“医保宣传”没有效益指标；绩效目标一般应包括产出、效益、满意度三类指标"]]);
  });
});
