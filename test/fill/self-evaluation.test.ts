/**
 * Self-evaluation from goal tables (issue #18): created from the sample's nine goal tables, each is
 * a self-evaluation table the checker accepts as it stands; with actuals typed in, the filled 执行率
 * and 得分 are the scores of the checker's own rule (model/scoring.ts), it finds nothing to say about
 * them, and the rows listed as needing a 偏差原因 are the ones it warns about.
 */
import fs from "fs";
import path from "path";
import { loadWorkbookBuffer } from "../../src/adapters/xlsx/load";
import { checkWorkbookSync } from "../../src/engine/check";
import { DEFAULT_WEIGHTS, fillSelfEvaluation, indicatorWeights, readGoalSources, selfEvaluationPlans } from "../../src/fill/self-evaluation";
import { generateGoalTables } from "../../src/fill/goal-sheets";
import { parseActual, parseTarget } from "../../src/model/indicator-target";
import { executionRateScore, indicatorScore } from "../../src/model/scoring";
import type { WorkbookSnapshot } from "../../src/model/snapshot";
import type { WritePlan } from "../../src/model/write-plan";
import { parseA1 } from "../../src/model/a1";
import type { CellNumber } from "../../src/model/host-port";
import { snapshotOfPlans } from "./plan-snapshot";

const SAMPLE = path.resolve(__dirname, "..", "..", "examples", "巨鹿县医疗保障局2023年部门预算.xlsx");
const sample = async () => loadWorkbookBuffer(fs.readFileSync(SAMPLE), "sample.xlsx");

/** A result for a target: met on even rows, missed by 10% on odd ones (dates: a month late). */
function actualFor(target: string, k: number): string {
  const t = parseTarget(target);
  const miss = k % 2 === 1;
  if (t.kind === "number") {
    const up = t.op === ">=" || t.op === ">" || t.op === "=";
    const f = miss ? (up ? 0.9 : 1.1) : 1;
    const v = t.quantity.value * f;
    return t.quantity.unit === "%" ? `${(v * 100).toFixed(2)}%` : `${Math.round(v * 100) / 100}${t.quantity.unit}`;
  }
  if (t.kind === "date") return miss ? "次年1月底" : `${t.date.month}月底`;
  return "达成";
}

/** Types results into each self-evaluation plan: 全年执行数 and every indicator's 实际完成值. */
function withActuals(plans: readonly WritePlan[], executedShare: number, edit?: (rows: (string | number)[][]) => void): WorkbookSnapshot {
  return snapshotOfPlans(plans, (_s, rows) => {
    const budget = rows[3][2] as number;
    rows[3][3] = Math.round(budget * executedShare * 100) / 100;
    const header = rows.findIndex((r) => r[0] === "一级指标");
    for (let r = header + 1, k = 0; r < rows.length && rows[r][2]; r++, k++) rows[r][4] = actualFor(String(rows[r][3]), k);
    edit?.(rows);
  });
}

function apply(wb: WorkbookSnapshot, cells: readonly CellNumber[]): WorkbookSnapshot {
  for (const c of cells) {
    const sheet = wb.sheets.find((s) => s.name === c.sheet)!;
    const at = parseA1(c.cell)!;
    sheet.cells[at.row][at.col] = c.value;
  }
  return wb;
}

describe("weights", () => {
  test("by 一级, split evenly in whole points, adding up to 100 with 预算执行率", () => {
    const w = indicatorWeights(["产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "满意度指标"]);
    expect(w).toEqual([17, 17, 16, 15, 15, 10]);
    expect(w.reduce((a, b) => a + b, 0) + DEFAULT_WEIGHTS.execution).toBe(100);
    // 成本 as a 一级 shares 产出's 50; a missing 满意度 gives its 10 to 产出.
    expect(indicatorWeights(["产出指标", "成本指标", "效益指标"])).toEqual([30, 30, 30]);
    // Editable.
    expect(indicatorWeights(["产出指标", "效益指标", "满意度指标"], { execution: 20, output: 40, benefit: 30, satisfaction: 10 })).toEqual([40, 30, 10]);
  });
});

describe("the sample's goal tables", () => {
  test("give nine self-evaluation tables the checker accepts as they stand", async () => {
    const sources = readGoalSources(await sample());
    expect(sources.map((s) => s.project.slice(0, 6))).toHaveLength(9);
    const plans = selfEvaluationPlans(sources, { locale: "zh-CN" });
    const result = checkWorkbookSync(snapshotOfPlans(plans));
    expect(result.tables.map((t) => t.template)).toEqual(Array(9).fill("self-evaluation"));
    const sayWhat = result.findings.filter((f) => f.severity !== "info" && /self-evaluation|score|execution|weights|funds/.test(f.ruleId));
    expect(sayWhat).toEqual([]);
    // Same indicators as the goal tables, with 分值 adding to 100 with 预算执行率's 10.
    plans.forEach((plan, i) => {
      const header = plan.rows.findIndex((r) => r[0] === "一级指标");
      const body = plan.rows.slice(header + 1, header + 1 + sources[i].indicators.length);
      expect(body.map((r) => r[2])).toEqual(sources[i].indicators.map((x) => x.name));
      expect(body.reduce((s, r) => s + (r[5] as number), 0) + (plan.rows[3][4] as number)).toBe(100);
    });
  });

  test("with actuals typed in: the filled 执行率 and 得分 are the checker's scores, and it has nothing to add", async () => {
    const plans = selfEvaluationPlans(readGoalSources(await sample()), { locale: "zh-CN" });
    const typed = withActuals(plans, 0.95);
    const fill = fillSelfEvaluation(typed, "zh-CN");
    const filled = apply(withActuals(plans, 0.95), fill.cells);
    // Every score written is what scoring.ts gives for that row.
    for (const c of fill.cells) {
      const plan = plans.find((p) => p.name === c.sheet)!;
      const at = parseA1(c.cell)!;
      const row = filled.sheets.find((s) => s.name === c.sheet)!.cells[at.row];
      if (at.row === 3 && at.col === 5) expect(c.value).toBe(0.95);
      else if (at.row === 3 && at.col === 6) expect(c.value).toBe(executionRateScore(0.95, 10));
      else if (row[0] === "总分") expect(c.value).toBeGreaterThan(0);
      else expect(c.value).toBe(indicatorScore(parseTarget(String(row[3])), parseActual(String(row[4])), plan.rows[at.row][5] as number));
    }
    expect(fill.cells.filter((c) => c.cell === "F4")).toHaveLength(9);
    const result = checkWorkbookSync(filled);
    const scoring = result.findings.filter((f) => /self-evaluation-score|execution-rate|score-total|indicator-weights/.test(f.ruleId) && f.severity !== "info");
    expect(scoring).toEqual([]);
    // No blank score is left that the figures decide.
    expect(result.findings.filter((f) => f.ruleId === "self-evaluation-score")).toEqual([]);
    // The rows said to need a reason are those the checker warns about (misses, and 95% spent without a 说明).
    const warned = result.findings
      .filter((f) => f.ruleId === "unmet-without-reason" || f.ruleId === "unexplained-execution")
      .map((f) => `${f.sheet}!${f.cell}`)
      .sort();
    const unmet = fill.reasons.filter((r) => r.kind === "unmet").map((r) => `${r.sheet}!${r.cell}`);
    expect(unmet.length).toBeGreaterThan(9);
    expect(fill.reasons.filter((r) => r.kind === "execution")).toHaveLength(9);
    expect(unmet.every((c) => warned.includes(c))).toBe(true);
    expect(warned.filter((c) => !/!F4$/.test(c))).toEqual([...unmet].sort());
  });

  test("a score above what the result earns, typed by hand, is still reported", async () => {
    const plans = selfEvaluationPlans(readGoalSources(await sample()).slice(0, 1), { locale: "zh-CN" });
    const typed = withActuals(plans, 1);
    const fill = fillSelfEvaluation(typed, "zh-CN");
    const missed = fill.cells.find((c) => !Number.isInteger(c.value) && /^G/.test(c.cell) && c.cell !== "G4" && c.value > 1)!;
    expect(missed).toBeDefined();
    const over = apply(withActuals(plans, 1), [...fill.cells.filter((c) => c !== missed), { ...missed, value: Math.round((missed.value + 0.8) * 100) / 100 }]);
    const found = checkWorkbookSync(over).findings.filter((f) => f.ruleId === "self-evaluation-score" || f.ruleId === "score-total");
    expect(found.map((f) => `${f.severity} ${f.ruleId} ${f.cell}`).sort()).toEqual([`warning self-evaluation-score ${missed.cell}`, expect.stringMatching(/^error score-total G/)].sort());
  });
});

describe("from generated goal tables", () => {
  test("per-project and consolidated goal tables both give their self-evaluations", () => {
    const projects = [
      { name: "医疗救助经费", typeId: "medical-assistance", total: 50000, fiscal: 50000, other: 0 },
      { name: "全县医保工作会议", typeId: "meetings", total: 25000, fiscal: 20000, other: 5000 },
    ];
    for (const layout of ["per-project", "consolidated"] as const) {
      const { plans } = generateGoalTables(projects, { framework: "2021", layout, examples: true, locale: "zh-CN" });
      const sources = readGoalSources(snapshotOfPlans(plans));
      expect(sources.map((s) => [s.project, s.total, s.fiscal, s.other])).toEqual(projects.map((p) => [p.name, p.total, p.fiscal, p.other]));
      const evals = selfEvaluationPlans(sources, { locale: "zh-CN" });
      expect(checkWorkbookSync(snapshotOfPlans(evals)).findings.filter((f) => f.severity !== "info")).toEqual([]);
    }
  });
});
