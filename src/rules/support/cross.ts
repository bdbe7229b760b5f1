/** Helpers for cross-table identities: finding tables and reading amounts by code. */
import type { CodedRow, CodedTable, SummaryTable, Table, TableColumn, TemplateId } from "../../recognize/model";
import type { RuleContext } from "../types";
import { buildCodeTree } from "./identities";
import type { CellPos } from "./sums";

export function firstTable(ctx: RuleContext, template: TemplateId): Table | undefined {
  return ctx.tables.find((t) => t.template === template);
}

export function firstCoded(ctx: RuleContext, template: TemplateId): CodedTable | undefined {
  const t = firstTable(ctx, template);
  return t && t.shape === "coded" ? t : undefined;
}

export function firstSummary(ctx: RuleContext, template: TemplateId): SummaryTable | undefined {
  const t = firstTable(ctx, template);
  return t && t.shape === "summary" ? t : undefined;
}

export function column(table: Table, ...roles: string[]): TableColumn | undefined {
  for (const role of roles) {
    const c = table.columns.find((x) => x.role === role);
    if (c) return c;
  }
  return undefined;
}

export function totalRow(table: CodedTable): CodedRow | undefined {
  return table.rows.find((r) => r.kind === "total");
}

/**
 * The rows that together give a code's amount: the rows written with that code (all of them when
 * it repeats), or, when the table has no such row (split 类|款|项 layouts), the top-most rows under it.
 */
export function rowsForCode(table: CodedTable, code: string): CodedRow[] {
  const tree = buildCodeTree(table.rows);
  const exact = tree.byCode.get(code);
  if (exact) return exact;
  const under = table.rows.filter((r) => r.kind === "coded" && r.code && r.code.startsWith(code) && r.code !== code);
  return under.filter((r) => {
    const parent = tree.parentOf.get(r);
    return !parent || !parent.code!.startsWith(code);
  });
}

export function cellsForCode(table: CodedTable, code: string, col: TableColumn): CellPos[] {
  return rowsForCode(table, code).map((r) => ({ sheetIndex: table.sheetIndex, row: r.row, col: col.col }));
}

export function at(table: Table, row: number, col: TableColumn): CellPos {
  return { sheetIndex: table.sheetIndex, row, col: col.col };
}

/** All codes of a coded table, in order of first appearance. */
export function codesOf(table: CodedTable): string[] {
  const seen = new Set<string>();
  for (const r of table.rows) if (r.kind === "coded" && r.code && /^\d+$/.test(r.code)) seen.add(r.code);
  return Array.from(seen);
}
