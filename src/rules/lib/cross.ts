/** Helpers for cross-table identities: finding tables and reading amounts by code. */
import { columnByRole, type ColumnRole, type CodedRow, type CodedTable, type SummaryRow, type SummaryTable, type Table, type TableColumn, type TemplateId } from "../../recognize/model";
import { stripOrdinal } from "../../recognize/summary";
import type { RuleContext } from "../types";
import { CodeIndex, codeIndexOf, nearestAncestor } from "./identities";
import { perRun } from "./memo";
import { AMOUNT_TABLES, TEMPLATES } from "../../catalog/templates";
import type { CellPos } from "./sums";

/** The tables of one department's disclosure package (see `packagesOf`). */
export type Package = readonly Table[];

/** The nine numeric budget tables: a repeat of one of them starts the next department's package. */
const PACKAGE_TEMPLATES = new Set<TemplateId>(AMOUNT_TABLES);

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
  let seen = new Set<string>();
  for (const table of ctx.tables) {
    const last = current.length ? current[current.length - 1] : undefined;
    // The halves of a side-by-side table (same sheet, same header) belong to one package.
    const sameTable = last !== undefined && last.sheetIndex === table.sheetIndex && last.header.top === table.header.top;
    const kind = packageKind(table);
    if (PACKAGE_TEMPLATES.has(table.template) && seen.has(kind) && !sameTable) {
      packages.push(current);
      current = [];
      seen = new Set();
    }
    current.push(table);
    seen.add(kind);
  }
  if (current.length) packages.push(current);
  packageCache.set(ctx.tables, packages);
  return packages;
}

/**
 * What a table is within a package: its template, and for a table by 经济分类 of a template by
 * 功能分类 that too (a department publishes its 一般公共预算支出表 both ways, one after the other).
 */
function packageKind(table: Table): string {
  const variant = table.shape === "coded" && table.codeSystem !== (TEMPLATES[table.template].codeSystem ?? "function");
  return variant ? `${table.template}/${table.codeSystem}` : table.template;
}

export function firstTable(pkg: Package, template: TemplateId): Table | undefined {
  return pkg.find((t) => t.template === template);
}

/**
 * The first table of `template` coded as the template is: the comparisons between tables go by
 * function code, and a 一般公共预算支出表 by 经济分类 beside the one by 功能分类 is not that table.
 */
export function firstCoded(pkg: Package, template: TemplateId): CodedTable | undefined {
  const system = TEMPLATES[template].codeSystem ?? "function";
  for (const t of pkg) if (t.template === template && t.shape === "coded" && t.codeSystem === system) return t;
  return undefined;
}

export function firstSummary(pkg: Package, template: TemplateId): SummaryTable | undefined {
  const t = firstTable(pkg, template);
  return t && t.shape === "summary" ? t : undefined;
}

/**
 * The 基本支出表 of a package with the column holding its amounts: the table and its 合计 column, or
 * the halves of a side-by-side table (人员经费 | 公用经费) each with its amount column. Empty when
 * the amounts have no column of their own.
 */
export function basicTableParts(pkg: Package): { table: CodedTable; amount: TableColumn }[] {
  const first = firstCoded(pkg, "general-budget-basic");
  if (!first) return [];
  if (first.layout !== "side-by-side") {
    const total = columnByRole(first, "total");
    return total ? [{ table: first, amount: total }] : [];
  }
  const parts: { table: CodedTable; amount: TableColumn }[] = [];
  for (const t of pkg) {
    if (t.shape !== "coded" || t.template !== first.template || t.sheetIndex !== first.sheetIndex || t.header.top !== first.header.top) continue;
    const amount = columnByRole(t, "total", "personnel", "public");
    if (!amount) return [];
    parts.push({ table: t, amount });
  }
  return parts;
}

/** The cells of a code's amount in the 基本支出表 of a package (in whichever half lists it). */
export function basicCellsForCode(ctx: RuleContext, parts: readonly { table: CodedTable; amount: TableColumn }[], code: string): CellPos[] {
  const cells: CellPos[] = [];
  for (const p of parts) cells.push(...cellsForCode(ctx, p.table, code, p.amount));
  return cells;
}

export function totalRow(table: CodedTable): CodedRow | undefined {
  return table.rows.find((r) => r.kind === "total");
}

/**
 * The rows that together give a code's amount: the rows written with that code (all of them when
 * it repeats), or, when the table has no such row (split 类|款|项 layouts), the top-most rows under it.
 */
export function rowsForCode(ctx: RuleContext, table: CodedTable, code: string): readonly CodedRow[] {
  return codeLookup(ctx, table).rowsFor(code);
}

/** The code look-up of a table, for a rule that asks it many codes. */
export function codeLookup(ctx: RuleContext, table: CodedTable): CodeLookup {
  return perRun(ctx, "code-lookup", table, newCodeLookup);
}

function newCodeLookup(ctx: RuleContext, table: CodedTable): CodeLookup {
  return new CodeLookup(table, codeIndexOf(ctx, table));
}

const DIGITS = /^\d+$/;

/** Look-ups by code in one table, kept for the run: cross-table rules ask for the same codes. */
export class CodeLookup {
  /** Codes without a row of their own but with rows under them, and those rows. */
  private readonly under = new Map<string, CodedRow[]>();
  /** The 3- and 5-character beginnings of the longer codes (classes and sections with rows under them). */
  private readonly prefixes = new Map<number, Set<string>>();

  constructor(
    private readonly table: CodedTable,
    private readonly index: CodeIndex,
  ) {}

  /** The rows of `code` (shared: callers must not change the array). */
  rowsFor(code: string): readonly CodedRow[] {
    const byCode = this.index.byCode;
    const hit = byCode.get(code);
    if (hit !== undefined) {
      if (Array.isArray(hit)) return hit;
      // A code with one row: its one-row list replaces the row in the index (made once per code,
      // kept where the look-up already is rather than in a map of its own).
      const one = [hit];
      byCode.set(code, one);
      return one;
    }
    // Most codes asked for and absent have nothing under them either (a class the department
    // does not spend on): answer those from the prefixes without looking at the rows.
    if ((code.length === 3 || code.length === 5) && !this.prefixesOf(code.length).has(code)) return [];
    let rows = this.under.get(code);
    if (!rows) {
      rows = this.table.rows
        .filter((r) => r.kind === "coded" && r.code && r.code.startsWith(code) && r.code !== code)
        .filter((r) => {
          const parent = DIGITS.test(r.code!) ? nearestAncestor(this.index.byCode, r.code!) : undefined;
          return !parent || !parent.code!.startsWith(code);
        });
      this.under.set(code, rows);
    }
    return rows;
  }

  private prefixesOf(length: number): Set<string> {
    let set = this.prefixes.get(length);
    if (!set) {
      set = new Set();
      for (let i = 0; i < this.table.rows.length; i++) {
        const r = this.table.rows[i];
        if (r.kind === "coded" && r.code && r.code.length > length) set.add(r.code.slice(0, length));
      }
      this.prefixes.set(length, set);
    }
    return set;
  }
}

export function cellsForCode(ctx: RuleContext, table: CodedTable, code: string, col: TableColumn): CellPos[] {
  return rowsForCode(ctx, table, code).map((r) => ({ sheetIndex: table.sheetIndex, row: r.row, col: col.col }));
}

export function at(table: Table, row: number, col: TableColumn): CellPos {
  return { sheetIndex: table.sheetIndex, row, col: col.col };
}

/** All codes of a coded table, in order of first appearance. */
export function codesOf(ctx: RuleContext, table: CodedTable): string[] {
  return Array.from(codeIndexOf(ctx, table).byCode.keys());
}

/** The three fund sources of the 财政拨款收支总表: expense column role and the words of its income lines. */
export const FISCAL_FUNDS: readonly { key: "gp" | "fund" | "soe"; role: ColumnRole; words: RegExp; template: TemplateId }[] = [
  { key: "gp", role: "expense.gp", words: /^一般公共预算/, template: "general-budget-expenditure" },
  { key: "fund", role: "expense.fund", words: /^政府性?基金/, template: "gov-fund-expenditure" },
  { key: "soe", role: "expense.soe", words: /^国有资本经营/, template: "state-capital-expenditure" },
];

/**
 * A fund's lines in a 财政拨款收支总表 (D2): its income this year (一、一般公共预算财政拨款), its opening
 * balance (the line of that fund under 年初财政拨款结转和结余), and on the expense side the 本年支出合计
 * and the 年末 carry-over rows (read in the fund's column). Undefined parts are absent.
 */
export function fiscalFundLines(
  table: SummaryTable,
  words: RegExp,
): { income?: SummaryRow; opening?: SummaryRow; spent?: SummaryRow; closing?: SummaryRow } {
  const named = (r: SummaryRow) => words.test(stripOrdinal(r.label));
  return {
    income: table.rows.find((r) => r.side === "income" && r.kind === "item" && named(r)),
    opening: table.rows.find((r) => r.side === "income" && r.kind === "carryover-item" && named(r)),
    spent: table.rows.find((r) => r.side === "expense" && r.kind === "current-total"),
    closing: table.rows.find((r) => r.side === "expense" && r.kind === "carryover"),
  };
}
