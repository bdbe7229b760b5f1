/**
 * Issue #15, evaluation tables (scripts/fixtures/evaluation-layouts.ts): a 项目支出绩效评价表 as a
 * 2019 决算 publishes it, without a 三级 column (分层指标 | 一级指标 | 二级指标 | 分值 | 自评分), and
 * one headed 一级指标 | 二级指标 | 指标 | 分值 | 得分 without a title. Recognised by their header
 * roles; checked for 得分 ≤ 分值, Σ分值 = 100 and Σ得分 = 总分 (docs/domain.md §5).
 */
import { checkWorkbookSync } from "../../src/engine/check";
import { recognizeWorkbook } from "../../src/recognize";
import { sheetFromRows, type WorkbookSnapshot } from "../../src/model/snapshot";
import type { IndicatorTable } from "../../src/recognize/model";
import type { SheetSpec } from "../../scripts/fixtures/central-final";
import { captionedExecutionSheet, fundsExecutionSheet, projectEvaluationSheet, untitledEvaluationSheet } from "../../scripts/fixtures/evaluation-layouts";
import { s003Workbook } from "../rules/helpers/goals";

const book = (...specs: SheetSpec[]): WorkbookSnapshot => ({
  source: "t.xlsx",
  sheets: specs.map((spec) => sheetFromRows(spec.name, spec.rows, { merges: spec.merges })),
});
const brief = (wb: WorkbookSnapshot, locate = false) =>
  checkWorkbookSync(wb, { locate }).findings.map((f) => [f.ruleId, f.severity, f.sheet, f.cell]);

describe("项目支出绩效评价表 without a 三级 column (2019 决算)", () => {
  test("recognised by its header roles: the deepest level is the indicator, 分层 and 一级 above it", () => {
    const [table] = recognizeWorkbook(book(projectEvaluationSheet())).tables as IndicatorTable[];
    expect([table.template, table.columns.map((c) => [c.role, c.header])]).toEqual([
      "evaluation-score",
      [
        ["level1", "分层指标"],
        ["level2", "一级指标"],
        ["name", "二级指标"],
        ["weight", "分值"],
        ["score", "自评分"],
      ],
    ]);
    expect(table.indicators.map((r) => [r.row + 1, r.level1, r.level2, r.name]).slice(3, 5)).toEqual([
      [7, "通用指标(20分)", "项目实施", "实施及时"],
      [8, "通用指标(20分)", "完成结果", "预算完成"],
    ]);
    expect(table.indicators).toHaveLength(15);
  });

  test("the 合计 row is the total line, not an indicator or a 一级指标", () => {
    const [table] = recognizeWorkbook(book(projectEvaluationSheet())).tables as IndicatorTable[];
    expect(table.totalRow).toBe(18);
    expect(table.indicators.some((r) => r.row === 18 || r.level1 === "合计")).toBe(false);
  });

  test("the published table (98 of 100) gives no finding, with or without localisation", () => {
    expect(brief(book(projectEvaluationSheet()))).toEqual([]);
    expect(brief(book(projectEvaluationSheet()), true)).toEqual([]);
  });

  test("a 自评分 above its 分值 is an error at that cell", () => {
    // 预算完成 scored 4 of 3 points, and the 合计 follows (101): one finding.
    expect(brief(book(projectEvaluationSheet({ E8: 4, E19: 101 })))).toEqual([["self-evaluation-score", "error", "项目评价", "E8"]]);
  });

  test("a 合计 that is not the sum of the scores is an error at the 合计 cell", () => {
    expect(brief(book(projectEvaluationSheet({ E19: 94 })))).toEqual([["score-total", "error", "项目评价", "E19"]]);
  });

  test("分值 that do not add up to 100 are a warning at the 分值 header; the 合计 row is checked too", () => {
    expect(brief(book(projectEvaluationSheet({ D18: 12, E18: 12, E19: 100 })))).toEqual([
      ["indicator-weights", "warning", "项目评价", "D3"],
      ["score-total", "error", "项目评价", "D19"],
    ]);
  });
});

describe("一级指标 | 二级指标 | 指标 | 分值 | 得分 without a title", () => {
  test("recognised as a scoring table; the 总分 row (in the 指标 column) is not an indicator; clean", () => {
    const wb = book(untitledEvaluationSheet());
    const [table] = recognizeWorkbook(wb).tables as IndicatorTable[];
    expect(table.template).toBe("evaluation-score");
    expect(table.columns.map((c) => c.role)).toEqual(["level1", "level2", "name", "weight", "score"]);
    expect(table.indicators.map((r) => r.name)).not.toContain("总分");
    expect(brief(wb)).toEqual([]);
  });

  test("得分 above 分值, and a 总分 that is not the sum, each at its cell", () => {
    expect(brief(book(untitledEvaluationSheet({ E4: 31, E8: 98 })))).toEqual([["self-evaluation-score", "error", "评分", "E4"]]);
    expect(brief(book(untitledEvaluationSheet({ E8: 95 })))).toEqual([["score-total", "error", "评分", "E8"]]);
  });
});

describe("三级指标 | 分值 | 得分 only", () => {
  test("recognised as a scoring table without 一级 or 二级; a 得分 above its 分值 is found at its cell", () => {
    const rows = [
      ["三级指标", "分值", "得分"],
      ["立项依据充分性", 40, 40],
      ["资金到位率", 30, 28],
      ["救助对象满意度", 30, 30],
      ["总分", 100, 98],
    ];
    const spec = { name: "评分", rows, merges: [] };
    expect(recognizeWorkbook(book(spec)).tables.map((t) => t.template)).toEqual(["evaluation-score"]);
    expect(brief(book(spec))).toEqual([]);
    rows[2][2] = 31;
    rows[4][2] = 101;
    expect(brief(book(spec))).toEqual([["self-evaluation-score", "error", "评分", "C3"]]);
  });
});

describe("资金执行情况表 as a table of its own", () => {
  test("titled, by fund source with 分值 | 得分: recognised with its columns' roles; clean", () => {
    const wb = book(fundsExecutionSheet());
    const [table] = recognizeWorkbook(wb).tables;
    expect([table.template, table.columns.map((c) => c.role)]).toEqual(["funds-execution", ["label", "budget", "executed", "rate", "weight", "score"]]);
    expect(brief(wb)).toEqual([]);
    expect(brief(wb, true)).toEqual([]);
  });

  test("captioned (no 表 in the caption), one after the other: two tables, each titled by its caption; clean", () => {
    const wb = book(captionedExecutionSheet());
    const tables = recognizeWorkbook(wb).tables;
    expect(tables.map((t) => [t.template, t.title, t.columns.map((c) => c.role).join(",")])).toEqual([
      ["funds-execution", "2019年离休、二等乙级伤残军人医疗费、建国老干部门诊补助", "budget,adjust,executed,rate"],
      ["funds-execution", "2019年医疗服务与保障能力提升中央财政补助资金", "budget,adjust,executed,carry,rate"],
    ]);
    // The negative 预算调整数 (−67.77) is part of the layout, not a negative-amount warning.
    expect(brief(wb)).toEqual([]);
  });

  test("a wrong rate and a score above 执行率 × 分值 are found at their cells", () => {
    expect(brief(book(fundsExecutionSheet({ D6: "60.00%" })))).toEqual([["funds-execution", "error", "资金执行", "D6"]]);
    expect(brief(book(fundsExecutionSheet({ F4: 10 })))).toEqual([["funds-execution", "error", "资金执行", "F4"]]);
  });

  test("a self-evaluation table's 项目资金 block stays part of that table", () => {
    const tables = recognizeWorkbook(s003Workbook()).tables;
    expect(tables.map((t) => t.template)).toEqual(["self-evaluation"]);
  });
});
