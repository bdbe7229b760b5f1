/**
 * Sheet → Table. Each sheet is identified from its title and header text (never its name): the
 * title picks a template, the header block gives the columns their roles, and the rows are read
 * by the template's shape. A sheet that matches nothing is reported as unrecognised, not forced.
 */
import type { SheetSnapshot, WorkbookSnapshot } from "../model/snapshot";
import { TEMPLATES } from "../catalog/templates";
import { economicSystemOf } from "../catalog/codes";
import { SheetGrid } from "./grid";
import { findTitle, findUnit, firstText, isInfoLine, isTitleRow, TitleMatch } from "./title";
import { assignRoles, columnPaths, HeaderBlock, locateHeader, locateIndicatorHeader } from "./header";
import { bodyExtent } from "./body";
import { buildCodedRows, codesWrittenWhole, isSplitLayout } from "./coded";
import { buildSummaryRows } from "./summary";
import { buildLabeledRows } from "./labeled";
import { buildIndicatorRows } from "./indicator";
import { withLeafLevel } from "./levels";
import { findFundsBlock, findGoalLines, findSingleAmountFunds, findStatement, findSubject, findTotalScoreRow } from "./indicator-blocks";
import { columnByRole, type ColumnRole, type CodedRow, type IndicatorPair, type IndicatorTable, type Recognition, type Table, type TableBase, type TableColumn, type TemplateId } from "./model";

export function recognizeWorkbook(workbook: WorkbookSnapshot): Recognition {
  const result: Recognition = { tables: [], unrecognized: [] };
  workbook.sheets.forEach((sheet, index) => {
    const tables = recognizeSheet(sheet, index);
    if (tables.length) result.tables.push(...tables);
    else result.unrecognized.push({ sheet: sheet.name, sheetIndex: index, titleSeen: safeFirstText(sheet) });
  });
  return result;
}

function safeFirstText(sheet: SheetSnapshot): string {
  try {
    return firstText(new SheetGrid(sheet));
  } catch {
    return "";
  }
}

/** Most sheets hold one table; some put several one under another (e.g. the two empty fund tables). */
const MAX_TABLES_PER_SHEET = 50;

export function recognizeSheet(sheet: SheetSnapshot, sheetIndex: number): Table[] {
  if (sheet.rowCount === 0 || sheet.cells.length === 0) return [];
  const grid = new SheetGrid(sheet);
  const tables: Table[] = [];
  let title = findTitle(grid) ?? titleFromHeader(grid);
  while (title && tables.length < MAX_TABLES_PER_SHEET) {
    const found = tablesAt(grid, sheet, sheetIndex, title);
    if (found.length === 0) break;
    // Halves of one side-by-side table share their rows: any of them tells where the table ends.
    const table = found[0];
    for (let i = 0; i < found.length; i++) tables.push(found[i]);
    let end = Math.max(table.header.bottom, table.body.bottom);
    for (let i = 0; i < table.notes.length; i++) if (table.notes[i].row > end) end = table.notes[i].row;
    title = earlier(findTitle(grid, end + 1), executionCaption(grid, end + 1));
  }
  return tables;
}

/**
 * The table under a title: one, or one per half of a side-by-side coded table (a 决算 基本支出表
 * lists 人员经费 and 公用经费 beside each other, each half with its own 科目编码 | 科目名称 | 金额).
 */
function tablesAt(grid: SheetGrid, sheet: SheetSnapshot, sheetIndex: number, title: TitleMatch): Table[] {
  const def = TEMPLATES[title.template];
  const header = def.shape === "indicator" ? locateIndicatorHeader(grid, title.row + 1) : locateHeader(grid, title.row);
  if (!header) return [];
  let paths = columnPaths(grid, header);
  if (def.shape === "summary") paths = withSidePrefixes(paths);
  const starts = def.shape === "coded" ? sideBySideStarts(paths) : [];
  if (starts.length < 2) {
    let columns = assignRoles(paths, def.columns);
    if (def.shape === "indicator") columns = withLeafLevel(paths, columns);
    const table = tableAt(grid, sheet, sheetIndex, title, header, columns, "standard", paths);
    return table ? [table] : [];
  }
  const halves: Table[] = [];
  for (let i = 0; i < starts.length; i++) {
    const from = i === 0 ? 0 : starts[i];
    const to = i + 1 < starts.length ? starts[i + 1] : paths.length;
    const own = paths.map((p, c) => (c >= from && c < to ? p : ""));
    const table = tableAt(grid, sheet, sheetIndex, title, header, assignRoles(own, def.columns), "side-by-side", paths, own);
    if (table) halves.push(table);
  }
  joinCoveredTotals(grid, halves);
  return halves;
}

/**
 * A half whose 合计 label is merged across its own amount cell (公用经费合计 over the 302 block,
 * the amount in the 310 block's column): that row is not a total of its own; the half whose amount
 * column the merge reaches takes this half's top-level rows as parts of its total.
 */
function joinCoveredTotals(grid: SheetGrid, halves: Table[]): void {
  for (let i = 0; i < halves.length; i++) {
    const half = halves[i];
    if (half.shape !== "coded") continue;
    const amount = half.columns.find((c) => c.numeric);
    if (!amount) continue;
    for (let k = half.rows.length - 1; k >= 0; k--) {
      const total = half.rows[k];
      if (total.kind !== "total" || total.labelCol === undefined) continue;
      const merge = grid.mergesIn(total.row, total.row).find((m) => m.top === total.row && m.left <= amount.col && m.right >= amount.col && m.left < amount.col);
      if (!merge) continue;
      const target = halves.find((h, j) => j > i && h.shape === "coded" && h.columns.some((c) => c.numeric && c.col === merge.right + 1));
      if (!target || target.shape !== "coded") continue;
      half.rows.splice(k, 1);
      const roots = topLevelRows(half.rows);
      if (roots.length) (target.carried ??= []).push({ col: amount.col, rows: roots });
      // The label is merged away from the target half's own label columns: its total row is this one.
      const row: CodedRow = { ...total, labelCol: undefined, members: undefined };
      const same = target.rows.findIndex((r) => r.row === total.row);
      if (same >= 0) target.rows[same] = row;
      else {
        const at = target.rows.findIndex((r) => r.row > total.row);
        target.rows.splice(at < 0 ? target.rows.length : at, 0, row);
      }
    }
  }
}

/** Sheet rows of the coded rows with no parent code among them (类 rows, or the top-most present). */
function topLevelRows(rows: readonly CodedRow[]): number[] {
  const codes = new Set<string>();
  for (const r of rows) if (r.kind === "coded" && r.code) codes.add(r.code);
  const out: number[] = [];
  for (const r of rows) {
    if (r.kind !== "coded" || !r.code) continue;
    let parent = false;
    for (let len = r.code.length - 2; len >= 3 && !parent; len -= 2) parent = codes.has(r.code.slice(0, len));
    if (!parent) out.push(r.row);
  }
  return out;
}

/** A "三公" column named by an item (the items-as-columns form), not just 合计. */
const ITEM_COLUMN = /\.(abroad|car|reception|meeting|training)/;

/** The last segment of a header path names a code column ("人员经费/科目编码"); 单位代码 is not one. */
const CODE_HEADER = /(编码|代码)$/;
const UNIT_HEADER = /单位/;
const NAME_HEADER = /名称$/;

/**
 * Where the halves of a side-by-side coded table start: at each code column that follows an
 * amount column. Empty for an ordinary table, including one with a second (政府经济分类) code
 * column right after the first code and name.
 */
function sideBySideStarts(paths: readonly string[]): number[] {
  const starts: number[] = [];
  let amountSince = false;
  for (let c = 0; c < paths.length; c++) {
    const last = paths[c].slice(paths[c].lastIndexOf("/") + 1);
    if (CODE_HEADER.test(last) && !UNIT_HEADER.test(last)) {
      if (starts.length === 0 || amountSince) starts.push(c);
      amountSince = false;
    } else if (last !== "" && !NAME_HEADER.test(last)) {
      amountSince = true;
    }
  }
  // A last "half" with no amount column of its own is a second code of the same rows (a
  // 政府经济分类 code written after the amounts), not a half.
  if (starts.length > 1 && !amountSince) starts.pop();
  return starts.length > 1 ? starts : [];
}

function tableAt(
  grid: SheetGrid,
  sheet: SheetSnapshot,
  sheetIndex: number,
  title: TitleMatch,
  header: HeaderBlock,
  columns: TableColumn[],
  layout: "standard" | "side-by-side",
  /** The header paths the columns were given their roles from (an indicator table's pairs are read from them). */
  paths: readonly string[],
  /** The paths of this table's own columns (a half of a side-by-side table: the other half's are blank). */
  own: readonly string[] = paths,
): Table | undefined {
  const def = TEMPLATES[title.template];
  if (!hasEssentialColumns(def.shape, columns)) return undefined;

  // Captioned 资金执行情况 tables follow one another without a 表 title between them.
  const captioned = title.template === "funds-execution";
  const isNextTitle = (row: number) => row > header.bottom + 1 && (isTitleRow(grid, row) || (captioned && startsExecutionTable(grid, row)));
  const body = bodyExtent(grid, header.bottom + 1, isNextTitle);
  const base: TableBase = {
    template: title.template,
    sheet: sheet.name,
    sheetIndex,
    title: title.text,
    titleCell: title.row >= 0 ? { row: title.row, col: title.col } : undefined,
    unit: findUnit(grid, Math.max(0, title.row - 1), header.top + 1),
    header: { top: header.top, bottom: header.bottom },
    columnNumberRow: header.columnNumberRow,
    body: { top: body.top, bottom: body.bottom },
    columns,
    notes: body.notes,
    layout,
    bodyMerges: grid.mergesIn(body.top, body.bottom),
  };
  if (def.shape === "coded" || def.shape === "labeled" || def.shape === "summary") {
    const unread = unreadFigureColumns(grid, own, columns, body.top, body.bottom);
    if (unread.length) base.unreadFigures = unread;
  }
  switch (def.shape) {
    case "coded": {
      const rows = buildCodedRows(grid, columns, body.top, body.bottom);
      // 类 | 款 | 项 headers with every code written whole across them (the central 决算 form) read
      // as one code column: 类 and 款 rows of their own, as in the single-column layout.
      const split = isSplitLayout(columns) && !codesWrittenWhole(rows, columns);
      return {
        ...base,
        layout: split ? "split-codes" : layout === "side-by-side" ? layout : hasSubRoles(columns) ? "detailed" : "standard",
        shape: "coded",
        codeSystem: codeSystemOf(def.codeSystem ?? "function", rows),
        codeLayout: split ? "split" : "single",
        rows,
      };
    }
    case "summary":
      return { ...base, shape: "summary", rows: buildSummaryRows(grid, columns, body.top, body.bottom) };
    case "labeled": {
      const rows = buildLabeledRows(grid, columns, body.top, body.bottom);
      // Not forced: a "三公" table names its rows (合计, 因公出国…) or, in the 决算 form, its columns.
      if (title.template === "three-public" && !rows.some((r) => r.role !== "other") && !columns.some((c) => ITEM_COLUMN.test(c.role))) return undefined;
      // A 资金执行情况表 compares a budget with what was spent: both columns, or it is not one.
      if (title.template === "funds-execution" && !(hasRole(columns, "executed") && (hasRole(columns, "budget") || hasRole(columns, "adjusted")))) return undefined;
      return { ...base, shape: "labeled", rows };
    }
    case "indicator": {
      const pairs = indicatorPairs(grid, header, columns, paths);
      if (pairs) for (const p of pairs.slice(1)) columns.push({ role: "name", col: p.name, header: "三级指标", numeric: false }, { role: "target", col: p.target, header: "指标值", numeric: false });
      const table: IndicatorTable = { ...base, shape: "indicator", indicators: buildIndicatorRows(grid, columns, body.top, body.bottom, pairs) };
      const subject = findSubject(grid, title.row + 1, header.top);
      if (subject) {
        table.subject = subject.text;
        table.subjectCell = { row: subject.row, col: subject.col };
      }
      if (hasRole(columns, "weight") || hasRole(columns, "score")) {
        const totalRow = findTotalScoreRow(grid, header.bottom + 1, body.bottom);
        if (totalRow !== undefined) {
          table.totalRow = totalRow;
          // The 总分 / 合计 line adds the indicators up: it is not an indicator (nor a 一级指标).
          table.indicators = table.indicators.filter((r) => r.row !== totalRow);
        }
      }
      if (title.template === "project-goal") {
        const goals = findGoalLines(grid, title.row + 1, header.top);
        if (goals.length) table.goals = goals;
        const funds = findSingleAmountFunds(grid, title.row + 1, header.top);
        if (funds) table.funds = funds;
      }
      if (title.template === "self-evaluation") {
        const funds = findFundsBlock(grid, title.row + 1, header.top);
        if (funds) table.funds = funds;
        // "说明 | 无" is a body line; "说明：无" in one cell is read as a note under the table.
        const lastNote = body.notes.length ? body.notes[body.notes.length - 1].row : -1;
        const statement = findStatement(grid, header.bottom + 1, Math.max(body.bottom, lastNote));
        if (statement) table.statement = statement;
      }
      return table;
    }
  }
}

/** Columns with a header and a figure in the body rows that no role reads. */
function unreadFigureColumns(grid: SheetGrid, paths: readonly string[], columns: readonly TableColumn[], top: number, bottom: number): number[] {
  const out: number[] = [];
  for (let c = 0; c < paths.length; c++) {
    if (!paths[c] || columns.some((col) => col.col === c)) continue;
    for (let r = top; r <= bottom; r++) {
      if (grid.isNumber(r, c)) {
        out.push(c);
        break;
      }
    }
  }
  return out;
}

/**
 * Two-sided tables: a column under the 收入 side whose header does not say so (no merged 收入 group
 * cell above it) gets the prefix from its position: left of the 支出 label column is income.
 */
function withSidePrefixes(paths: string[]): string[] {
  const isLabel = (p: string) => /(^|\/)(项目|收入项目|支出项目)$/.test(p);
  const labels = paths.map((p, i) => (isLabel(p) ? i : -1)).filter((i) => i >= 0);
  if (labels.length < 2) return paths;
  const [incomeLabel, expenseLabel] = labels;
  return paths.map((p, i) => {
    if (!p || i < incomeLabel || /^(收入|支出)/.test(p) || /序号|行次/.test(p)) return p;
    return (i < expenseLabel ? "收入/" : "支出/") + p;
  });
}

function hasEssentialColumns(shape: string, columns: TableColumn[]): boolean {
  switch (shape) {
    case "coded":
      return (hasRole(columns, "code") || hasRole(columns, "code.class") || hasRole(columns, "name")) && hasNumeric(columns);
    case "summary":
      return hasRole(columns, "income.label") && hasRole(columns, "expense.label");
    case "labeled":
      return hasNumeric(columns);
    default:
      return hasRole(columns, "name") || hasRole(columns, "target");
  }
}

function hasRole(columns: readonly TableColumn[], role: ColumnRole): boolean {
  for (let i = 0; i < columns.length; i++) if (columns[i].role === role) return true;
  return false;
}

function hasNumeric(columns: readonly TableColumn[]): boolean {
  for (let i = 0; i < columns.length; i++) if (columns[i].numeric) return true;
  return false;
}

/**
 * The code system a table is written in, when all its codes say so against its template: a table by
 * 支出功能分类 with economic codes only (301 工资福利支出, 501 机关工资福利支出) is the same table by
 * 经济分类 ("一般公共预算支出明细表（按支出经济分类科目）"), and a 基本支出表 with function codes only
 * is one by 功能分类 ("基本支出明细表（按支出功能分类科目）"). The catalogues share no class:
 * function classes are 2xx, economic ones 3xx and 5xx.
 */
function codeSystemOf(stated: "function" | "economic", rows: readonly CodedRow[]): "function" | "economic" {
  let coded = 0;
  for (const row of rows) {
    if (row.kind !== "coded" || !row.code) continue;
    const economic = economicSystemOf(row.code) !== undefined;
    const other = stated === "function" ? economic : row.code[0] === "2";
    if (!other) return stated;
    coded += 1;
  }
  return coded === 0 ? stated : stated === "function" ? "economic" : "function";
}

/** Columns with a sub-role ("basic.salary"): the detailed (Henan) form of a coded table. */
function hasSubRoles(columns: readonly TableColumn[]): boolean {
  for (let i = 0; i < columns.length; i++) if (columns[i].role.indexOf(".") >= 0) return true;
  return false;
}

/**
 * A sheet without a title row: only an indicator header (一级/二级/三级指标, or 一级/二级 with 分值
 * and 得分) or a 人员经费/公用经费
 * header is distinctive enough to name the table; anything else stays unrecognised.
 */
function titleFromHeader(grid: SheetGrid): TitleMatch | undefined {
  const last = Math.min(grid.rowCount, 12);
  for (let r = 0; r < last; r++) {
    const texts = grid.rowTexts(r, 30).map((t) => t.text);
    if (texts.some((t) => /三级指标/.test(t)) && texts.some((t) => /一级指标/.test(t))) {
      const template: TemplateId = texts.some((t) => /实际完成/.test(t)) ? "self-evaluation" : "project-goal";
      return { template, row: r - 1, col: 0, text: "" };
    }
    // 一级指标 | 二级指标 | 分值 | 得分 without a 三级 column, or 三级指标 | 分值 | 得分: a scoring (评价) table.
    if (texts.some((t) => /^(一级|二级|三级)指标|^指标名称$/.test(t)) && texts.some((t) => /^分值/.test(t)) && texts.some((t) => /得分|自评分|^评分$/.test(t))) {
      return { template: "evaluation-score", row: r - 1, col: 0, text: "" };
    }
    // 年度预算 | 实际执行 | 执行率 (an evaluation report's 资金执行情况, under a caption without 表),
    // unless indicators follow: then it is a self-evaluation table's 项目资金 block.
    if (isExecutionHeader(texts) && !indicatorHeaderBelow(grid, r)) return executionTitle(grid, r, 0);
    if (texts.some((t) => /人员经费/.test(t)) && texts.some((t) => /公用经费/.test(t))) {
      return { template: "general-budget-basic", row: Math.max(-1, r - 2), col: 0, text: "" };
    }
  }
  return undefined;
}

/** The title that comes first (the other one is found again after that table). */
function earlier(a: TitleMatch | undefined, b: TitleMatch | undefined): TitleMatch | undefined {
  if (!a || !b) return a ?? b;
  return b.row < a.row ? b : a;
}

const CAPTION_SCAN_ROWS = 10;

/**
 * A 资金执行情况 table below another one without a 表 title: its header (年度预算 | 实际执行 | 执行率)
 * within the next rows, under a caption that names the project, or none.
 */
function executionCaption(grid: SheetGrid, from: number): TitleMatch | undefined {
  const last = Math.min(grid.rowCount, from + CAPTION_SCAN_ROWS);
  for (let r = from; r < last; r++) {
    if (isExecutionHeader(grid.rowTexts(r, 30).map((t) => t.text))) return executionTitle(grid, r, from);
  }
  return undefined;
}

/**
 * The caption above a 资金执行情况 header (a line of one text naming the project, info lines such
 * as 单位：万元 between them) as its title; without one, the header's own row starts the table.
 */
function executionTitle(grid: SheetGrid, header: number, from: number): TitleMatch {
  for (let r = header - 1; r >= Math.max(from, header - 3); r--) {
    const texts = grid.rowTexts(r, 30);
    if (!texts.length || isInfoLine(grid, r)) continue;
    if (texts.length === 1 && !grid.isNumber(r, texts[0].col)) return { template: "funds-execution", row: r, col: texts[0].col, text: texts[0].text };
    break;
  }
  return { template: "funds-execution", row: header - 1, col: 0, text: "" };
}

/** Whether a row starts another 资金执行情况 table: its header, or a caption (one text) right above it. */
function startsExecutionTable(grid: SheetGrid, row: number): boolean {
  const texts = grid.rowTexts(row, 30).map((t) => t.text);
  if (isExecutionHeader(texts)) return true;
  if (texts.length !== 1 || grid.isNumber(row, grid.rowTexts(row, 30)[0].col)) return false;
  for (let r = row + 1; r < Math.min(grid.rowCount, row + 3); r++) {
    const below = grid.rowTexts(r, 30).map((t) => t.text);
    if (isExecutionHeader(below)) return true;
    if (below.length && !isInfoLine(grid, r)) return false;
  }
  return false;
}

const PAIR_NAME = /(^|\/)(三级指标|指标名称)$/;
const PAIR_TARGET = /(^|\/)指标值$/;
const GROUP_LEVEL = /指标$/;

/**
 * Several 三级指标 | 指标值 pairs side by side (the consolidated Henan 项目绩效目标表 groups them under
 * 产出指标 | 效益指标 | 满意度指标 in the header row above): the pairs in column order with the 一级
 * each group names, or undefined for the usual single pair.
 */
function indicatorPairs(grid: SheetGrid, header: HeaderBlock, columns: readonly TableColumn[], paths: readonly string[]): IndicatorPair[] | undefined {
  const name = columnByRole({ columns }, "name");
  const target = columnByRole({ columns }, "target");
  if (!name || !target || target.col !== name.col + 1) return undefined;
  const pairs: IndicatorPair[] = [];
  for (let c = name.col; c + 1 < paths.length; c++) {
    if (!PAIR_NAME.test(paths[c]) || !PAIR_TARGET.test(paths[c + 1])) continue;
    const group = header.top > 0 ? grid.text(header.top - 1, c) : "";
    pairs.push({ name: c, target: c + 1, level1: GROUP_LEVEL.test(group) && group.length <= 8 ? group : "" });
    c += 1;
  }
  return pairs.length > 1 ? pairs : undefined;
}

function isExecutionHeader(texts: readonly string[]): boolean {
  return texts.some((t) => /预算/.test(t) && !/执行率/.test(t)) && texts.some((t) => /执行数|实际执行|实际支出/.test(t)) && texts.some((t) => /执行率/.test(t));
}

function indicatorHeaderBelow(grid: SheetGrid, from: number): boolean {
  const last = Math.min(grid.rowCount, from + 40);
  for (let r = from; r < last; r++) if (grid.rowTexts(r, 30).some((t) => /(一级|二级|三级)指标/.test(t.text))) return true;
  return false;
}

export type { HeaderBlock };
