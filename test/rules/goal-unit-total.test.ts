/**
 * goal-unit-total: the consolidated Henan 项目绩效目标表 (scripts/fixtures/evaluation-layouts.ts),
 * department 312 / unit 312001 / projects 312001-1…3 (rows 5, 6, 7, 10, 13 in A1), C 资金总额,
 * D 财政性资金, E 其他资金.
 */
import { at, runRule } from "./helpers/run";
import { fig, say } from "../support/text";
import { checkWorkbookSync } from "../../src/engine/check";
import { sheetFromRows, type WorkbookSnapshot } from "../../src/model/snapshot";
import type { Cell } from "../../scripts/fixtures/central-final";
import { henanConsolidatedGoalSheet } from "../../scripts/fixtures/evaluation-layouts";
import { henanProjectGoals } from "./helpers/goals";

const book = (cells: Record<string, Cell> = {}): WorkbookSnapshot => {
  const spec = henanConsolidatedGoalSheet(cells);
  return { source: "t.xlsx", sheets: [sheetFromRows(spec.name, spec.rows, { merges: spec.merges })] };
};
const run = (cells: Record<string, Cell> = {}) => runRule("goal-unit-total", book(cells));

describe("goal-unit-total", () => {
  test("unit 410 = 10 + 140 + 260 and department 410 = its one unit, in every fund column: no finding", () => {
    expect(run()).toEqual([]);
  });

  test("a unit row that is not the sum of its projects is an error at the unit's cell, the projects related", () => {
    const findings = run({ C6: 400, D6: 400, C5: 400, D5: 400 });
    expect(findings.map((f) => [at(f), f.severity, fig(f.expected), fig(f.actual), f.related?.map((r) => r.cell)])).toEqual([
      ["项目绩效目标!C6", "error", "410.00", "400.00", ["C7", "C10", "C13"]],
      ["项目绩效目标!D6", "error", "410.00", "400.00", ["D7", "D10", "D13"]],
    ]);
    expect(say(findings[0])).toBe("312001 某某区医疗保障局的“资金总额” = 下属 3 行之和：应为 410.00，实为 400.00，差额 -10.00");
  });

  test("the department row is the sum of its units; 其他资金 is checked too", () => {
    expect(run({ C5: 420 }).map(at)).toEqual(["项目绩效目标!C5"]);
    expect(run({ E7: 5, C7: 15 }).map(at)).toEqual(["项目绩效目标!C6", "项目绩效目标!E6"]);
  });

  test("with localisation, one wrong project amount is one finding at that cell (with A22 of the project line)", () => {
    const located = checkWorkbookSync(book({ D10: 150 })).findings;
    expect(located.map((f) => [f.ruleId, f.cell, fig(f.expected)])).toEqual([["goal-unit-total", "D10", "140.00"]]);
    // The seed's blank 财政性资金 of a project: found at the blank cell, not at the totals.
    const blank = checkWorkbookSync(book({ D13: null })).findings;
    expect(blank.map((f) => [f.cell, fig(f.expected)])).toEqual([["D13", "260.00"]]);
    // A wrong unit row (its department row agreeing with its projects) is found at the unit row.
    const unit = checkWorkbookSync(book({ C6: 400, D6: 400 })).findings;
    expect(unit.map((f) => f.cell)).toEqual(["C6", "D6"]);
  });

  test("tables without codes (one row per project, the unit in its own column) are not judged", () => {
    expect(runRule("goal-unit-total", henanProjectGoals())).toEqual([]);
  });
});
