import type { Rule, RuleContext } from "../types";
import { reportSums, gridResult, type SumCheck, type SumResult } from "../lib/sums";
import { brokenSumsOf } from "../lib/sum-rules";
import { phrase } from "../../catalog/messages";
import type { CodedRow, CodedTable, Table, TableColumn } from "../../recognize/model";
import { buildCodeIndex, codedCheck, codeRoots, columnLabel, membersOf, numericColArrays, rowsOf } from "../lib/identities";
import { amountCols, columns } from "../lib/identity-families";
import type { Identity } from "../lib/equations";

/** 小计 rows (before or after their members) and unit rows equal the rows they group. */
export const subtotalGroup: Rule = {
  meta: {
    id: "subtotal-group",
    severity: "error",
    category: "within-table",
    description: "rule.subtotal-group.description",
    messages: ["sums.mismatch", "sums.rounding", "sums.subtotal"],
    shapes: ["coded"],
    reference: "A15",
  },
  brokenSums: (table: Table, ctx: RuleContext) => (table.shape === "coded" ? subtotalChecks(ctx, table) : []),
  checkTable(table, ctx) {
    if (table.shape !== "coded") return;
    ctx.identities?.add(table.sheetIndex, () => subtotalFamilies(table));
    reportSums(ctx, brokenSumsOf(ctx, subtotalGroup, table));
  },
};

/**
 * What a group adds up: its top-most coded members (类 and its 款 are not both counted), its other
 * rows, and the unit rows under a department's row.
 */
function partsOf(members: CodedRow[]): CodedRow[] {
  return [...codeRoots(buildCodeIndex(members)), ...members.filter((m) => m.kind === "other" || m.kind === "unit")];
}

/** 小计 and unit rows = Σ their members (only the top-most coded members, so 类 and its 款 are not both counted). */
function subtotalChecks(ctx: RuleContext, table: CodedTable): SumCheck[] {
  const checks: SumCheck[] = [];
  let byRow: Map<number, CodedRow> | undefined;
  let columns: { column: TableColumn; cols: number[] }[] | undefined;
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows[i];
    if ((r.kind !== "subtotal" && r.kind !== "unit") || !r.members || r.members.length === 0) continue;
    byRow = byRow || new Map(table.rows.map((x) => [x.row, x] as const));
    columns = columns || numericColArrays(table);
    const members = membersOf(r.members, byRow);
    const parts = partsOf(members);
    if (parts.length === 0) continue;
    const partRows = rowsOf(parts);
    for (let j = 0; j < columns.length; j++) {
      const { column: c, cols } = columns[j];
      const result = gridResult(ctx.values, table.sheetIndex, r.row, c.col, partRows, cols);
      if (result) checks.push(subtotalCheck(table, r, c, cols, partRows, result));
    }
  }
  return checks;
}

function subtotalCheck(table: CodedTable, r: CodedRow, c: TableColumn, cols: number[], partRows: number[], result: SumResult): SumCheck {
  const what = () => phrase("sums.subtotal", { row: r.row + 1, label: r.label, column: columnLabel(c), count: partRows.length });
  return codedCheck(table, r, c, cols, partRows, result, what, "A15");
}

/** 小计 and unit rows = Σ their top-most members. */
function subtotalFamilies(table: CodedTable): Identity[] {
  const out: Identity[] = [];
  const byRow = new Map(table.rows.map((x) => [x.row, x] as const));
  const cols = amountCols(table);
  for (const r of table.rows) {
    if ((r.kind !== "subtotal" && r.kind !== "unit") || !r.members || r.members.length === 0) continue;
    const members = membersOf(r.members, byRow);
    const parts = partsOf(members);
    if (parts.length) out.push(columns(table.sheetIndex, cols, r.row, rowsOf(parts)));
  }
  return out;
}
