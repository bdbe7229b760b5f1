/**
 * One mechanism for every "this cell equals the sum of those cells" identity, within a table or
 * across tables: exact money, blank totals left to the blank-total rule, and a gap of at most
 * 0.01 per addend reported as a rounding warning instead of an error.
 */
import { toA1 } from "../../model/a1";
import type { CellLocation, MoneyValue, NestedMessage, Severity } from "../../model/findings";
import { CENT, Money, decimalsUsed, moneyFromNumber } from "../../model/money";
import type { RuleContext } from "../types";
import type { CellValue } from "../../model/snapshot";
import { SAME_UNIT, type ValueReader } from "./values";

export interface CellPos {
  sheetIndex: number;
  row: number;
  col: number;
}

/**
 * The parts of a sum on one sheet as rows × columns (one row and several columns for a row
 * identity, several rows and one column for a column total). Shared arrays instead of one object
 * per cell keep a million-cell check light.
 */
export interface PartsGrid {
  sheetIndex: number;
  rows: readonly number[];
  cols: readonly number[];
}

export type Parts = readonly CellPos[] | PartsGrid;

export interface SumCheck {
  /** Identity reference (docs/domain.md §2), e.g. "A7". */
  ref: string;
  severity: Severity;
  table: string;
  total: CellPos;
  parts: Parts;
  /** What the identity says (a phrase of the message table), e.g. "第5行：合计 = 基本支出 + 项目支出". Built only when reported. */
  what: () => NestedMessage;
  /** Cross-table comparisons: a blank cell means 0 and a difference is reported as a mismatch. */
  blankAsZero?: boolean;
  /** Set when built (within-table checks are built only when broken) or by evaluateSum. */
  result?: SumResult;
}

function isGrid(parts: Parts): parts is PartsGrid {
  return !Array.isArray(parts);
}

export function partCells(parts: Parts): CellPos[] {
  if (!isGrid(parts)) return parts.slice();
  const out: CellPos[] = [];
  for (const row of parts.rows) for (const col of parts.cols) out.push({ sheetIndex: parts.sheetIndex, row, col });
  return out;
}

export type SumOutcome = "ok" | "blank-total" | "invalid" | "rounding" | "mismatch";

export interface SumResult {
  outcome: SumOutcome;
  total: Money;
  sum: Money;
}

/** Evaluates a check once (cross-table checks; the within-table ones come evaluated, see `gridResult`). */
export function evaluateSum(ctx: RuleContext, check: SumCheck): SumResult {
  if (!check.result) check.result = computeSum(ctx, check);
  return check.result;
}

function computeSum(ctx: RuleContext, check: SumCheck): SumResult {
  const total = ctx.values.money(check.total.sheetIndex, check.total.row, check.total.col);
  const parts = check.parts;
  let sum = 0;
  let partsSheet = check.total.sheetIndex;
  if (isGrid(parts)) {
    sum = gridSum(ctx.values, parts.sheetIndex, parts.rows, parts.cols);
    partsSheet = parts.sheetIndex;
  } else {
    addends = 0;
    if (parts.length) partsSheet = parts[0].sheetIndex;
    for (const p of parts) sum += partOf(ctx.values.money(p.sheetIndex, p.row, p.col));
  }
  const scales = ctx.values.unitScales(check.total.sheetIndex, partsSheet);
  const outcome = outcomeOf(total, sum, addends, !!check.blankAsZero, scales);
  return { outcome, total: outcome === "invalid" || total === null ? 0 : total, sum: inTotalUnit(sum, scales) };
}

/**
 * Non-blank addends of the last sum (gridSum, columnSum, computeSum): the rounding tolerance is
 * 0.01 per addend that carries a figure. A module variable rather than a returned pair: the sums
 * run hundreds of thousands of times and must not allocate.
 */
let addends = 0;

/**
 * The result of "total = Σ rows × cols" on one sheet when a rule may report it (a mismatch, a
 * rounding gap or a blank total), undefined when the identity holds or its total is not a number.
 * Allocates nothing for the identities that hold: a county workbook has hundreds of thousands.
 */
export function gridResult(
  values: ValueReader,
  sheetIndex: number,
  totalRow: number,
  totalCol: number,
  rows: readonly number[],
  cols: readonly number[],
): SumResult | undefined {
  const total = values.money(sheetIndex, totalRow, totalCol);
  const sum = gridSum(values, sheetIndex, rows, cols);
  return brokenResult(total, sum, addends, false);
}

/**
 * Σ rows, column by column, into `sums` (one entry per column) and the non-blank addends of each
 * into `counts`: each row is fetched once for all the columns, for the identities that share their
 * part rows across the amount columns. A sum is NaN when one of its parts is not a number.
 */
export function sumsByColumn(
  values: ValueReader,
  sheetIndex: number,
  rows: readonly number[],
  cols: readonly number[],
  sums: number[],
  counts: number[],
): void {
  const cells = values.cellsOf(sheetIndex);
  const formulas = values.hasFormulas(sheetIndex);
  for (let j = 0; j < cols.length; j++) {
    sums[j] = 0;
    counts[j] = 0;
  }
  for (let i = 0; i < rows.length; i++) {
    const line = cells[rows[i]];
    for (let j = 0; j < cols.length; j++) {
      // A blank cell of a sheet without formulas adds nothing and counts for nothing.
      if (!formulas && isBlank(line, cols[j])) continue;
      addends = 0;
      sums[j] += partMoney(values, sheetIndex, line, rows[i], cols[j]);
      counts[j] += addends;
    }
  }
}

/** Whether a cell of a row line is blank (null, or beyond the line). */
function isBlank(line: readonly CellValue[] | undefined, col: number): boolean {
  if (!line) return true;
  const raw = line[col];
  return raw === null || raw === undefined;
}

/** `gridResult` for a total cell whose parts' sum (of `parts` non-blank addends) is already known. */
export function totalResult(values: ValueReader, sheetIndex: number, totalRow: number, totalCol: number, sum: Money, parts: number): SumResult | undefined {
  return brokenResult(values.money(sheetIndex, totalRow, totalCol), sum, parts, false);
}

/**
 * `gridResult` for a cross-table identity: the parts are rows × cols of another sheet, and a blank
 * total counts as 0 (as `blankAsZero` checks do).
 */
export function crossResult(
  values: ValueReader,
  totalSheet: number,
  totalRow: number,
  totalCol: number,
  partsSheet: number,
  rows: readonly number[],
  cols: readonly number[],
): SumResult | undefined {
  const total = values.money(totalSheet, totalRow, totalCol);
  const sum = gridSum(values, partsSheet, rows, cols);
  return brokenResult(total, sum, addends, true, values.unitScales(totalSheet, partsSheet));
}

/**
 * The result when a rule may report it, undefined when the identity holds or the total is not a
 * number. For identities that are not a plain sum of cells (carryover-balance): `sum` is what the
 * total should be, `parts` the number of figures it was worked out from.
 */
export function brokenResult(
  total: Money | null,
  sum: Money,
  parts: number,
  blankAsZero: boolean,
  scales: readonly [number, number] = SAME_UNIT,
): SumResult | undefined {
  const outcome = outcomeOf(total, sum, parts, blankAsZero, scales);
  if (outcome === "ok" || outcome === "invalid") return undefined;
  return { outcome, total: total === null ? 0 : total, sum: inTotalUnit(sum, scales) };
}

/** The parts' sum in the total's unit (万元 parts of a 元 total ×10000, 元 parts of a 万元 total ÷10000). */
function inTotalUnit(sum: Money, scales: readonly [number, number]): Money {
  return scales[0] === scales[1] ? sum : Math.round((sum * scales[1]) / scales[0]);
}

/** Σ rows × cols of a sheet; NaN when a part is not a number. Sets `addends`. */
function gridSum(values: ValueReader, sheetIndex: number, rows: readonly number[], cols: readonly number[]): Money {
  const cells = values.cellsOf(sheetIndex);
  const formulas = values.hasFormulas(sheetIndex);
  let sum = 0;
  addends = 0;
  for (let i = 0; i < rows.length; i++) {
    const line = cells[rows[i]];
    for (let j = 0; j < cols.length; j++) {
      if (!formulas && isBlank(line, cols[j])) continue;
      sum += partMoney(values, sheetIndex, line, rows[i], cols[j]);
    }
  }
  return sum;
}

/** Σ of one column over some rows of a sheet: blank cells add nothing, and a part that is not a number makes it NaN. */
export function columnSum(values: ValueReader, sheetIndex: number, rows: readonly { row: number }[], col: number): Money {
  const cells = values.cellsOf(sheetIndex);
  const formulas = values.hasFormulas(sheetIndex);
  let sum = 0;
  addends = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i].row;
    const line = cells[row];
    if (!formulas && isBlank(line, col)) continue;
    sum += partMoney(values, sheetIndex, line, row, col);
  }
  return sum;
}

/**
 * The amount of a part: 0 when blank, NaN when not a number (text, an error, a formula without its
 * result: the identity cannot be judged, and the hygiene rules report the cell). Plain numbers,
 * nearly every part, are read straight from the row. Counts the non-blank parts in `addends`.
 */
function partMoney(values: ValueReader, sheetIndex: number, line: readonly CellValue[] | undefined, row: number, col: number): Money {
  const raw = line ? line[col] : null;
  if (typeof raw === "number") {
    addends += 1;
    return Number.isFinite(raw) ? moneyFromNumber(raw) : NaN;
  }
  return partOf(raw === null || raw === undefined ? values.emptyMoney(sheetIndex, row, col) : values.money(sheetIndex, row, col));
}

/** A part read as Money or null (blank): blank adds 0, anything else counts as an addend. */
function partOf(m: Money | null): Money {
  if (m === null) return 0;
  addends += 1;
  return m;
}

/**
 * `total` is null when blank and NaN when not a number, `sum` is NaN when a part is not a number
 * (either way the identity is not judged); `parts` counts the non-blank addends.
 */
function outcomeOf(
  total: Money | null,
  sum: Money,
  parts: number,
  blankAsZero: boolean,
  scales: readonly [number, number] = SAME_UNIT,
): SumOutcome {
  const n = Math.max(1, parts);
  if ((total !== null && total !== total) || sum !== sum) return "invalid";
  // Across tables in 万元 and 元 the two sides are compared in 元, with the 万元 side's rounding.
  // Indexed, not destructured: destructuring runs the array iterator until the code is optimised.
  const ts = scales[0];
  const ps = scales[1];
  const cent = CENT * (ts > ps ? ts : ps);
  const s = sum * ps;
  if (total === null && blankAsZero) {
    if (s === 0) return "ok";
    return Math.abs(s) <= cent * n ? "rounding" : "mismatch";
  }
  if (total === null) return s !== 0 ? "blank-total" : "ok";
  const diff = Math.abs(total * ts - s);
  if (diff === 0) return "ok";
  return diff <= cent * n ? "rounding" : "mismatch";
}

/** Decimals to show: two, or more when the figures themselves use more. */
export function shownDecimals(...values: Money[]): number {
  return Math.max(2, ...values.map(decimalsUsed));
}

/** An amount as findings carry it, shown at `decimals`. */
export function money(m: Money, decimals: number): MoneyValue {
  return { money: m, decimals };
}

/** A difference: shown with "+" when positive. */
export function signed(m: Money, decimals: number): MoneyValue {
  return { money: m, decimals, signed: true };
}

export function locate(ctx: RuleContext, p: CellPos): CellLocation {
  return { sheet: ctx.workbook.sheets[p.sheetIndex].name, cell: toA1(p.row, p.col) };
}

/** Evaluates the checks and reports mismatches and rounding gaps (blank totals are another rule's). */
export function reportSums(ctx: RuleContext, checks: readonly SumCheck[]): void {
  for (const check of checks) {
    const r = evaluateSum(ctx, check);
    if (r.outcome !== "mismatch" && r.outcome !== "rounding") continue;
    const d = shownDecimals(r.total, r.sum);
    const params = {
      what: check.what(),
      expected: money(r.sum, d),
      actual: money(r.total, d),
      difference: signed(r.total - r.sum, d),
    };
    const where = locate(ctx, check.total);
    ctx.report({
      severity: r.outcome === "rounding" ? "warning" : check.severity,
      sheet: where.sheet,
      cell: where.cell,
      related: partCells(check.parts).map((p) => locate(ctx, p)),
      messageId: r.outcome === "rounding" ? "sums.rounding" : "sums.mismatch",
      data: params,
      expected: params.expected,
      actual: params.actual,
      difference: params.difference,
      table: check.table,
    });
  }
}
