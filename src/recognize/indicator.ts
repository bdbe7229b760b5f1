/** Indicator rows of goal, self-evaluation and scoring tables (一级/二级 carried down over merges and blanks). */
import { type ColumnRole, type IndicatorPair, type IndicatorRow, type TableColumn } from "./model";
import type { SheetGrid } from "./grid";
import { parseText } from "../model/values";

const STOP = /^(说明|注|备注)[:：0-9]?/;

/**
 * Optional fields of an indicator row and the column roles they are read from. Not the target: it
 * is read once per row below, from its column or from 符号 | 值 | 单位.
 */
const OPTIONAL: (keyof IndicatorRow & ColumnRole)[] = ["description", "basis", "actual", "reason", "weight", "score", "project", "goal"];

/**
 * The indicator rows between `top` and `bottom`. With `pairs` (several 三级指标 | 指标值 pairs side by
 * side), each pair on a sheet row is an indicator of its own, filed under the pair's 一级.
 */
export function buildIndicatorRows(grid: SheetGrid, columns: TableColumn[], top: number, bottom: number, pairs?: readonly IndicatorPair[]): IndicatorRow[] {
  // The column of each role, the first one as columnByRole gives it (one pass over the columns).
  const colOf = new Map<ColumnRole, number>();
  for (let i = 0; i < columns.length; i++) if (!colOf.has(columns[i].role)) colOf.set(columns[i].role, columns[i].col);
  const c1 = colOf.get("level1");
  const c2 = colOf.get("level2");
  const cName = colOf.get("name");
  const cTarget = colOf.get("target");
  // Only the optional fields the table has a column for (the others stay undefined).
  const optionalKeys: (keyof IndicatorRow & ColumnRole)[] = [];
  const optionalCols: number[] = [];
  for (let i = 0; i < OPTIONAL.length; i++) {
    const col = colOf.get(OPTIONAL[i]);
    if (col !== undefined) {
      optionalKeys.push(OPTIONAL[i]);
      optionalCols.push(col);
    }
  }
  const cProject = colOf.get("project");
  // 指标值 split into 符号 | 值 | 单位 is read back as one target ("≥" 410 "万人" → "≥410万人").
  const cSymbol = colOf.get("target.symbol");
  const cUnit = colOf.get("target.unit");
  // 指标性质 | 指标值 | 度量单位 side by side: the 指标值 column is the split's 值, and the unit is also
  // that of a bare 实际完成值 on the row (a self-evaluation's 98 beside 度量单位 % is 98%).
  const flatSplit = colOf.get("target.value") === undefined && cTarget !== undefined && (cSymbol !== undefined || cUnit !== undefined);
  const cValue = flatSplit ? cTarget : colOf.get("target.value");
  const rows: IndicatorRow[] = [];
  let level1 = "";
  let level2 = "";
  let project = "";
  for (let r = top; r <= bottom; r++) {
    if (STOP.test(firstText(grid, r))) break;
    // A new project starts its own 一级/二级 blocks (the project cell is merged down its block,
    // or written on its first row only).
    const p = textAt(grid, r, cProject);
    if (p && p !== project) {
      project = p;
      level1 = "";
      level2 = "";
    }
    const l1 = textAt(grid, r, c1);
    const l2 = textAt(grid, r, c2);
    if (l1) {
      if (l1 !== level1) level2 = "";
      level1 = l1;
    }
    if (l2) level2 = l2;
    if (pairs) {
      for (const pair of pairs) {
        const name = grid.text(r, pair.name);
        const target = grid.shownText(r, pair.target);
        if (!name && !target) continue;
        const row = blankRow(r, level1 || pair.level1, level2, name);
        row.target = target || undefined;
        row.nameCol = pair.name;
        row.targetCol = pair.target;
        if (project) row.project = project;
        rows.push(row);
      }
      continue;
    }
    const name = textAt(grid, r, cName);
    const split = (cTarget === undefined || flatSplit) && cValue !== undefined;
    const target = split ? splitTarget(grid, r, cSymbol, cValue, cUnit) : shownAt(grid, r, cTarget);
    if (!name && !target) continue;
    const row = blankRow(r, level1, level2, name);
    for (let i = 0; i < optionalCols.length; i++) {
      // Targets and results as the table shows them ("92.00%", not 0.92).
      const v = SHOWN_FIELDS.has(optionalKeys[i]) ? grid.shownText(r, optionalCols[i]) : grid.text(r, optionalCols[i]);
      if (v) (row as unknown as Record<string, string>)[optionalKeys[i]] = v;
    }
    if (flatSplit && row.actual !== undefined && BARE_NUMBER.test(row.actual)) row.actual = withUnit(row.actual, textAt(grid, r, cUnit));
    // The direction a 指标性质 of 正向 or 反向 gave the target (rules tell the user of that cell).
    if (split) {
      const kind = textAt(grid, r, cSymbol);
      if (directionSymbol(kind, grid.shownText(r, cValue)) !== undefined) row.direction = kind;
    }
    if (project) row.project = project;
    if (target) row.target = target;
    rows.push(row);
  }
  return rows;
}

/** Every field present (absent ones undefined): one shape for all rows, whatever columns a table has. */
function blankRow(row: number, level1: string, level2: string, name: string): IndicatorRow {
  return {
    row,
    level1,
    level2,
    name,
    description: undefined,
    target: undefined,
    basis: undefined,
    actual: undefined,
    reason: undefined,
    weight: undefined,
    score: undefined,
    project: undefined,
    goal: undefined,
    nameCol: undefined,
    targetCol: undefined,
    direction: undefined,
  };
}


function textAt(grid: SheetGrid, row: number, col: number | undefined): string {
  return col === undefined ? "" : grid.text(row, col);
}

function shownAt(grid: SheetGrid, row: number, col: number | undefined): string {
  return col === undefined ? "" : grid.shownText(row, col);
}

/** Optional fields read as displayed (the target is too: see shownAt). */
const SHOWN_FIELDS = new Set<keyof IndicatorRow>(["actual"]);

/** The first non-empty own text among the first four cells ("" for a number: it never stops the table). */
function firstText(grid: SheetGrid, row: number): string {
  const width = Math.min(grid.rowWidth(row), 4);
  for (let c = 0; c < width; c++) {
    if (grid.isNumber(row, c)) return "";
    const t = grid.ownText(row, c);
    if (t) return t;
  }
  return "";
}

/**
 * 符号 + 值 + 单位 as one target; a row with no 值 states its target in words in the 单位 column. A
 * comparison is a symbol; so are 正向 and 反向, which say which way the target points (山西's pmkpi
 * levels: 正向 = ＝ ≥ ＞, 反向 = ＜ ≤), read as ≥ and ≤; a 指标性质 of 定性 or 定量 says what kind of
 * indicator it is and is no symbol. A symbol or unit the 值 already writes is not written twice
 * ("≥95%" beside ≥ and %).
 */
function splitTarget(grid: SheetGrid, row: number, cSymbol: number | undefined, cValue: number, cUnit: number | undefined): string {
  const value = grid.shownText(row, cValue);
  const unit = textAt(grid, row, cUnit);
  if (!value) return unit;
  const symbol = textAt(grid, row, cSymbol);
  const prefix = COMPARISON_START.test(value) ? "" : COMPARISON.test(symbol) ? symbol : (directionSymbol(symbol, value) ?? "");
  return prefix + withUnit(value, unit);
}

/**
 * "≥" for 正向 (more is better), "≤" for 反向 (less is better), as 指标性质 columns write the
 * direction beside a 值 that has no comparison of its own; undefined otherwise.
 */
function directionSymbol(symbol: string, value: string): "≥" | "≤" | undefined {
  if (!value || COMPARISON_START.test(value) || !DIRECTION.test(symbol)) return undefined;
  return symbol.startsWith("正") ? "≥" : "≤";
}

const DIRECTION = /^(正向|反向)(指标)?$/;

/** A comparison as a 符号 or 指标性质 column writes it. */
const COMPARISON = /^([≥≤=＝<>＜＞≧≦]|>=|<=|大于等于|小于等于|大于|小于|等于|不低于|不高于|不少于|不多于|不超过|不大于|不小于)$/;
const COMPARISON_START = /^[≥≤=＝<>＜＞≧≦]/;
const BARE_NUMBER = /^[+-]?[0-9][0-9,]*(\.[0-9]+)?$/;

/** A value with its unit after it, unless it ends with it already or the unit is a dash. */
function withUnit(value: string, unit: string): string {
  if (parseText(unit).kind === "empty" || value.endsWith(unit)) return value;
  return value + unit;
}
