import { at, runRule } from "./helpers/run";
import { goalWorkbook, typicalIndicators } from "./helpers/goals";
import { sheetFromRows, type WorkbookSnapshot } from "../../src/model/snapshot";
import { projectEvaluationSheet } from "../../scripts/fixtures/evaluation-layouts";
import { say } from "../support/text";

/** Goal tables, one per sheet, titled as given, with the typical indicators (cap ≤20 万元) or `cap`; 项目名称 as given or as the title names it. */
function tables(...specs: [title: string, cap?: string, project?: string][]): WorkbookSnapshot {
  const sheets = specs.map(([title, cap, project], i) => {
    const lines = typicalIndicators();
    if (cap) lines[3] = ["产出指标", "成本指标", "资金成本", cap];
    const s = goalWorkbook(lines, title, project).sheets[0];
    return { ...s, name: `绩效${i + 1}` };
  });
  return { source: "test.xlsx", sheets };
}

describe("duplicate-goal-table", () => {
  test("different projects pass", () => {
    expect(runRule("duplicate-goal-table", tables(["1、长期护理保险专项经费绩效目标表"], ["2、城乡居民医保专项经费绩效目标表"]))).toEqual([]);
  });

  test("the same project twice, numbered differently, is a warning at the second table's 项目名称", () => {
    const findings = runRule("duplicate-goal-table", tables(["1、医保宣传经费绩效目标表"], ["8、医保宣传经费绩效目标表"]));
    expect(findings.map((f) => [at(f), f.severity, say(f), f.related])).toEqual([
      ["绩效2!B2", "warning", "项目“医保宣传经费”的绩效目标表出现了两次（另一张在工作表“绩效1”）", [{ sheet: "绩效1", cell: "B2" }]],
    ]);
  });

  test("with different cost caps, the message names both", () => {
    const findings = runRule("duplicate-goal-table", tables(["医保宣传经费绩效目标表", "≤40万元"], ["医保宣传经费绩效目标表", "≤30万元"]));
    expect(say(findings[0])).toBe("项目“医保宣传经费”的绩效目标表出现了两次（另一张在工作表“绩效1”），两张表的成本指标不同：“≤40万元”与“≤30万元”");
  });

  test("two sheets titled alike are different projects when their 项目名称 differ (the title is not the project)", () => {
    const wb = tables(["项目支出绩效目标表", undefined, "医保宣传经费"], ["项目支出绩效目标表", undefined, "医疗救助经费"]);
    expect(runRule("duplicate-goal-table", wb)).toEqual([]);
    const generic = tables(["2023年部门预算项目绩效目标表", undefined, "医保宣传经费"], ["2023年部门预算项目绩效目标表", undefined, "医疗救助经费"]);
    expect(runRule("duplicate-goal-table", generic)).toEqual([]);
  });

  test("differently titled tables with the same 项目名称 are the same project", () => {
    const wb = tables(["1、项目支出绩效目标表", undefined, "医保宣传经费"], ["2、医保宣传专项绩效目标表", undefined, "医保宣传经费"]);
    expect(runRule("duplicate-goal-table", wb).map((f) => [at(f), say(f)])).toEqual([
      ["绩效2!B2", "项目“医保宣传经费”的绩效目标表出现了两次（另一张在工作表“绩效1”）"],
    ]);
  });

  test("evaluation tables: the same project's 评价表 twice is a warning; a goal table and its 评价表 are not duplicates", () => {
    const evaluation = (name: string) => {
      const spec = projectEvaluationSheet({}, name);
      return sheetFromRows(spec.name, spec.rows, { merges: spec.merges });
    };
    const goal = goalWorkbook(typicalIndicators(), "离休、二等乙级伤残军人医疗费、建国老干部门诊补助绩效目标表").sheets[0];
    expect(runRule("duplicate-goal-table", { source: "t.xlsx", sheets: [goal, evaluation("评价1")] })).toEqual([]);
    const twice = runRule("duplicate-goal-table", { source: "t.xlsx", sheets: [evaluation("评价1"), evaluation("评价2")] });
    expect(twice.map((f) => [at(f), f.severity, f.related])).toEqual([["评价2!A2", "warning", [{ sheet: "评价1", cell: "A2" }]]]);
    expect(say(twice[0])).toBe("项目“离休、二等乙级伤残军人医疗费、建国老干部门诊补助”的评价（自评）表出现了两次（另一张在工作表“评价1”）");
  });
});
