import type { Rule, RuleContext } from "../types";
import { reportSums, gridResult, type SumCheck, type SumResult } from "../lib/sums";
import { brokenSumsOf } from "../lib/sum-rules";
import type { RowIdentity } from "../../catalog/templates";
import { phrase } from "../../catalog/messages";
import type { CodedRow, Table, TableColumn } from "../../recognize/model";
import { mapList } from "../../model/lists";
import { applicableRowIdentities, columnLabel, pos, rowsForRowIdentities, type BodyRow } from "../lib/identities";
import type { Identity } from "../lib/equations";

/** A7, A8, A10–A12, A14, A15, A18, A19, A23: on every row, the 合计 column equals its component columns. */
export const rowSum: Rule = {
  meta: {
    id: "row-sum",
    severity: "error",
    category: "within-table",
    description: "rule.row-sum.description",
    messages: ["sums.mismatch", "sums.rounding", "sums.row", "sums.rowNoLabel"],
    reference: "A7 A8 A10 A11 A12 A14 A15 A18 A19 A23",
  },
  brokenSums: (table: Table, ctx: RuleContext) => rowSumChecks(ctx, table),
  checkTable(table, ctx) {
    ctx.identities?.add(table.sheetIndex, () => rowFamilies(table));
    reportSums(ctx, brokenSumsOf(ctx, rowSum, table));
  },
};

function rowIdentityLabel(table: Table, r: BodyRow): string {
  if (table.shape !== "coded") return r.label;
  const code = (r as CodedRow).code;
  return code ? `${code} ${r.label}`.trim() : r.label;
}

/** Whether the rows are strictly increasing (so none repeats). */
function inSheetOrder(rows: readonly { row: number }[]): boolean {
  for (let i = 1; i < rows.length; i++) if (!(rows[i].row > rows[i - 1].row)) return false;
  return true;
}

/** Reused for the one-row parts of row identities while evaluating (a broken check gets its own). */
const ONE_ROW = [0];

function rowSumChecks(ctx: RuleContext, table: Table): SumCheck[] {
  const checks: SumCheck[] = [];
  for (const { identity, total, parts } of applicableRowIdentities(table)) {
    const partCols = mapList(parts, (p) => p.col);
    const rows = rowsForRowIdentities(table, identity.side);
    // Each row once. Rows come in sheet order except on two-sided tables read without a side
    // (both sides share their rows): only then is a set needed.
    const seen = inSheetOrder(rows) ? undefined : new Set<number>();
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (seen) {
        if (seen.has(r.row)) continue;
        seen.add(r.row);
      }
      ONE_ROW[0] = r.row;
      const result = gridResult(ctx.values, table.sheetIndex, r.row, total.col, ONE_ROW, partCols);
      if (result) checks.push(rowCheck(table, identity, total, parts, partCols, r, result));
    }
  }
  return checks;
}

function rowCheck(
  table: Table,
  identity: RowIdentity,
  total: TableColumn,
  parts: TableColumn[],
  partCols: number[],
  r: BodyRow,
  result: SumResult,
): SumCheck {
  return {
    ref: identity.ref,
    severity: identity.severity,
    table: table.template,
    total: pos(table, r.row, total.col),
    parts: { sheetIndex: table.sheetIndex, rows: [r.row], cols: partCols },
    result,
    what: () => {
      const label = rowIdentityLabel(table, r);
      // Rows of figures without a label (a "三公" table with its items as columns) are named by number only.
      return phrase(label ? "sums.row" : "sums.rowNoLabel", {
        row: r.row + 1,
        label,
        total: columnLabel(total),
        parts: parts.map(columnLabel).join(" + "),
      });
    },
  };
}

/** Row identities: on each row, the total column = Σ part columns. */
function rowFamilies(table: Table): Identity[] {
  const out: Identity[] = [];
  for (const { identity, total, parts } of applicableRowIdentities(table)) {
    const seen = new Set<number>();
    const lines = rowsForRowIdentities(table, identity.side)
      .map((r) => r.row)
      .filter((row) => !seen.has(row) && !!seen.add(row));
    out.push({ kind: "sums", sheetIndex: table.sheetIndex, along: "rows", lines, total: total.col, parts: mapList(parts, (p) => p.col) });
  }
  return out;
}
