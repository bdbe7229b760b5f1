/**
 * Issue #15, Henan and evaluation layouts (scripts/fixtures/false-error-classes.ts): the Henan
 * 机关运行经费 table with repeated economic codes, and a 部门整体支出绩效评价表 whose tasks repeat
 * the same 三级 indicators.
 */
import { checkWorkbookSync } from "../../src/engine/check";
import { sheetFromRows, type WorkbookSnapshot } from "../../src/model/snapshot";
import type { SheetSpec } from "../../scripts/fixtures/central-final";
import { departmentEvaluationSheet, henanOperatingCostsSheet } from "../../scripts/fixtures/false-error-classes";
import { henanConsolidatedGoalSheet } from "../../scripts/fixtures/evaluation-layouts";
import { fig } from "../support/text";
import { recognizeWorkbook } from "../../src/recognize";
import type { IndicatorTable } from "../../src/recognize/model";

const book = (spec: SheetSpec): WorkbookSnapshot => ({ source: "t.xlsx", sheets: [sheetFromRows(spec.name, spec.rows, { merges: spec.merges })] });
// One failed total over details that no other identity crosses: localisation has nothing to go
// on, so the rule's own finding stands, at the total (engine/locate/solve.ts bestOf).
const brief = (wb: WorkbookSnapshot) => checkWorkbookSync(wb).findings.map((f) => [f.ruleId, f.severity, f.sheet, f.cell]);

describe("Henan 机关运行经费 (预算09表) with a repeated economic code", () => {
  test("recognised from its title without 表; every row counts: 1.5 + 1.5 + 0.5 = 3.5 gives no finding", () => {
    const r = checkWorkbookSync(book(henanOperatingCostsSheet(3.5)));
    expect(r.tables.map((t) => [t.template, t.range])).toEqual([["operating-costs", "A2:C9"]]);
    expect(r.findings).toEqual([]);
  });

  test("a total that counts the repeated 30201 once is found at the 合计 cell", () => {
    expect(brief(book(henanOperatingCostsSheet(2)))).toEqual([["column-total", "error", "预算09表", "C6"]]);
  });
});

describe("部门整体支出绩效评价表", () => {
  test("任务完成率 and 满意度 under two tasks are not duplicates; the 合计 row is not a 一级指标", () => {
    const r = checkWorkbookSync(book(departmentEvaluationSheet()));
    expect(r.tables.map((t) => t.template)).toEqual(["evaluation-score"]);
    expect(r.findings).toEqual([]);
  });

  test("a 合计 自评分 that is not the sum of the scores is found at its cell", () => {
    expect(brief(book(departmentEvaluationSheet(98)))).toEqual([["score-total", "error", "整体评价", "E10"]]);
  });
});

describe("Henan consolidated 部门预算项目绩效目标表 (department, unit and projects in one table)", () => {
  test("recognised with its code, name and fund columns and its three indicator pairs; the unit and department rows equal their parts: no finding", () => {
    const wb = book(henanConsolidatedGoalSheet());
    const r = checkWorkbookSync(wb);
    const [table] = recognizeWorkbook(wb).tables as IndicatorTable[];
    // Row 7 (A1) holds one indicator in each of the 产出 | 效益 | 满意度 pairs.
    expect(table.indicators.filter((i) => i.row === 6).map((i) => [i.level1, i.name, i.target])).toEqual([
      ["产出指标", "培训场次", "≥2次"],
      ["效益指标", "政策知晓率", "≥90%"],
      ["满意度指标", "培训满意度", "≥90%"],
    ]);
    expect(r.tables.map((t) => [t.template, t.range])).toEqual([["project-goal", "A4:K15"]]);
    expect(r.findings).toEqual([]);
  });

  test("a unit row that is not the sum of its projects' amounts is found at the unit's cells", () => {
    // 400 written for 410 in the unit row (资金总额 and 财政性资金); the department row is right.
    expect(brief(book(henanConsolidatedGoalSheet({ C6: 400, D6: 400 })))).toEqual([
      ["goal-unit-total", "error", "项目绩效目标", "C6"],
      ["goal-unit-total", "error", "项目绩效目标", "D6"],
    ]);
  });

  test("a project's blank 财政性资金 (as in the seed) is one finding at that blank cell", () => {
    const r = checkWorkbookSync(book(henanConsolidatedGoalSheet({ D10: null })));
    expect(r.findings.map((f) => [f.sheet, f.cell, fig(f.expected)])).toEqual([["项目绩效目标", "D10", "140.00"]]);
  });
});

describe("Henan consolidated table: indicators in the 效益 and 满意度 pairs are checked at their own cells", () => {
  test("a 满意度 target written ≤ is found in the 满意度 pair's 指标值 column", () => {
    expect(brief(book(henanConsolidatedGoalSheet({ K7: "≤90%" })))).toEqual([["indicator-direction", "error", "项目绩效目标", "K7"]]);
  });

  test("a rate in the 效益 pair with a qualitative target is found at its cell", () => {
    expect(brief(book(henanConsolidatedGoalSheet({ H10: "政策知晓率", I10: "效果显著" })))).toEqual([["indicator-unit", "warning", "项目绩效目标", "I10"]]);
  });

  test("cost caps under 产出 (no 二级 column) are known by their names: a cap above the project's 资金总额 is found", () => {
    expect(brief(book(henanConsolidatedGoalSheet({ G12: "≤150万元" })))).toEqual([["cost-cap-amount", "warning", "项目绩效目标", "G12"]]);
  });

  test("“无” in the 满意度 pair is one placeholder finding, not also a misfiled satisfaction indicator", () => {
    expect(brief(book(henanConsolidatedGoalSheet({ J13: "无", K13: "无" })))).toEqual([["indicator-placeholder", "warning", "项目绩效目标", "J13"]]);
  });
});
