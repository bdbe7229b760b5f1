/** Helpers for cross-table identities: finding tables and reading amounts by code. */
import type { CodedRow, CodedTable, SummaryTable, Table, TableColumn, TemplateId } from "../../recognize/model";
import type { RuleContext } from "../types";
import { codeTreeOf } from "./identities";
import type { CellPos } from "./sums";

/** The tables of one department's disclosure package (see `packagesOf`). */
export type Package = readonly Table[];

/** The nine numeric budget tables: a repeat of one of them starts the next department's package. */
const PACKAGE_TEMPLATES = new Set<TemplateId>([
  "income-expense-summary",
  "income",
  "expenditure",
  "fiscal-summary",
  "general-budget-expenditure",
  "general-budget-basic",
  "gov-fund-expenditure",
  "state-capital-expenditure",
  "three-public",
]);

const packageCache = new WeakMap<readonly Table[], Package[]>();

/**
 * Splits the workbook's tables into departments' packages, in sheet order: a county workbook holds
 * many departments' tables, and cross-table identities only hold within one department. A table
 * whose template already occurs in the current package starts a new one; goal tables stay with
 * the package they follow.
 */
export function packagesOf(ctx: RuleContext): Package[] {
  const cached = packageCache.get(ctx.tables);
  if (cached) return cached;
  const packages: Table[][] = [];
  let current: Table[] = [];
  let seen = new Set<TemplateId>();
  for (const table of ctx.tables) {
    if (PACKAGE_TEMPLATES.has(table.template) && seen.has(table.template)) {
      packages.push(current);
      current = [];
      seen = new Set();
    }
    current.push(table);
    seen.add(table.template);
  }
  if (current.length) packages.push(current);
  packageCache.set(ctx.tables, packages);
  return packages;
}

export function firstTable(pkg: Package, template: TemplateId): Table | undefined {
  return pkg.find((t) => t.template === template);
}

export function firstCoded(pkg: Package, template: TemplateId): CodedTable | undefined {
  const t = firstTable(pkg, template);
  return t && t.shape === "coded" ? t : undefined;
}

export function firstSummary(pkg: Package, template: TemplateId): SummaryTable | undefined {
  const t = firstTable(pkg, template);
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
  const tree = codeTreeOf(table);
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
