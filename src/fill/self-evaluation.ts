/**
 * 绩效自评表 from goal tables, and the figures that follow in a filled one (issue #18, docs/domain.md §5).
 *
 * Creating: each project goal table of a workbook (one per sheet, or a block of the Henan table)
 * becomes a self-evaluation sheet with the same indicators and 实际完成值 | 分值 | 得分 | 偏差原因分析
 * 及改进措施, a 项目资金 block (全年预算数 = the goal table's amount, 全年执行数 to fill, 分值 of
 * 预算执行率, 执行率, 得分) and a 总分 line. Default weights by 一级 (docs/domain.md §5): 预算执行率 10,
 * 产出 50 (财预〔2021〕101号's 成本指标 share it), 效益 30, 满意度 10; a 一级 without rows gives its
 * weight to 产出. Each 一级's weight is split evenly over its rows (whole points where there are
 * enough, the remainder on the first rows; hundredths otherwise), so the 分值 add up to 100.
 *
 * Filling: in a self-evaluation table (ours or any the checker recognises), the blank 执行率 and
 * 得分 cells whose value follows from the figures, by the checker's own scoring (model/scoring.ts),
 * and the 总分 once every score is known; and the rows that still need a 偏差原因 (a result that
 * misses its target, an execution rate under 100% without a 说明), and those left to the evaluator
 * (qualitative indicators).
 */
import { toA1, type CellRange } from "../model/a1";
import type { CellNumber } from "../model/host-port";
import { MONEY_SCALE, type Money } from "../model/money";
import { cellAt, type WorkbookSnapshot } from "../model/snapshot";
import { amountOf, cellText, parseValue } from "../model/values";
import { executionRateScore, indicatorScore } from "../model/scoring";
import { isJudgeError, judgeTarget, parseActual, parseTarget } from "../model/indicator-target";
import type { WritePlan } from "../model/write-plan";
import { t, translator, type Locale } from "../catalog/messages";
import { cleanSheetName, freeSheetName } from "../model/sheet-names";
import { recognizeWorkbook } from "../recognize";
import { columnByRole, fundsColumn, type ColumnRole, type FundsRole, type IndicatorTable } from "../recognize/model";
import { capsOf, fundsOf, projectNameOf } from "./project-list";

/** A goal table read back: what a self-evaluation is made from. */
export interface GoalSource {
  project: string;
  sheet: string;
  total: Money;
  fiscal: Money;
  other: Money;
  goal: string;
  indicators: { level1: string; level2: string; name: string; target: string }[];
}

export interface Weights {
  execution: number;
  output: number;
  benefit: number;
  satisfaction: number;
}

/** docs/domain.md §5 (财预〔2020〕10号): 预算执行率 10, 产出 50, 效益 30, 满意度 10. */
export const DEFAULT_WEIGHTS: Weights = { execution: 10, output: 50, benefit: 30, satisfaction: 10 };

/** The project goal tables of a workbook, one source per project. */
export function readGoalSources(workbook: WorkbookSnapshot): GoalSource[] {
  const sources: GoalSource[] = [];
  for (const table of recognizeWorkbook(workbook).tables) {
    if (table.shape !== "indicator" || table.template !== "project-goal") continue;
    const sheet = workbook.sheets[table.sheetIndex];
    const indicators = table.indicators.filter((r) => r.name && r.level1);
    if (columnByRole(table, "project")) {
      sources.push(...henanSources(workbook, table));
      continue;
    }
    const funds = fundsOf(sheet, table);
    const total = funds?.total ?? capsOf(table) ?? 0;
    const fiscal = funds?.fiscal ?? total - (funds?.other ?? 0);
    sources.push({
      project: projectNameOf(sheet, table) || table.sheet,
      sheet: table.sheet,
      total,
      fiscal,
      other: total - fiscal,
      goal: (table.goals ?? []).map((g) => g.text).join(""),
      indicators: indicators.map((r) => ({ level1: r.level1, level2: r.level2, name: r.name, target: r.target ?? "" })),
    });
  }
  return sources;
}

function henanSources(workbook: WorkbookSnapshot, table: IndicatorTable): GoalSource[] {
  const sheet = workbook.sheets[table.sheetIndex];
  const col = (role: ColumnRole) => columnByRole(table, role)?.col;
  const money = (row: number, c: number | undefined) => (c === undefined ? null : amountOf(parseValue(cellAt(sheet, row, c))));
  const byProject = new Map<string, GoalSource>();
  for (const r of table.indicators) {
    if (!r.project || !r.name) continue;
    let source = byProject.get(r.project);
    if (!source) {
      const total = money(r.row, col("fund.total")) ?? 0;
      const fiscal = money(r.row, col("fund.fiscal")) ?? total;
      source = { project: r.project, sheet: table.sheet, total, fiscal, other: total - fiscal, goal: r.goal ?? "", indicators: [] };
      byProject.set(r.project, source);
    }
    source.indicators.push({ level1: r.level1, level2: r.level2, name: r.name, target: r.target ?? "" });
  }
  return [...byProject.values()];
}

type Group = keyof Omit<Weights, "execution">;

function groupOf(level1: string): Group {
  if (level1.indexOf("效益") >= 0) return "benefit";
  if (level1.indexOf("满意") >= 0) return "satisfaction";
  return "output"; // 产出, and 成本 as a 一级
}

/** 分值 per indicator: each 一级's weight split evenly, adding up to it exactly. */
export function indicatorWeights(level1s: readonly string[], weights: Weights = DEFAULT_WEIGHTS): number[] {
  const groups = level1s.map(groupOf);
  const own: Weights = { ...weights };
  for (const g of ["benefit", "satisfaction"] as const) {
    if (!groups.includes(g)) {
      own.output += own[g];
      own[g] = 0;
    }
  }
  const result = level1s.map(() => 0);
  for (const g of ["output", "benefit", "satisfaction"] as const) {
    const idx = groups.map((x, i) => (x === g ? i : -1)).filter((i) => i >= 0);
    if (!idx.length) continue;
    // In hundredths; whole points each when there are at least as many points as rows.
    const unit = own[g] >= idx.length ? 100 : 1;
    const total = Math.round(own[g] * 100);
    const each = Math.floor(total / unit / idx.length) * unit;
    let rest = total - each * idx.length;
    for (const i of idx) {
      const extra = rest > 0 ? unit : 0;
      rest -= extra;
      result[i] = (each + extra) / 100;
    }
  }
  return result;
}

export interface SelfEvaluationOptions {
  weights?: Weights;
  /** The language of the sheets' fixed texts and of the messages. */
  locale: Locale;
}

const W = 8;

/** The self-evaluation sheets of the given goal tables. */
export function selfEvaluationPlans(sources: readonly GoalSource[], options: SelfEvaluationOptions): WritePlan[] {
  const t = translator(options.locale);
  const taken = new Set<string>();
  return sources.map((source) => {
    const name = freeSheetName(cleanSheetName(t("fill.self.sheetName", { project: source.project })), taken);
    taken.add(name);
    return selfEvaluationPlan(source, name, options.weights ?? DEFAULT_WEIGHTS, options.locale);
  });
}

function selfEvaluationPlan(source: GoalSource, name: string, weights: Weights, locale: Locale): WritePlan {
  const t = translator(locale);
  const line = (...cells: (string | number)[]) => [...cells, ...Array<string>(W - cells.length).fill("")];
  const across = (row: number, left: number, right: number): CellRange => ({ top: row, left, bottom: row, right });
  const amount = (m: Money) => m / MONEY_SCALE;
  const rows: (string | number)[][] = [line(t("fill.self.title", { project: source.project })), line(t("fill.goal.project"), source.project)];
  const merges: CellRange[] = [across(0, 0, W - 1), across(1, 1, W - 1)];
  const fundsTop = rows.length;
  rows.push(line(t("fill.goal.funds"), "", t("fill.self.budget"), t("fill.self.executed"), t("fill.self.points"), t("fill.self.rate"), t("fill.self.score")));
  rows.push(line("", t("fill.self.fundsTotal"), amount(source.total), "", weights.execution));
  rows.push(line("", t("fill.goals.fiscal"), amount(source.fiscal)));
  rows.push(line("", t("fill.goals.other"), amount(source.other)));
  merges.push({ top: fundsTop, left: 0, bottom: rows.length - 1, right: 0 });
  const goalTop = rows.length;
  rows.push(line(t("fill.self.overall"), t("fill.self.expected"), "", "", t("fill.self.achieved")));
  rows.push(line("", source.goal));
  merges.push({ top: goalTop, left: 0, bottom: goalTop + 1, right: 0 }, across(goalTop, 1, 3), across(goalTop, 4, W - 1), across(goalTop + 1, 1, 3), across(goalTop + 1, 4, W - 1));
  const header = rows.length;
  rows.push(line(t("fill.goal.level1"), t("fill.goal.level2"), t("fill.goal.level3"), t("fill.self.target"), t("fill.self.actual"), t("fill.self.points"), t("fill.self.score"), t("fill.self.reason")));
  const points = indicatorWeights(source.indicators.map((i) => i.level1), weights);
  source.indicators.forEach((i, k) => rows.push(line(i.level1, i.level2, i.name, i.target, "", points[k])));
  rows.push(line(t("fill.self.totalScore"), "", "", "", "", weights.execution + points.reduce((a, b) => a + b, 0)));
  rows.push(line(t("fill.self.statement")));
  merges.push(across(rows.length - 1, 1, W - 1));
  return { name, rows, boldRows: [0, header, rows.length - 2], merges };
}

/** A row that still needs its 偏差原因 (or the table its 说明). */
export interface ReasonNeeded {
  sheet: string;
  cell: string;
  indicator: string;
  kind: "unmet" | "execution";
}

export interface SelfEvaluationFill {
  /** Blank 执行率 (a fraction, 0.9 = 90%) and 得分 cells with the value that follows, and 总分. */
  cells: CellNumber[];
  reasons: ReasonNeeded[];
  /** Indicators whose score is the evaluator's to give (qualitative, or no 实际完成值 yet). */
  toJudge: { sheet: string; cell: string; indicator: string }[];
}

/** What follows from the figures in the workbook's self-evaluation tables. */
export function fillSelfEvaluation(workbook: WorkbookSnapshot, locale: Locale): SelfEvaluationFill {
  const out: SelfEvaluationFill = { cells: [], reasons: [], toJudge: [] };
  for (const table of recognizeWorkbook(workbook).tables) {
    if (table.shape === "indicator" && table.template === "self-evaluation") fillTable(workbook, table, out, locale);
  }
  return out;
}

function fillTable(workbook: WorkbookSnapshot, table: IndicatorTable, out: SelfEvaluationFill, locale: Locale): void {
  const sheet = workbook.sheets[table.sheetIndex];
  const value = (row: number, col: number) => parseValue(cellAt(sheet, row, col));
  const blank = (row: number, col: number) => value(row, col).kind === "empty" && cellText(cellAt(sheet, row, col)).trim() === "";
  const number = (row: number, col: number | undefined): number | null => {
    if (col === undefined) return null;
    const p = value(row, col);
    return p.kind === "number" && !p.percent ? p.value : null;
  };
  const put = (row: number, col: number, v: number) => out.cells.push({ sheet: table.sheet, cell: toA1(row, col), value: v });
  let total = 0; // hundredths
  let complete = true;

  // 项目资金: 执行率 = B / A on every line, 得分 = min(执行率, 100%) × 分值 on the total line.
  const funds = table.funds;
  const fcol = (role: FundsRole) => (funds ? fundsColumn(funds, role) : undefined);
  if (funds) {
    const [budget, executed, rate, weight, score] = (["budget", "executed", "rate", "weight", "score"] as const).map(fcol);
    for (const fl of [funds.total, ...funds.parts]) {
      if (budget === undefined || executed === undefined) break;
      const a = amountOf(value(fl.row, budget));
      const b = amountOf(value(fl.row, executed));
      if (a === null || b === null || a <= 0) continue;
      const r = Math.round((b / a) * 10000) / 10000;
      if (rate !== undefined && blank(fl.row, rate)) put(fl.row, rate, r);
      if (fl !== funds.total) continue;
      const points = number(fl.row, weight);
      if (points !== null && score !== undefined) {
        const earned = executionRateScore(b / a, points);
        if (blank(fl.row, score)) put(fl.row, score, earned);
        total += Math.round((number(fl.row, score) ?? earned) * 100);
      }
      if (b < a && (!table.statement || /^(无|)$/.test(table.statement.text.replace(/\s+/g, "")))) {
        const cell = table.statement ? toA1(table.statement.row, table.statement.col) : toA1(fl.row, rate ?? executed);
        out.reasons.push({ sheet: table.sheet, cell, indicator: t("fill.self.executionIndicator", {}, locale), kind: "execution" });
      }
    }
  }

  const weightCol = columnByRole(table, "weight")?.col;
  const scoreCol = columnByRole(table, "score")?.col;
  const reasonCol = columnByRole(table, "reason")?.col;
  for (const row of table.indicators) {
    if (!row.name) continue;
    const target = parseTarget(row.target ?? "");
    const actual = parseActual(row.actual ?? "");
    const points = number(row.row, weightCol);
    const given = number(row.row, scoreCol);
    let earned: number | undefined;
    if (row.actual && points !== null && (target.kind === "number" || target.kind === "range" || target.kind === "date")) {
      const s = indicatorScore(target, actual, points);
      if (typeof s === "number") earned = s;
    }
    if (scoreCol !== undefined && given === null) {
      if (earned !== undefined && blank(row.row, scoreCol)) put(row.row, scoreCol, earned);
      else if (points !== null) out.toJudge.push({ sheet: table.sheet, cell: toA1(row.row, scoreCol), indicator: row.name });
    }
    const score = given ?? earned;
    if (points !== null) {
      if (score === undefined) complete = false;
      else total += Math.round(score * 100);
    }
    if (row.actual && reasonCol !== undefined && !row.reason) {
      const j = judgeTarget(target, actual);
      if (!isJudgeError(j) && !j.met) out.reasons.push({ sheet: table.sheet, cell: toA1(row.row, reasonCol), indicator: row.name, kind: "unmet" });
    }
  }
  if (complete && scoreCol !== undefined && table.totalRow !== undefined && blank(table.totalRow, scoreCol)) put(table.totalRow, scoreCol, total / 100);
}
