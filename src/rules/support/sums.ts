/**
 * One mechanism for every "this cell equals the sum of those cells" identity, within a table or
 * across tables: exact money, blank totals left to the blank-total rule, and a gap of at most
 * 0.01 per addend reported as a rounding warning instead of an error.
 */
import { toA1 } from "../../core/a1";
import type { CellLocation, Severity } from "../../core/findings";
import { CENT, formatMoney, Money, decimalsUsed } from "../../core/money";
import { t } from "../../i18n";
import type { RuleContext } from "../types";

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
  /** Identity reference (reference.md §2), e.g. "A7". */
  ref: string;
  severity: Severity;
  table: string;
  total: CellPos;
  parts: Parts;
  /** What the identity says, in zh-CN, e.g. "第5行：合计 = 基本支出 + 项目支出". Built only when reported. */
  what: () => string;
  /** Cross-table comparisons: a blank cell means 0 and a difference is reported as a mismatch. */
  blankAsZero?: boolean;
  /** Set by evaluateSum: a check shared by a sum rule and blank-total is evaluated once. */
  result?: SumResult;
}

function isGrid(parts: Parts): parts is PartsGrid {
  return !Array.isArray(parts);
}

export function partCount(parts: Parts): number {
  return isGrid(parts) ? parts.rows.length * parts.cols.length : parts.length;
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

/** Evaluates a check once per run (a check object is shared by a sum rule and blank-total). */
export function evaluateSum(ctx: RuleContext, check: SumCheck): SumResult {
  if (!check.result) check.result = computeSum(ctx, check);
  return check.result;
}

function computeSum(ctx: RuleContext, check: SumCheck): SumResult {
  const total = ctx.values.amount(check.total.sheetIndex, check.total.row, check.total.col);
  let sum = 0;
  let anyPart = false;
  const parts = check.parts;
  if (isGrid(parts)) {
    for (const row of parts.rows) {
      for (const col of parts.cols) {
        const a = ctx.values.amount(parts.sheetIndex, row, col);
        sum += a.amount;
        if (!a.blank) anyPart = true;
      }
    }
  } else {
    for (const p of parts) {
      const a = ctx.values.amount(p.sheetIndex, p.row, p.col);
      sum += a.amount;
      if (!a.blank) anyPart = true;
    }
  }
  const n = Math.max(1, partCount(parts));
  if (total.invalid) return { outcome: "invalid", total: 0, sum };
  if (total.blank && check.blankAsZero) {
    if (sum === 0) return { outcome: "ok", total: 0, sum };
    return { outcome: Math.abs(sum) <= CENT * n ? "rounding" : "mismatch", total: 0, sum };
  }
  if (total.blank) return { outcome: sum !== 0 || (anyPart && sum !== 0) ? "blank-total" : "ok", total: 0, sum };
  const diff = Math.abs(total.amount - sum);
  if (diff === 0) return { outcome: "ok", total: total.amount, sum };
  if (diff <= CENT * n) return { outcome: "rounding", total: total.amount, sum };
  return { outcome: "mismatch", total: total.amount, sum };
}

/** Decimals to show: two, or more when the figures themselves use more. */
export function shownDecimals(...values: Money[]): number {
  return Math.max(2, ...values.map(decimalsUsed));
}

export function signed(m: Money, decimals: number): string {
  const s = formatMoney(m, decimals);
  return m > 0 ? "+" + s : s;
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
      expected: formatMoney(r.sum, d),
      actual: formatMoney(r.total, d),
      difference: signed(r.total - r.sum, d),
    };
    const where = locate(ctx, check.total);
    ctx.report({
      severity: r.outcome === "rounding" ? "warning" : check.severity,
      sheet: where.sheet,
      cell: where.cell,
      related: partCells(check.parts).map((p) => locate(ctx, p)),
      message: t(r.outcome === "rounding" ? "sums.rounding" : "sums.mismatch", params),
      expected: params.expected,
      actual: params.actual,
      difference: params.difference,
      table: check.table,
    });
  }
}
