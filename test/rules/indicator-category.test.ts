import { at, runRule } from "./helpers/run";
import { goalWorkbook, typicalIndicators, type Indicator } from "./helpers/goals";
import { say } from "../support/text";

const run = (indicators: Indicator[]) => runRule("indicator-category", goalWorkbook(indicators));

describe("indicator-category", () => {
  test("a correct table passes, 成本节约率 under 成本 and 完成率 under 时效 included", () => {
    expect(run(typicalIndicators())).toEqual([]);
    const lines = typicalIndicators();
    lines[2] = ["产出指标", "时效指标", "工作完成率", "≥95%"];
    lines[3] = ["产出指标", "成本指标", "成本节约率", "≥5%"];
    expect(run(lines)).toEqual([]);
  });

  test("seed 001 table 9: 时效 and 成本 rows holding each other's indicator are one error, at the 时效 name cell", () => {
    const lines = typicalIndicators();
    lines[2] = ["产出指标", "时效指标", "资金成本", "≤5万元"];
    lines[3] = ["产出指标", "成本指标", "完成及时率", "≥99%"];
    const findings = run(lines);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", cell: "C6", related: [{ sheet: "绩效1", cell: "C7" }] });
    expect(say(findings[0])).toBe("时效指标与成本指标两行的内容互换了：时效指标行填的是“资金成本 ≤5万元”，成本指标行填的是“完成及时率 ≥99%”");
  });

  test("an amount under 时效 alone is an error; a rate under 成本 alone is a warning", () => {
    const amount = typicalIndicators();
    amount[2] = ["产出指标", "时效指标", "资金拨付", "≤5万元"];
    expect(run(amount).map((f) => [at(f), f.severity])).toEqual([["绩效1!C6", "error"]]);
    const rate = typicalIndicators();
    rate[3] = ["产出指标", "成本指标", "资金到位及时率", "≥99%"];
    expect(run(rate)).toEqual([]); // mentions 资金: may be a cost measure, not reported
    rate[3] = ["产出指标", "成本指标", "报销及时率", "≥99%"];
    expect(run(rate).map((f) => [at(f), f.severity])).toEqual([["绩效1!C7", "warning"]]);
  });

  test("seed 001 tables 1 and 3: 保险报销及时率 under 可持续影响 is a warning", () => {
    const lines = typicalIndicators();
    lines[5] = ["效益指标", "可持续影响指标", "保险报销及时率", "≥99%"];
    const findings = run(lines);
    expect(findings.map((f) => [at(f), f.severity])).toEqual([["绩效1!C9", "warning"]]);
    expect(say(findings[0])).toContain("可持续影响指标");
  });

  test("seed 003: 政策知晓率 under 满意度 is a warning; satisfaction proxies (有效投诉率, 群众认可度) are not", () => {
    const lines = typicalIndicators();
    lines[6] = ["满意度指标", "服务对象满意度指标", "政策知晓率", "≥80%"];
    expect(run(lines).map((f) => [at(f), f.severity])).toEqual([["绩效1!C10", "warning"]]);
    for (const proxy of ["有效投诉率", "群众认可度"]) {
      lines[6] = ["满意度指标", "服务对象满意度指标", proxy, "≤1%"];
      expect(run(lines)).toEqual([]);
    }
  });
});
