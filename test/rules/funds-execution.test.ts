/**
 * funds-execution: the 资金执行情况表 (scripts/fixtures/evaluation-layouts.ts). 执行率 = 执行数 ÷
 * 预算数 (the adjusted budget when given), 得分 = min(执行率, 100%) × 分值 (docs/domain.md §5).
 */
import { at, runRule } from "./helpers/run";
import { fig, say } from "../support/text";
import { sheetFromRows, type WorkbookSnapshot } from "../../src/model/snapshot";
import type { SheetSpec } from "../../scripts/fixtures/central-final";
import { captionedExecutionSheet, fundsExecutionSheet } from "../../scripts/fixtures/evaluation-layouts";

const book = (spec: SheetSpec): WorkbookSnapshot => ({ source: "t.xlsx", sheets: [sheetFromRows(spec.name, spec.rows, { merges: spec.merges })] });
const run = (spec: SheetSpec) => runRule("funds-execution", book(spec));

describe("funds-execution", () => {
  test("rates are 执行数 ÷ 预算数 and the score 10 × 86.20% = 8.62 may be written 9: no finding", () => {
    expect(run(fundsExecutionSheet())).toEqual([]);
    expect(run(fundsExecutionSheet({ F4: 8.6 }))).toEqual([]);
    // A fraction, or percentage points without %.
    expect(run(fundsExecutionSheet({ D5: 0.9525, D6: "50" }))).toEqual([]);
  });

  test("a rate that is not 执行数 ÷ 预算数 is an error at the rate cell, naming both figures", () => {
    const findings = run(fundsExecutionSheet({ D5: "92.25%" }));
    expect(findings.map((f) => [at(f), f.severity, fig(f.expected), fig(f.actual), f.related?.map((r) => r.cell)])).toEqual([
      ["资金执行!D5", "error", "95.25%", "92.25%", ["C5", "B5"]],
    ]);
    expect(say(findings[0])).toBe("“财政拨款”的执行率应为 95.25%（执行数 76.20 ÷ 预算数 80.00），表中为 92.25%");
    expect(findings[0].difference).toEqual({ basisPoints: -300, decimals: 2, points: true });
    expect(fig(findings[0].difference)).toBe("-3.00 个百分点");
  });

  test("a score above min(执行率, 100%) × 分值 is an error, below it a warning, each at the score cell", () => {
    const above = run(fundsExecutionSheet({ F4: 10 }));
    expect(above.map((f) => [at(f), f.severity, fig(f.expected), fig(f.actual)])).toEqual([["资金执行!F4", "error", "8.62", "10"]]);
    expect(say(above[0])).toBe("“年度资金总额”执行率 86.20%，分值 10，应得 8.62 分，表中为 10 分");
    expect(run(fundsExecutionSheet({ F4: 7 })).map((f) => [at(f), f.severity])).toEqual([["资金执行!F4", "warning"]]);
  });

  test("the score is capped at its 分值: 110% executed earns 10 of 10", () => {
    expect(run(fundsExecutionSheet({ C4: 110, D4: "110.00%", F4: 10, C5: 100, D5: "125.00%" }))).toEqual([]);
    expect(run(fundsExecutionSheet({ C4: 110, D4: "110.00%", F4: 11, C5: 100, D5: "125.00%" })).map(at)).toEqual(["资金执行!F4"]);
  });

  test("one mistake, one finding: a wrong rate followed by its score is the rate's finding, the score related", () => {
    const findings = run(fundsExecutionSheet({ D4: "96.20%", F4: 10 }));
    expect(findings.map((f) => [at(f), f.related?.map((r) => r.cell)])).toEqual([["资金执行!D4", ["C4", "B4", "F4"]]]);
  });

  test("captioned tables of a 决算 report: the rate is taken on 年度预算 + 预算调整数, at the precision written", () => {
    expect(run(captionedExecutionSheet())).toEqual([]);
    const findings = run(captionedExecutionSheet({ D4: "32.23%", E9: "45%" }));
    expect(findings.map((f) => [at(f), fig(f.expected), fig(f.actual), f.related?.map((r) => r.cell)])).toEqual([
      ["执行情况!D4", "100.00%", "32.23%", ["C4", "A4", "B4"]],
      ["执行情况!E9", "43.00%", "45%", ["C9", "A9", "B9"]],
    ]);
    // The rate as written keeps its precision ("45%"); the difference is exact in hundredths of a percent.
    expect([findings[1].actual, findings[1].difference]).toEqual([{ basisPoints: 4500, decimals: 0 }, { basisPoints: 200, decimals: 2, points: true }]);
    expect(fig(findings[1].difference)).toBe("2.00 个百分点");
    expect(say(findings[0])).toBe("“2019年离休、二等乙级伤残军人医疗费、建国老干部门诊补助”的执行率应为 100.00%（执行数 32.23 ÷ 预算数 32.23），表中为 32.23%");
  });

  test("lines without both figures or with a zero budget are not judged", () => {
    expect(run(fundsExecutionSheet({ B6: 0, D6: "80%" }))).toEqual([]);
    expect(run(fundsExecutionSheet({ C6: null, D6: "80%" }))).toEqual([]);
  });
});
