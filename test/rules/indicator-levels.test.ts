import { at, runRule } from "./helpers/run";
import { goalWorkbook, henanProjectGoals, typicalIndicators, type Indicator } from "./helpers/goals";
import { say } from "../support/text";

const run = (rows: Indicator[]) => runRule("indicator-levels", goalWorkbook(rows));

describe("indicator-levels", () => {
  test("the older framework (成本 under 产出) and 财预〔2021〕101号's (成本 as a 一级) both pass", () => {
    expect(run(typicalIndicators())).toEqual([]);
    const newer: Indicator[] = [
      ["成本指标", "经济成本指标", "资金成本", "≤20 万元"],
      ["产出指标", "数量指标", "医保重点工作完成情况", "≥5项"],
      ["效益指标", "社会效益指标", "权益保障率", "≥99%"],
      ["满意度指标", "服务对象满意度指标", "公众满意度", "≥95%"],
    ];
    expect(run(newer)).toEqual([]);
    expect(runRule("indicator-levels", henanProjectGoals())).toEqual([]);
  });

  test("a 一级 outside both frameworks is a warning, once per label", () => {
    const rows = typicalIndicators();
    rows[0][0] = "任务指标";
    rows[1][0] = "任务指标";
    const findings = run(rows);
    expect(findings.map((f) => [at(f), f.severity, say(f)])).toEqual([
      ["绩效1!A4", "warning", "一级指标“任务指标”不是规范的一级指标；应为产出指标、效益指标、满意度指标（财预〔2021〕101号起也可为成本指标）"],
    ]);
  });

  test("a 二级 that repeats its 一级, and a 二级 under the wrong 一级 (S003 table 2: 经济效益 under 满意度)", () => {
    const rows = typicalIndicators();
    rows[4][1] = "效益指标";
    rows.push(["满意度指标", "经济效益", "不合理累计结余减少程度", "成效明显"]);
    const findings = run(rows);
    expect(findings.map((f) => [at(f), say(f)])).toEqual([
      ["绩效1!B8", "二级指标“效益指标”与一级指标相同；应填写具体的二级指标：经济效益、社会效益、生态效益、可持续影响指标"],
      ["绩效1!B11", "二级指标“经济效益”不属于一级指标“满意度指标”；满意度指标下的二级指标是服务对象满意度指标"],
    ]);
  });

  test("成本 both under 产出 and as a 一级 is reported once, at the later one, pointing at the earlier", () => {
    const rows: Indicator[] = [...typicalIndicators(), ["成本指标", "社会成本指标", "社会成本", "无"]];
    const findings = run(rows);
    expect(findings.map((f) => [at(f), f.related.map((r) => r.cell)])).toEqual([["绩效1!A11", ["B7"]]]);
    expect(say(findings[0])).toContain("混用了两种指标体系");
  });

  test("a table outside the 产出/效益/满意度 framework (部门整体 frameworks) is not judged", () => {
    const other = typicalIndicators().map(([, l2, name, target]): Indicator => ["管理效率", l2, name, target]);
    expect(run(other)).toEqual([]);
  });
});
