/**
 * The header block: where it starts and ends (the 栏次 row closes it when there is one), the header
 * path of every column, and the roles a template gives those columns.
 */
import { mapList } from "../model/lists";
import type { ColumnRoleDef } from "../catalog/templates";
import type { TableColumn } from "./model";
import type { SheetGrid } from "./grid";
import { isInfoLine } from "./title";

export interface HeaderBlock {
  top: number;
  bottom: number;
  columnNumberRow?: number;
}

const CODE_TEXT = /^\d{3}(\d{2}){0,2}$/;
// A total row's label: 合计, or a 总额 ("资产总额") when amounts stand beside it.
const TOTAL_WORD = /^(合计|总计|共计|[^/]{0,6}总额)$/;
const ORDINAL_ITEM = /^[一二三四五六七八九十]+、/;
const SMALL_INTEGER = /^\d{1,2}$/;
const AMOUNT_TEXT = /^-?[\d,]+(\.\d+)?$/;
const INDICATOR_NAME = /三级指标|^指标名称$/;
const INDICATOR_VALUE = /指标值|二级指标/;
/** A scoring table names its levels without a 三级 (分层指标 | 一级指标 | 二级指标 | 分值 | 自评分), or only the 三级. */
const UPPER_LEVEL = /^(一级|二级)指标/;
const POINTS = /^分值|^权重/;
const SCORE = /得分|自评分|^评分$/;

export function isColumnNumberRow(grid: SheetGrid, row: number): boolean {
  const texts = grid.rowTexts(row, 80);
  // "栏次" names the column-number row. "行次" does not: it heads the row-number column of 决算
  // tables ("项目 | 行次 | 金额"), a header row of its own.
  if (texts.some((t) => t.text === "栏次")) return true;
  // "* | * | 1" (Henan 预算09表, one amount column): stars over the text columns, 1…k over the amounts.
  if (texts.length >= 2 && texts[0].text.charAt(0) === "*") {
    let next = 1;
    let stars = true;
    for (const t of texts) {
      if (stars && (t.text === "*" || t.text === "**")) continue;
      stars = false;
      if (t.text !== String(next)) return false;
      next += 1;
    }
    if (next > 1) return true;
  }
  // "1 2 3 4 …" or "** ** 1 2 3" — at least three consecutive small integers.
  let run = 0;
  let prev = 0;
  for (const t of texts) {
    if (SMALL_INTEGER.test(t.text) && Number(t.text) === prev + 1) {
      run += 1;
      prev = Number(t.text);
    } else if (t.text === "1" || t.text === "**" || t.text === "*") {
      run = t.text === "1" ? 1 : run;
      prev = t.text === "1" ? 1 : prev;
    } else if (run < 3) {
      run = 0;
      prev = 0;
    }
  }
  return run >= 3 && texts.length <= run + 6;
}

/** A row that starts the body: a code, a 合计 label or an ordinal item in the first columns. */
function looksLikeDataRow(grid: SheetGrid, row: number): boolean {
  const texts = grid.rowTexts(row, 40);
  // "合计"/"总计" also head columns; as a row label it comes with amounts. A small integer may be a
  // 栏次 number typed as text, but a number cell beside 合计 is an amount ("合计 | 25").
  const hasAmount = texts.some((t) => AMOUNT_TEXT.test(t.text) && (!SMALL_INTEGER.test(t.text) || grid.isNumber(row, t.col)));
  for (const t of texts.slice(0, 6)) {
    if (CODE_TEXT.test(t.text) || ORDINAL_ITEM.test(t.text) || (TOTAL_WORD.test(t.text) && hasAmount)) return true;
  }
  return false;
}

/**
 * The first column of figures in a row that holds figures in two cells or more, not the 1, 2, 3… of
 * a 栏次 row; -1 for any other row. Such a row is in the body even without a code, an ordinal or 合计
 * in front (a 政府采购预算表 whose rows start with the project's name, its 合计 at the bottom).
 */
function firstFigure(grid: SheetGrid, row: number): number {
  const width = Math.min(grid.rowWidth(row), 40);
  let count = 0;
  let first = -1;
  let counting = true; // the numbers so far are 1, 2, 3…
  for (let c = 0; c < width; c++) {
    if (!grid.isNumber(row, c)) continue;
    count += 1;
    if (first < 0) first = c;
    if (counting && grid.sheet.cells[row]![c] !== count) counting = false;
  }
  return count >= 2 && !counting ? first : -1;
}

/**
 * The last header row above the first row of figures (`dataRow`): the last one with a heading over
 * the figures' columns. Rows with only a label in front ("合计" and items whose figures are blank)
 * are body rows already.
 */
function lastHeaderRow(grid: SheetGrid, top: number, dataRow: number, firstFigureCol: number): number {
  for (let r = dataRow - 1; r > top; r--) {
    const width = Math.min(grid.rowWidth(r), 40);
    for (let c = firstFigureCol; c < width; c++) if (grid.ownText(r, c)) return r;
  }
  return top;
}

/** Header of a numeric table starting after the title row. */
export function locateHeader(grid: SheetGrid, titleRow: number): HeaderBlock | undefined {
  let top = titleRow + 1;
  while (top < grid.rowCount && top <= titleRow + 4 && isInfoLine(grid, top)) top++;
  if (top >= grid.rowCount) return undefined;
  const limit = Math.min(grid.rowCount - 1, top + 8);
  for (let r = top; r <= limit; r++) {
    if (isColumnNumberRow(grid, r)) return { top, bottom: r, columnNumberRow: r };
  }
  for (let r = top + 1; r <= limit + 1 && r < grid.rowCount; r++) {
    if (looksLikeDataRow(grid, r)) return { top, bottom: r - 1 };
    const first = firstFigure(grid, r);
    if (first >= 0) return { top, bottom: lastHeaderRow(grid, top, r, first) };
  }
  // Neither a 栏次 row nor a row that reads as data (a "三公" table with its items as columns): a
  // header cell merged down over several rows says how deep the header is.
  let bottom = top;
  for (const m of grid.mergesIn(top, top)) if (m.top === top && m.bottom > bottom) bottom = Math.min(m.bottom, limit);
  return { top, bottom };
}

/**
 * Header of an indicator table: the row naming 三级指标 (or 指标名称) after the title, or the row of
 * a scoring table that names an indicator level, 分值 and 得分 (自评分, 评分) without a 三级 column.
 */
export function locateIndicatorHeader(grid: SheetGrid, fromRow: number): HeaderBlock | undefined {
  const limit = Math.min(grid.rowCount - 1, fromRow + 60);
  for (let r = fromRow; r <= limit; r++) {
    let names = false;
    let values = false;
    let level = false;
    let points = false;
    let score = false;
    const width = Math.min(grid.rowWidth(r), 30);
    for (let c = 0; c < width && !(names && values); c++) {
      if (grid.isNumber(r, c)) continue; // a number is none of these words
      const text = grid.ownText(r, c);
      if (!text) continue;
      names = names || INDICATOR_NAME.test(text);
      values = values || INDICATOR_VALUE.test(text);
      level = level || UPPER_LEVEL.test(text) || INDICATOR_NAME.test(text);
      points = points || POINTS.test(text);
      score = score || SCORE.test(text);
    }
    if ((names && values) || (level && points && score)) return { top: r, bottom: indicatorHeaderBottom(grid, r) };
  }
  return undefined;
}

/**
 * Sub-headers under a goal table's header groups: 项目金额(万元) over 资金总额 | 财政性资金 | 其他资金
 * (Henan project table), 指标值 over 符号 | 值 | 单位（文字描述） (Hebei 部门整体 table).
 */
const SUBHEADER = /资金总额|财政性资金|财政资金|其他资金|^符号$|^值$|^(计量)?单位/;

/**
 * Last row of an indicator header that starts at `top`: one row, unless the next row only splits
 * header groups (项目金额 into 资金总额 | 财政性资金 | 其他资金, 指标值 into 符号 | 值 | 单位), with the
 * other header cells merged down over it or left blank. A label merged down the indicator rows
 * ("绩效指标" in seed S003) does not make the header deeper.
 */
function indicatorHeaderBottom(grid: SheetGrid, top: number): number {
  if (top + 1 >= grid.rowCount) return top;
  const below = grid.rowTexts(top + 1, 30);
  return below.length && below.every((t) => SUBHEADER.test(t.text)) ? top + 1 : top;
}

/** Header path of every column ("本年收入/小计"), reading merged header cells from their master. */
export function columnPaths(grid: SheetGrid, header: HeaderBlock): string[] {
  let width = 0;
  for (let r = header.top; r <= header.bottom; r++) width = Math.max(width, grid.rowWidth(r));
  for (const m of grid.mergesIn(header.top, header.bottom)) width = Math.max(width, m.right + 1);
  width = Math.min(width, 512);
  const rows: number[] = [];
  for (let r = header.top; r <= header.bottom; r++) if (r !== header.columnNumberRow) rows.push(r);
  // Group labels written once, without a merge ("基本支出" over four unmerged columns): a blank
  // header cell with text below it belongs to the group on its left.
  const grid2: string[][] = mapList(rows, () => blankTexts(width));
  rows.forEach((r, i) => {
    for (let c = 0; c < width; c++) {
      let t = grid.text(r, c);
      const below = i + 1 < rows.length ? grid.text(rows[i + 1], c) : "";
      if (!t && below && c > 0 && !grid.isMergedSlave(r, c) && grid2[i][c - 1] && i + 1 < rows.length && grid.text(rows[i + 1], c - 1)) {
        t = grid2[i][c - 1];
      }
      grid2[i][c] = t;
    }
  });
  const paths: string[] = [];
  for (let c = 0; c < width; c++) {
    // Segments joined with "/" as they come, a repeated segment once (no array per column).
    let path = "";
    let last = "";
    for (let i = 0; i < rows.length; i++) {
      const t = grid2[i][c];
      if (t && last !== t) {
        path = path ? path + "/" + t : t;
        last = t;
      }
    }
    paths.push(path);
  }
  return paths;
}

/** `width` empty texts (grown with push: see model/lists.ts). */
function blankTexts(width: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < width; c++) out.push("");
  return out;
}

/**
 * Role matches per template and header: a county workbook repeats the same few headers thousands
 * of times, and matching is a pattern test per role per column. Kept as a tree of header paths,
 * one level per column, so that looking a header up builds no key.
 */
interface RoleNode {
  next: Map<string, RoleNode>;
  columns?: readonly TableColumn[];
}

let roleTrees = new WeakMap<readonly ColumnRoleDef[], RoleNode>();
let roleNodes = 0;
const ROLE_NODE_LIMIT = 20000;

export function assignRoles(paths: string[], defs: readonly ColumnRoleDef[]): TableColumn[] {
  if (roleNodes >= ROLE_NODE_LIMIT) {
    // A workbook of very many different headers: start over rather than grow without end.
    roleTrees = new WeakMap();
    roleNodes = 0;
  }
  let node: RoleNode | undefined = roleTrees.get(defs);
  if (!node) {
    node = { next: new Map() };
    roleTrees.set(defs, node);
  }
  for (let c = 0; c < paths.length; c++) {
    let child: RoleNode | undefined = node.next.get(paths[c]);
    if (!child) {
      child = { next: new Map() };
      node.next.set(paths[c], child);
      roleNodes += 1;
    }
    node = child;
  }
  if (!node.columns) node.columns = matchRoles(paths, defs);
  // Fresh objects for every table: tables are plain data handed to callers.
  return mapList(node.columns, (c) => ({ role: c.role, col: c.col, header: c.header, numeric: c.numeric }));
}

function matchRoles(paths: string[], defs: readonly ColumnRoleDef[]): TableColumn[] {
  const taken = new Set<number>();
  const columns: TableColumn[] = [];
  for (const def of defs) {
    let chosen = -1;
    for (let c = 0; c < paths.length; c++) {
      if (taken.has(c) || !paths[c] || !def.pattern.test(paths[c])) continue;
      if (chosen < 0) chosen = c;
      else if (preferred(paths[c], paths[chosen])) chosen = c;
    }
    if (chosen >= 0) {
      taken.add(chosen);
      columns.push({ role: def.role, col: chosen, header: paths[chosen], numeric: def.numeric });
    }
  }
  columns.sort((a, b) => a.col - b.col);
  return columns;
}

/**
 * Whether column `a` rather than `b` (both matching one role) holds the figures the table publishes:
 * this year's beside last year's (laterYear), and in a 决算 table its 决算数 beside the 预算数 it is
 * compared with ("年初预算数 | 决算数").
 */
function preferred(a: string, b: string): boolean {
  if (laterYear(a, b)) return true;
  if (laterYear(b, a)) return false;
  return FINAL_FIGURE.test(a) && BUDGET_FIGURE.test(b);
}

const FINAL_FIGURE = /决算数?$/;
const BUDGET_FIGURE = /预算数?$/;

/** A year in a header: "2024年", "本年", "上年" (the last two as far after or before any year). */
const YEAR_WORD = /(19|20)[0-9]{2}年度?|本年度?|今年|上年度?|去年/g;

/**
 * Whether column `a` is for a later year than `b` (both matching one role): a table that shows last
 * year's figures beside this year's ("2023年预算数 | 2024年预算数", "上年预算数 | 本年预算数",
 * "2023年决算数 | 2024年预算数", "上年决算数 | 本年预算数") is checked on this year's column, the one it
 * publishes. 上年 and 本年 count only between headers that are otherwise the same or that name a
 * year's budget or final figure: "上年结转" is a source of money, not a year.
 */
function laterYear(a: string, b: string): boolean {
  const relative = a.replace(YEAR_WORD, "") === b.replace(YEAR_WORD, "") || (YEAR_FIGURE.test(a) && YEAR_FIGURE.test(b));
  const ya = relative ? yearOf(a) : writtenYear(a);
  const yb = relative ? yearOf(b) : writtenYear(b);
  return ya !== undefined && yb !== undefined && ya > yb;
}

/** A year's budget or final figure ("上年决算数", "本年预算数"): 上年 and 本年 are years there too. */
const YEAR_FIGURE = /(上年|本年|今年|去年)度?[^/]*(预算|决算|执行)数?$/;

function writtenYear(header: string): number | undefined {
  const m = /(19|20)[0-9]{2}(?=年)/.exec(header);
  return m ? Number(m[0]) : undefined;
}

function yearOf(header: string): number | undefined {
  const explicit = writtenYear(header);
  if (explicit !== undefined) return explicit;
  if (/本年|今年/.test(header)) return 9999;
  if (/上年|去年/.test(header)) return 0;
  return undefined;
}
