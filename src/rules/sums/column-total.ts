import type { Rule, RuleContext } from "../types";
import { reportSums, partCells, sumsByColumn, totalResult, type CellPos, type SumCheck, type SumResult } from "../lib/sums";
import { brokenSumsOf } from "../lib/sum-rules";
import { phrase } from "../../catalog/messages";
import type { CodedRow, CodedTable, Table, TableColumn } from "../../recognize/model";
import { mapList } from "../../model/lists";
import { codedCheck, codeIndexOf, codeRoots, columnLabel, numericColArrays, pos, rowsOf } from "../lib/identities";
import { amountCols, columns } from "../lib/identity-families";
import type { Identity } from "../lib/equations";
import type { NestedMessage } from "../../model/findings";

/** A9, A15: the 合计 row equals the sum of the top-level (类) rows, column by column. */
export const columnTotal: Rule = {
  meta: {
    id: "column-total",
    severity: "error",
    category: "within-table",
    description: "rule.column-total.description",
    messages: ["sums.mismatch", "sums.rounding", "sums.columnTotal"],
    shapes: ["coded"],
    reference: "A9 A15",
  },
  brokenSums: (table: Table, ctx: RuleContext) => (table.shape === "coded" ? columnTotalChecks(ctx, table) : []),
  checkTable(table, ctx) {
    if (table.shape !== "coded") return;
    ctx.identities?.add(table.sheetIndex, () => columnTotalFamilies(ctx, table));
    reportSums(ctx, brokenSumsOf(ctx, columnTotal, table));
  },
};

/** 合计 row = Σ root rows (类 rows, or 项 rows when there are no 类/款 rows; unit rows when present). */
function columnTotalChecks(ctx: RuleContext, table: CodedTable): SumCheck[] {
  // The 合计, unit and other rows in one pass over the rows.
  const totals: CodedRow[] = [];
  const units: CodedRow[] = [];
  const others: CodedRow[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows[i];
    if (r.kind === "total") totals.push(r);
    else if (r.kind === "unit") units.push(r);
    else if (r.kind === "other") others.push(r);
  }
  if (totals.length === 0) return [];
  let parts: CodedRow[];
  let level: NestedMessage;
  if (units.length) {
    parts = topUnits(units);
    level = phrase("sums.levelUnit");
  } else {
    const roots = codeRoots(codeIndexOf(ctx, table));
    parts = roots.concat(others);
    level = roots.every((r) => r.code!.length === 3) ? phrase("sums.levelClass") : phrase("sums.levelRoot");
  }
  if (parts.length === 0) return [];
  const checks: SumCheck[] = [];
  const partRows = rowsOf(parts);
  const columns = numericColArrays(table);
  const amountCols = mapList(columns, (c) => c.column.col);
  // The part rows are the same for every column: sum them once for all the columns.
  const sums = mapList(amountCols, () => 0);
  const counts = mapList(amountCols, () => 0);
  sumsByColumn(ctx.values, table.sheetIndex, partRows, amountCols, sums, counts);
  const carried = carriedParts(ctx, table, amountCols, sums, counts);
  for (let t = 0; t < totals.length; t++) {
    const total = totals[t];
    for (let i = 0; i < columns.length; i++) {
      const { column: c, cols } = columns[i];
      const result = totalResult(ctx.values, table.sheetIndex, total.row, c.col, sums[i], counts[i]);
      if (!result) continue;
      const check = columnTotalCheck(table, total, c, cols, partRows, level, result);
      if (carried.length && amountCols.length === 1) check.parts = [...partCells(check.parts), ...carried];
      checks.push(check);
    }
  }
  return checks;
}

/**
 * The top-level rows of halves whose 合计 label is merged into this half (`CodedTable.carried`),
 * added to the one amount column's sum; their cells, for the check's parts.
 */
function carriedParts(ctx: RuleContext, table: CodedTable, amountCols: number[], sums: number[], counts: number[]): CellPos[] {
  if (!table.carried || amountCols.length !== 1) return [];
  const cells: CellPos[] = [];
  for (const block of table.carried) {
    const s = [0];
    const n = [0];
    sumsByColumn(ctx.values, table.sheetIndex, block.rows, [block.col], s, n);
    sums[0] += s[0];
    counts[0] += n[0];
    for (const row of block.rows) cells.push(pos(table, row, block.col));
  }
  return cells;
}

function columnTotalCheck(
  table: CodedTable,
  total: CodedRow,
  c: TableColumn,
  cols: number[],
  partRows: number[],
  level: NestedMessage,
  result: SumResult,
): SumCheck {
  return codedCheck(table, total, c, cols, partRows, result, () => phrase("sums.columnTotal", { label: total.label, column: columnLabel(c), level }));
}

/** 合计 row = Σ root rows (or unit rows), column by column. */
function columnTotalFamilies(ctx: RuleContext, table: CodedTable): Identity[] {
  const totals = table.rows.filter((r) => r.kind === "total");
  if (!totals.length) return [];
  const units = table.rows.filter((r) => r.kind === "unit");
  const parts = units.length ? topUnits(units) : [...codeRoots(codeIndexOf(ctx, table)), ...table.rows.filter((r) => r.kind === "other")];
  if (!parts.length) return [];
  const cols = amountCols(table);
  return totals.map((total) => columns(table.sheetIndex, cols, total.row, rowsOf(parts)));
}

/** The unit rows no other unit row adds up (a department's row, not its units' rows under it). */
function topUnits(units: readonly CodedRow[]): CodedRow[] {
  const under = new Set<number>();
  for (const u of units) if (u.members) for (const m of u.members) under.add(m);
  return units.filter((u) => !under.has(u.row));
}
