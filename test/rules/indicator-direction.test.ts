import { at, runRule } from "./helpers/run";
import { goalWorkbook, splitTargetWorkbook, typicalIndicators, type Indicator } from "./helpers/goals";
import { checkWorkbookSync } from "../../src/engine/check";
import { say } from "../support/text";

const run = (indicators: Indicator[]) => runRule("indicator-direction", goalWorkbook(indicators));

/** The typical table with indicator `index` replaced. */
function withLine(index: number, line: Indicator): Indicator[] {
  const lines = typicalIndicators();
  lines[index] = line;
  return lines;
}

describe("indicator-direction", () => {
  test("a correct table passes: cost ≤, rates ≥, counts ≥; bare values are not judged", () => {
    expect(run(typicalIndicators())).toEqual([]);
    expect(run(withLine(3, ["产出指标", "成本指标", "资金成本", "20万元"]))).toEqual([]);
    expect(run(withLine(4, ["效益指标", "社会效益指标", "权益保障率", "95%"]))).toEqual([]);
  });

  test("seed 001 table 2: “≥20 万元” on a cost is an error at the target cell, with the corrected target", () => {
    const findings = run(withLine(3, ["产出指标", "成本指标", "资金成本", "≥20 万元"]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", sheet: "绩效1", cell: "E7", expected: "≤20万元", actual: "≥20万元" }); // quoted as recognition reads it (spaces squeezed)
    expect(findings[0].related).toEqual([{ sheet: "绩效1", cell: "C7" }]);
    expect(say(findings[0])).toBe("成本指标“资金成本”是金额上限，指标值应写“≤20万元”，表中为“≥20万元”");
  });

  test("a cost named as money is judged outside 成本指标 too; a cost rate (成本节约率 ≥5%) is not", () => {
    expect(run(withLine(0, ["产出指标", "数量指标", "培训经费", "＞3万元"])).map(at)).toEqual(["绩效1!E4"]);
    expect(run(withLine(3, ["产出指标", "成本指标", "成本节约率", "≥5%"]))).toEqual([]);
  });

  test("a standard about money outside 成本指标 is not a cap (seed 003 “各级财政实际补助标准 ≥550元”)", () => {
    expect(run(withLine(0, ["产出指标", "数量指标", "各级财政实际补助标准", "≥550元"]))).toEqual([]);
  });

  test("seed 001 table 4: “权益保障率 ≤95%” on a rate where more is better is an error", () => {
    const findings = run(withLine(4, ["效益指标", "社会效益指标", "权益保障率", "≤95%"]));
    expect(findings.map((f) => [at(f), f.severity, f.expected])).toEqual([["绩效1!E8", "error", "≥95%"]]);
    expect(say(findings[0])).toContain("越高越好");
  });

  test("a usage rate may be capped on purpose (床位使用率 ≤93%): not judged", () => {
    expect(run(withLine(1, ["产出指标", "质量指标", "床位使用率", "≤93%"]))).toEqual([]);
  });

  test("a rate where less is better written with ≥ is a warning", () => {
    const findings = run(withLine(1, ["产出指标", "质量指标", "结算差错率", "≥1%"]));
    expect(findings.map((f) => [at(f), f.severity, f.expected])).toEqual([["绩效1!E5", "warning", "≤1%"]]);
    expect(run(withLine(1, ["产出指标", "质量指标", "结算差错率", "≤1%"]))).toEqual([]);
  });

  test("“≥100%” on a share that cannot exceed 100% should read “=100%”; 完成率 ≥100% is fine", () => {
    const findings = run(withLine(1, ["产出指标", "质量指标", "定点医药机构监管检查覆盖率", "≥100%"]));
    expect(findings.map((f) => [at(f), f.severity, f.expected])).toEqual([["绩效1!E5", "warning", "=100%"]]);
    expect(run(withLine(1, ["产出指标", "质量指标", "任务完成率", "≥100%"]))).toEqual([]);
  });

  test("a target split into 符号 | 值 | 单位 is judged as one, and reported at its 值", () => {
    expect(run(typicalIndicators())).toEqual([]);
    const wb = splitTargetWorkbook((rows) => (rows[5][3] = "≤"));
    expect(runRule("indicator-direction", wb).map((f) => [at(f), f.actual, f.expected])).toEqual([["整体!E6", "≤100%", "≥100%"]]);
    // The clean table raises nothing at all.
    expect(checkWorkbookSync(splitTargetWorkbook()).findings).toEqual([]);
  });
});
