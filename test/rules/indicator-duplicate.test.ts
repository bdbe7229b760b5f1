import { at, runRule } from "./helpers/run";
import { goalWorkbook, henanProjectGoals, typicalIndicators } from "./helpers/goals";
import { say } from "../support/text";

describe("indicator-duplicate", () => {
  test("distinct names pass", () => {
    expect(runRule("indicator-duplicate", goalWorkbook(typicalIndicators()))).toEqual([]);
  });

  test("the same indicator under two 二级 is a warning at the second, pointing at the first", () => {
    const lines = typicalIndicators();
    lines[5] = ["效益指标", "可持续影响指标", "权益保障率", "≥99%"];
    const findings = runRule("indicator-duplicate", goalWorkbook(lines));
    expect(findings.map((f) => [at(f), f.severity])).toEqual([["绩效1!C9", "warning"]]);
    expect(findings[0].related).toEqual([{ sheet: "绩效1", cell: "C8" }]);
    expect(say(findings[0])).toBe("“权益保障率”同时填在“社会效益指标”（C8）和“可持续影响指标”下，一个指标只应归入一个二级指标");
  });

  test("a copy under the same 二级, numbered differently, is reported as repeated", () => {
    const lines = typicalIndicators();
    lines.splice(1, 0, ["产出指标", "数量指标", "指标2：医保重点工作完成情况", "≥5项"]);
    const findings = runRule("indicator-duplicate", goalWorkbook(lines));
    expect(findings.map((f) => [at(f), say(f)])).toEqual([["绩效1!C5", "“指标2:医保重点工作完成情况”在“数量指标”下出现了两次（另一处在 C4）"]]);
  });

  test("two projects of one Henan table may share an indicator (群众满意度); within a project they may not", () => {
    expect(runRule("indicator-duplicate", henanProjectGoals())).toEqual([]);
    const findings = runRule("indicator-duplicate", henanProjectGoals((rows) => (rows[10][8] = "群众满意度")));
    expect(findings.map(at)).toEqual(["项目绩效!I12"]);
  });
});
