/**
 * Goal tables for a list of projects, from the indicator library (issue #18): one 项目支出绩效目标表
 * per project (the national 申报表 layout the recognizer reads: 项目名称, a 项目资金 block with
 * 年度资金总额 = 财政拨款 + 其他资金, 年度绩效目标, then the indicators), or every project in one
 * consolidated table (the Henan 部门预算项目绩效目标表: a unit line with the department's total,
 * then each project's 资金总额 | 财政性资金 | 其他资金 and its indicators).
 *
 * What the library knows is written: rates, deadlines, qualitative targets, and the cost caps, which
 * are the project amount split over the type's cost rows by their shares (rounded down to 0.01 万元,
 * the remainder on the row with the largest share, so the caps add up exactly). Counts only
 * the project knows (`{数量}`) are left blank, unless examples are asked for, and are listed.
 * Host-free: WritePlans that a host writes as new sheets.
 */
import type { CellRange } from "../model/a1";
import { toA1 } from "../model/a1";
import { CENT, MONEY_SCALE, type Money } from "../model/money";
import { translator, type Locale, type Translate } from "../catalog/messages";
import type { WritePlan } from "../model/write-plan";
import type { Framework } from "../catalog/indicator-frameworks";
import { placedIndicators, projectTypeById, type LibraryIndicator, type PlacedIndicator, type ProjectType } from "../catalog/indicator-library";
import { cleanSheetName, freeSheetName } from "../model/sheet-names";

export interface GoalProject {
  name: string;
  /** Library type id (src/catalog/indicator-library). */
  typeId: string;
  /** 年度资金总额 in 万元, as Money (1/10000 of a 万元). */
  total: Money;
  /** 财政拨款 (财政性资金); 其他资金 = total − fiscal. */
  fiscal: Money;
  other: Money;
}

export type GoalLayout = "per-project" | "consolidated";

export interface GenerateOptions {
  framework: Framework;
  layout?: GoalLayout;
  /** Write each `{数量}` row's example value instead of leaving it blank. */
  examples?: boolean;
  /** The department named on the consolidated table's unit line. */
  unitName?: string;
  /** The language of the sheets' fixed texts and of the messages. */
  locale: Locale;
}

/** A 指标值 cell left for the user: the library cannot know the count. */
export interface Placeholder {
  sheet: string;
  cell: string;
  project: string;
  indicator: string;
  /** The pattern, e.g. "≥{数量}人次". */
  pattern: string;
  example?: number;
}

export interface GeneratedGoals {
  plans: WritePlan[];
  placeholders: Placeholder[];
}

/** A number of 万元 as written in a target: exact, no trailing zeros ("20", "12.5", "0.3456"). */
export function wanText(m: Money): string {
  const r = m;
  const whole = Math.trunc(r / MONEY_SCALE);
  const frac = Math.abs(r % MONEY_SCALE);
  const fracText = frac ? `.${String(frac).padStart(4, "0").replace(/0+$/, "")}` : "";
  return `${r < 0 && whole === 0 ? "-" : ""}${whole}${fracText}`;
}

/**
 * The caps of a type's cost rows: the amount split by the rows' shares (percent), each rounded to
 * 0.01 万元 (down), the remainder on the largest share (the first of equals), so that they add up to it.
 */
export function splitCosts(rows: readonly LibraryIndicator[], total: Money): Money[] {
  const shares = rows.map((r) => r.share ?? 0);
  const sum = shares.reduce((a, b) => a + b, 0);
  if (!rows.length) return [];
  // Down to the cent, then the cents left over go to the largest share.
  const caps = shares.map((s) => (sum > 0 ? Math.floor((total * s) / sum / CENT) * CENT : 0));
  const largest = shares.indexOf(Math.max(...shares));
  caps[largest] += total - caps.reduce((a, b) => a + b, 0);
  return caps;
}

/** The 年度绩效目标 sentence of a project. */
export function goalSentence(type: ProjectType, project: GoalProject): string {
  return type.goal.replace(/\{项目\}/g, project.name).replace(/\{金额\}/g, wanText(project.total));
}

interface FilledRow {
  placed: PlacedIndicator;
  target: string;
  /** The `{数量}` pattern when the target was left blank for the user. */
  placeholder?: string;
}

/** The type's rows in the framework with every pattern filled that the library can fill. */
export function filledRows(type: ProjectType, project: GoalProject, framework: Framework, examples = false): FilledRow[] {
  const placed = placedIndicators(type, framework);
  const costRows = placed.filter((p) => p.indicator.target.indexOf("{金额}") >= 0);
  const caps = splitCosts(costRows.map((p) => p.indicator), project.total);
  return placed.map((p) => {
    const pattern = p.indicator.target;
    let target = pattern.replace(/\{月\}/g, String(p.indicator.month ?? 12));
    const costIndex = costRows.indexOf(p);
    if (costIndex >= 0) target = target.replace(/\{金额\}/g, wanText(caps[costIndex]));
    if (target.indexOf("{数量}") < 0) return { placed: p, target };
    if (examples && p.indicator.example !== undefined) return { placed: p, target: target.replace(/\{数量\}/g, String(p.indicator.example)) };
    return { placed: p, target: "", placeholder: target };
  });
}

function typeOf(project: GoalProject, t: Translate): ProjectType {
  const type = projectTypeById(project.typeId);
  if (!type) throw new Error(t("fill.goals.unknownType", { type: project.typeId, project: project.name }));
  return type;
}

export function generateGoalTables(projects: readonly GoalProject[], options: GenerateOptions): GeneratedGoals {
  return options.layout === "consolidated" ? consolidated(projects, options) : perProject(projects, options);
}

const WIDTH = 6;

function perProject(projects: readonly GoalProject[], options: GenerateOptions): GeneratedGoals {
  const t = translator(options.locale);
  const plans: WritePlan[] = [];
  const placeholders: Placeholder[] = [];
  const taken = new Set<string>();
  for (const project of projects) {
    const name = freeSheetName(cleanSheetName(t("fill.goal.sheetName", { project: project.name })), taken);
    taken.add(name);
    const { plan, holes } = projectPlan(project, name, options);
    plans.push(plan);
    placeholders.push(...holes);
  }
  return { plans, placeholders };
}

/** One project's 项目支出绩效目标表 (the 申报表 layout). */
export function projectPlan(project: GoalProject, sheetName: string, options: GenerateOptions): { plan: WritePlan; holes: Placeholder[] } {
  const t = translator(options.locale);
  const type = typeOf(project, t);
  const line = (...cells: (string | number)[]) => [...cells, ...Array<string>(WIDTH - cells.length).fill("")];
  const across = (row: number, from = 1): CellRange => ({ top: row, left: from, bottom: row, right: WIDTH - 1 });
  const rows: (string | number)[][] = [line(t("fill.goals.title", { project: project.name })), line(t("fill.goal.project"), project.name)];
  const merges: CellRange[] = [across(0, 0), across(1)];
  const fundsTop = rows.length;
  rows.push(line(t("fill.goal.funds"), t("fill.goal.fundsTotal"), toNumber(project.total)));
  rows.push(line("", t("fill.goals.fiscal"), toNumber(project.fiscal)));
  rows.push(line("", t("fill.goals.other"), toNumber(project.other)));
  merges.push({ top: fundsTop, left: 0, bottom: fundsTop + 2, right: 0 });
  for (let r = fundsTop; r <= fundsTop + 2; r++) merges.push({ top: r, left: 2, bottom: r, right: WIDTH - 1 });
  merges.push(across(rows.length));
  rows.push(line(t("fill.goal.yearGoal"), goalSentence(type, project)));
  const header = rows.length;
  rows.push(line(t("fill.goal.level1"), t("fill.goal.level2"), t("fill.goal.level3"), t("fill.goal.description"), t("fill.goal.target"), t("fill.goal.basis")));
  const holes: Placeholder[] = [];
  const first = rows.length;
  for (const f of filledRows(type, project, options.framework, options.examples)) {
    const i = f.placed.indicator;
    if (f.placeholder !== undefined) holes.push({ sheet: sheetName, cell: toA1(rows.length, 4), project: project.name, indicator: i.name, pattern: f.placeholder, example: i.example });
    rows.push(line(f.placed.level1, f.placed.level2, i.name, i.description, f.target, i.basis));
  }
  merges.push(...runMerges(rows, first, rows.length - 1, 0, 1));
  return { plan: { name: sheetName, rows, boldRows: [0, header], merges, highlights: holes.map((h) => h.cell) }, holes };
}

/** The consolidated table's columns. */
const C = { unit: 0, project: 1, total: 2, fiscal: 3, other: 4, goal: 5, level1: 6, level2: 7, name: 8, description: 9, target: 10, basis: 11 };
const CWIDTH = 12;

function consolidated(projects: readonly GoalProject[], options: GenerateOptions): GeneratedGoals {
  const t = translator(options.locale);
  const sheet = cleanSheetName(t("fill.goals.consolidatedSheet"));
  const line = () => Array<string | number>(CWIDTH).fill("");
  const rows: (string | number)[][] = [];
  const merges: CellRange[] = [];
  const title = line();
  title[0] = t("fill.goals.consolidatedTitle");
  rows.push(title);
  merges.push({ top: 0, left: 0, bottom: 0, right: CWIDTH - 1 });
  const unitLine = line();
  unitLine[CWIDTH - 1] = t("fill.goals.unitWan");
  rows.push(unitLine);
  const h1 = line();
  const h2 = line();
  const headers: [number, string][] = [
    [C.unit, t("fill.goals.unitName")],
    [C.project, t("fill.goals.projectName")],
    [C.goal, t("fill.goals.yearGoal")],
    [C.level1, t("fill.goal.level1")],
    [C.level2, t("fill.goal.level2")],
    [C.name, t("fill.goal.level3")],
    [C.description, t("fill.goal.description")],
    [C.target, t("fill.goal.target")],
    [C.basis, t("fill.goal.basis")],
  ];
  const top = rows.length;
  for (const [col, text] of headers) {
    h1[col] = text;
    merges.push({ top, left: col, bottom: top + 1, right: col });
  }
  h1[C.total] = t("fill.goals.amountGroup");
  merges.push({ top, left: C.total, bottom: top, right: C.other });
  h2[C.total] = t("fill.goals.total");
  h2[C.fiscal] = t("fill.goals.fiscalHenan");
  h2[C.other] = t("fill.goals.otherHenan");
  rows.push(h1, h2);
  // The unit line: the department's totals = Σ its projects.
  const unit = line();
  unit[C.unit] = options.unitName || t("fill.goals.unitDefault");
  unit[C.total] = toNumber(sum(projects.map((p) => p.total)));
  unit[C.fiscal] = toNumber(sum(projects.map((p) => p.fiscal)));
  unit[C.other] = toNumber(sum(projects.map((p) => p.other)));
  rows.push(unit);
  const placeholders: Placeholder[] = [];
  for (const project of projects) {
    const type = typeOf(project, t);
    const first = rows.length;
    for (const f of filledRows(type, project, options.framework, options.examples)) {
      const i = f.placed.indicator;
      const r = line();
      if (rows.length === first) {
        r[C.project] = project.name;
        r[C.total] = toNumber(project.total);
        r[C.fiscal] = toNumber(project.fiscal);
        r[C.other] = toNumber(project.other);
        r[C.goal] = goalSentence(type, project);
      }
      r[C.level1] = f.placed.level1;
      r[C.level2] = f.placed.level2;
      r[C.name] = i.name;
      r[C.description] = i.description;
      r[C.target] = f.target;
      r[C.basis] = i.basis;
      if (f.placeholder !== undefined) placeholders.push({ sheet, cell: toA1(rows.length, C.target), project: project.name, indicator: i.name, pattern: f.placeholder, example: i.example });
      rows.push(r);
    }
    const last = rows.length - 1;
    if (last > first) for (const col of [C.project, C.total, C.fiscal, C.other, C.goal]) merges.push({ top: first, left: col, bottom: last, right: col });
    merges.push(...runMerges(rows, first, last, C.level1, C.level2));
  }
  return { plans: [{ name: sheet, rows, boldRows: [0, top, top + 1], merges, highlights: placeholders.map((p) => p.cell) }], placeholders };
}

/** Vertical merges of equal 一级 runs, and of equal 二级 runs inside one 一级 run. */
function runMerges(rows: readonly (string | number)[][], from: number, to: number, c1: number, c2: number): CellRange[] {
  const merges: CellRange[] = [];
  const runs = (a: number, b: number, col: number, each: (x: number, y: number) => void) => {
    let start = a;
    for (let r = a + 1; r <= b + 1; r++) {
      if (r > b || rows[r][col] !== rows[start][col]) {
        each(start, r - 1);
        start = r;
      }
    }
  };
  if (to < from) return merges;
  runs(from, to, c1, (a, b) => {
    if (b > a) merges.push({ top: a, left: c1, bottom: b, right: c1 });
    runs(a, b, c2, (c, d) => {
      if (d > c) merges.push({ top: c, left: c2, bottom: d, right: c2 });
    });
  });
  return merges;
}

function sum(values: readonly Money[]): Money {
  return values.reduce((a, b) => a + b, 0);
}

/** Money in 万元 as the number a cell holds. */
function toNumber(m: Money): number {
  return m / MONEY_SCALE;
}

