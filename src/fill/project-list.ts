/**
 * The projects of a workbook, for generating their goal tables (issue #18): names and amounts read
 * from, in order of preference,
 * - the cells the user selected (a range: a header row with 项目名称 and an amount column, or just
 *   a column of names and a column of amounts);
 * - a project list: any sheet, other than the standard disclosure tables, whose header names 项目名称 and an amount column (资金总额,
 *   金额, 预算数, 合计), optionally 财政拨款 (财政性资金) and 其他资金, in 万元 or 元 — a 项目支出表,
 *   an office's own list, or the Henan consolidated 项目绩效目标表 (its unit lines, which add up the
 *   projects below them, are left out);
 * - one-project goal tables (Hebei, the national 申报表): the 项目名称 line or the title, and the
 *   年度资金总额 of the 项目资金 block, else the sum of the cost caps.
 * Amounts are exact Money in 万元. Problems (a total that is not 财政拨款 + 其他资金, a name without an
 * amount) are reported with their cell, not guessed.
 */
import { toA1, type CellRange } from "../model/a1";
import { MONEY_SCALE, type Money } from "../model/money";
import type { WorkbookSnapshot, SheetSnapshot } from "../model/snapshot";
import { cellAt } from "../model/snapshot";
import { amountOf, parseValue, squeeze } from "../model/values";
import { translator, type Locale } from "../catalog/messages";
import { SheetGrid } from "../recognize/grid";
import { recognizeWorkbook } from "../recognize";
import { columnByRole, fundsColumn, type IndicatorTable, type Table } from "../recognize/model";
import { capInWan } from "../model/indicator-target";
import { slotOf } from "../rules/goals/support";

export interface ListedProject {
  name: string;
  /** 资金总额 in 万元. */
  total: Money;
  fiscal: Money;
  other: Money;
  sheet: string;
  /** The cell of the name. */
  cell: string;
}

export interface ListProblem {
  sheet: string;
  cell: string;
  message: string;
}

export interface ProjectList {
  projects: ListedProject[];
  /** Where they came from: a selected range, a list sheet, or goal tables. */
  source: "range" | "list" | "goal-tables" | "none";
  problems: ListProblem[];
}

export interface ListOptions {
  /** Read only this range of this sheet (the user's selection). */
  selection?: { sheet: string; range: CellRange };
  /** The language of the sheets' fixed texts and of the messages. */
  locale: Locale;
}

const NAME_HEADER = /^(项目名称|单位名称\(项目名称\)|项目\(单位\)名称|单位\(项目\)名称)$/;
const TOTAL_HEADER = /资金总额|资金合计|^合计$|金额|预算数|预算金额|总计/;
const FISCAL_HEADER = /财政拨款|财政性资金|财政资金/;
const OTHER_HEADER = /其他资金/;
const SKIP_NAME = /^(合计|总计|小计|共计)$|^其中/;
const STOP_NAME = /^(说明|注)[:：0-9]?/;

export function readProjectList(workbook: WorkbookSnapshot, options: ListOptions): ProjectList {
  if (options.selection) {
    const index = workbook.sheets.findIndex((s) => s.name === options.selection!.sheet);
    if (index < 0) return { projects: [], source: "none", problems: [] };
    return { ...fromSheet(workbook.sheets[index], options.selection.range, true, options.locale), source: "range" };
  }
  // Standard disclosure tables (收支总表 …) are not project lists, whatever their 项目 column says.
  const recognition = recognizeWorkbook(workbook);
  const standard = new Set(recognition.tables.filter((t) => t.shape !== "indicator").map((t) => t.sheetIndex));
  for (let i = 0; i < workbook.sheets.length; i++) {
    const sheet = workbook.sheets[i];
    if (sheet.hidden || standard.has(i)) continue;
    const list = fromSheet(sheet, undefined, false, options.locale);
    if (list.projects.length) return { ...list, source: "list" };
  }
  const fromGoals = fromGoalTables(workbook, recognition.tables, options.locale);
  return { ...fromGoals, source: fromGoals.projects.length ? "goal-tables" : "none" };
}

interface Columns {
  header: number;
  /** Last header row (a two-row header puts 资金总额 under 项目金额). */
  headerBottom: number;
  name: number;
  total?: number;
  fiscal?: number;
  other?: number;
}

/** The header of a list within the first rows of the range: 项目名称 and at least one amount column. */
function findColumns(grid: SheetGrid, area: CellRange): Columns | undefined {
  for (let r = area.top; r <= Math.min(area.bottom, area.top + 20); r++) {
    let name: number | undefined;
    for (let c = area.left; c <= area.right; c++) if (NAME_HEADER.test(grid.text(r, c))) name = name ?? c;
    if (name === undefined) continue;
    const cols: Columns = { header: r, headerBottom: r, name };
    for (const bottom of [r, r + 1]) {
      for (let c = area.left; c <= area.right; c++) {
        if (c === name) continue;
        const text = bottom === r ? grid.text(r, c) : `${grid.text(r, c)}/${grid.text(bottom, c)}`;
        if (FISCAL_HEADER.test(text)) cols.fiscal ??= c;
        else if (OTHER_HEADER.test(text)) cols.other ??= c;
        else if (TOTAL_HEADER.test(text) && !/项目金额\(万元\)$|项目金额$/.test(text)) cols.total ??= c;
      }
      if (cols.total !== undefined || (cols.fiscal !== undefined && cols.other !== undefined)) {
        cols.headerBottom = bottom;
        return cols;
      }
    }
  }
  return undefined;
}

/** "单位：元" above the header or "(元)" in an amount header: the amounts are in 元. */
function inYuan(grid: SheetGrid, area: CellRange, cols: Columns): boolean {
  for (let r = Math.max(0, cols.header - 3); r <= cols.headerBottom; r++) {
    for (let c = area.left; c <= Math.min(area.right, area.left + 30); c++) {
      const text = grid.text(r, c);
      if (/单位[:：]?元$|^\(?元\)?$|\(元\)$/.test(text) || /金额\(元\)|元\)$/.test(text.replace(/万元/g, ""))) return true;
      if (/万元/.test(text)) return false;
    }
  }
  return false;
}

function money(sheet: SheetSnapshot, row: number, col: number | undefined): Money | null {
  if (col === undefined) return null;
  const p = parseValue(cellAt(sheet, row, col));
  if (p.kind === "number" && p.percent) return null;
  return amountOf(p);
}

function fromSheet(sheet: SheetSnapshot, range: CellRange | undefined, selected: boolean, locale: Locale): Omit<ProjectList, "source"> {
  const t = translator(locale);
  const grid = new SheetGrid(sheet);
  const area = range ?? { top: 0, left: 0, bottom: sheet.rowCount - 1, right: Math.max(0, sheet.colCount - 1) };
  let cols = findColumns(grid, area);
  if (!cols && selected) cols = plainColumns(sheet, area);
  if (!cols) return { projects: [], problems: [] };
  const yuan = inYuan(grid, area, cols);
  const scale = (m: Money | null) => (m === null ? null : yuan ? Math.round(m / MONEY_SCALE) : m);
  const rows: { name: string; row: number; total: Money | null; fiscal: Money | null; other: Money | null }[] = [];
  const problems: ListProblem[] = [];
  for (let r = cols.headerBottom + 1; r <= area.bottom; r++) {
    const raw = cellAt(sheet, r, cols.name);
    const name = typeof raw === "string" ? raw.replace(/\s+/g, " ").trim() : "";
    if (!name) continue;
    if (STOP_NAME.test(squeeze(name))) break;
    if (SKIP_NAME.test(squeeze(name)) || /^(栏次|\d+)$/.test(squeeze(name))) continue;
    rows.push({ name, row: r, total: scale(money(sheet, r, cols.total)), fiscal: scale(money(sheet, r, cols.fiscal)), other: scale(money(sheet, r, cols.other)) });
  }
  const group = groupRows(rows.map((x) => x.total ?? sumOrNull(x.fiscal, x.other)));
  const projects: ListedProject[] = [];
  rows.forEach((x, i) => {
    if (group[i]) return;
    const cell = toA1(x.row, cols!.name);
    const total = x.total ?? sumOrNull(x.fiscal, x.other);
    if (total === null || total < 0) {
      problems.push({ sheet: sheet.name, cell, message: t("fill.list.noAmount", { project: x.name }) });
      return;
    }
    let fiscal = x.fiscal;
    let other = x.other;
    if (fiscal === null && other === null) fiscal = total;
    if (fiscal === null) fiscal = total - (other ?? 0);
    if (other === null) other = total - fiscal;
    if (fiscal + other !== total || fiscal < 0 || other < 0) {
      problems.push({ sheet: sheet.name, cell: toA1(x.row, cols!.total ?? cols!.name), message: t("fill.list.partsMismatch", { project: x.name }) });
      return;
    }
    projects.push({ name: x.name, total, fiscal, other, sheet: sheet.name, cell });
  });
  return { projects, problems };
}

function sumOrNull(a: Money | null, b: Money | null): Money | null {
  return a === null && b === null ? null : (a ?? 0) + (b ?? 0);
}

/**
 * Unit (or subtotal) lines: a line whose amount is the sum of the lines after it (two or more), or
 * equals the next line when that one is such a line itself (洛龙 "312 | 312001 | projects…").
 */
function groupRows(totals: readonly (Money | null)[]): boolean[] {
  const group = totals.map(() => false);
  for (let i = totals.length - 1; i >= 0; i--) {
    const own = totals[i];
    if (own === null || own === 0) continue;
    let sum = 0;
    for (let j = i + 1; j < totals.length; j++) {
      if (group[j] && j > i + 1) break;
      sum += totals[j] ?? 0;
      if (sum === own && (j >= i + 2 || group[j])) {
        group[i] = true;
        break;
      }
      if (sum > own) break;
    }
  }
  return group;
}

/** A selection without headers: the first column of text is the names, the first column of numbers the amounts. */
function plainColumns(sheet: SheetSnapshot, area: CellRange): Columns | undefined {
  let name: number | undefined;
  let total: number | undefined;
  for (let c = area.left; c <= area.right; c++) {
    let texts = 0;
    let numbers = 0;
    for (let r = area.top; r <= area.bottom; r++) {
      const v = cellAt(sheet, r, c);
      if (typeof v === "number") numbers += 1;
      else if (typeof v === "string" && v.trim()) texts += 1;
    }
    if (name === undefined && texts > numbers) name = c;
    else if (total === undefined && numbers > 0 && numbers >= texts - 1) total = c;
  }
  if (name === undefined || total === undefined) return undefined;
  return { header: area.top - 1, headerBottom: area.top - 1, name, total };
}

/** One-project goal tables: the project's name and its amount (funds block, else the cost caps). */
function fromGoalTables(workbook: WorkbookSnapshot, tables: readonly Table[], locale: Locale): Omit<ProjectList, "source"> {
  const t = translator(locale);
  const projects: ListedProject[] = [];
  const problems: ListProblem[] = [];
  for (const table of tables) {
    if (table.shape !== "indicator" || table.template !== "project-goal" || columnByRole(table, "project")) continue;
    const sheet = workbook.sheets[table.sheetIndex];
    const name = projectNameOf(sheet, table);
    const cell = table.titleCell ? toA1(table.titleCell.row, table.titleCell.col) : toA1(table.header.top, 0);
    const funds = fundsOf(sheet, table);
    const total = funds?.total ?? capsOf(table);
    if (!name || total === null) {
      problems.push({ sheet: table.sheet, cell, message: t("fill.list.noAmount", { project: name || table.sheet }) });
      continue;
    }
    const fiscal = funds?.fiscal ?? total - (funds?.other ?? 0);
    projects.push({ name, total, fiscal, other: total - fiscal, sheet: table.sheet, cell });
  }
  return { projects, problems };
}

export function projectNameOf(sheet: SheetSnapshot, table: IndicatorTable): string {
  const grid = new SheetGrid(sheet);
  const from = table.titleCell ? table.titleCell.row + 1 : 0;
  for (let r = from; r < table.header.top; r++) {
    const texts = grid.rowTexts(r, 8);
    const at = texts.findIndex((x) => /^项目名称[:：]?$/.test(x.text));
    if (at >= 0 && texts[at + 1]) return grid.rawText(r, texts[at + 1].col);
  }
  return table.title
    .replace(/\s+/g, "")
    .replace(/^[（(]?[0-9一二三四五六七八九十]+[)）、.．]/, "")
    .replace(/(项目)?(支出)?绩效目标(申报)?表$/, "");
}

export function fundsOf(sheet: SheetSnapshot, table: IndicatorTable): { total: Money; fiscal?: Money; other?: Money } | undefined {
  const funds = table.funds;
  const col = funds ? fundsColumn(funds, "budget") : undefined;
  if (!funds || col === undefined) return undefined;
  const total = money(sheet, funds.total.row, col);
  if (total === null) return undefined;
  const part = (re: RegExp) => {
    const p = funds.parts.find((x) => re.test(x.label));
    return p ? (money(sheet, p.row, col) ?? undefined) : undefined;
  };
  return { total, fiscal: part(FISCAL_HEADER), other: part(OTHER_HEADER) };
}

/** Σ the cost caps in 万元 (any symbol: 成本 written "≥20万元" is still the project's money), else any money target. */
export function capsOf(table: IndicatorTable): Money | null {
  const capOf = (target: string | undefined) => capInWan((target ?? "").replace(/\s+/g, ""));
  let caps = table.indicators.filter((r) => slotOf(r) === "cost").map((r) => capOf(r.target));
  if (!caps.some((c) => c !== undefined)) caps = table.indicators.map((r) => capOf(r.target));
  const found = caps.filter((c): c is number => c !== undefined);
  if (!found.length) return null;
  return found.reduce((s, c) => s + Math.round(c * MONEY_SCALE), 0);
}
