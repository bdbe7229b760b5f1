/**
 * The identities each sum rule checks, as families for error localisation (see equations.ts): the
 * same identities as the collectors in identities.ts, holding or not, described per table without
 * evaluating anything. Built only when a failure touches the table's sheet.
 */
import type { CodedTable, LabeledTable, SummaryTable, Table } from "../../recognize/model";
import type { RuleContext } from "../types";
import { CENT } from "../../model/money";
import { mapList } from "../../model/lists";
import type { Identity, LinearIdentity, SumFamily } from "./equations";
import {
  applicableRowIdentities,
  buildCodeIndex,
  childGroups,
  codeIndexOf,
  codeRoots,
  membersOf,
  numericCols,
  rowsForRowIdentities,
  rowsOf,
  sideAmountColumns,
  summaryIdentities,
} from "./identities";
import { partCells, type SumCheck } from "./sums";

function columns(sheetIndex: number, lines: readonly number[], total: number, parts: readonly number[]): SumFamily {
  return { kind: "sums", sheetIndex, along: "columns", lines, total, parts };
}

/** Row identities: on each row, the total column = Σ part columns. */
export function rowFamilies(table: Table): Identity[] {
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

function amountCols(table: Table): number[] {
  return mapList(numericCols(table), (c) => c.col);
}

/** 合计 row = Σ root rows (or unit rows), column by column. */
export function columnTotalFamilies(ctx: RuleContext, table: CodedTable): Identity[] {
  const totals = table.rows.filter((r) => r.kind === "total");
  if (!totals.length) return [];
  const units = table.rows.filter((r) => r.kind === "unit");
  const parts = units.length ? units : [...codeRoots(codeIndexOf(ctx, table)), ...table.rows.filter((r) => r.kind === "other")];
  if (!parts.length) return [];
  const cols = amountCols(table);
  return totals.map((total) => columns(table.sheetIndex, cols, total.row, rowsOf(parts)));
}

/** 类 = Σ款, 款 = Σ项, column by column. */
export function hierarchyFamilies(ctx: RuleContext, table: CodedTable): Identity[] {
  const groups = childGroups(codeIndexOf(ctx, table));
  const cols = amountCols(table);
  return groups.parents.map((parent, g) => columns(table.sheetIndex, cols, parent.row, groups.rows[g]));
}

/** 小计 and unit rows = Σ their top-most members. */
export function subtotalFamilies(table: CodedTable): Identity[] {
  const out: Identity[] = [];
  const byRow = new Map(table.rows.map((x) => [x.row, x] as const));
  const cols = amountCols(table);
  for (const r of table.rows) {
    if ((r.kind !== "subtotal" && r.kind !== "unit") || !r.members || r.members.length === 0) continue;
    const members = membersOf(r.members, byRow);
    const parts = [...codeRoots(buildCodeIndex(members)), ...members.filter((m) => m.kind === "other")];
    if (parts.length) out.push(columns(table.sheetIndex, cols, r.row, rowsOf(parts)));
  }
  return out;
}

/** The summary-table identities of both sides, column by column. */
export function summaryFamilies(table: SummaryTable): Identity[] {
  const out: Identity[] = [];
  for (const side of ["income", "expense"] as const) {
    const cols = mapList(sideAmountColumns(table, side), (c) => c.col);
    if (!cols.length) continue;
    for (const identity of summaryIdentities(table, side)) out.push(columns(table.sheetIndex, cols, identity.total.row, identity.parts));
  }
  return out;
}

/** The rows of a "三公" table that add up, column by column (the roles of threePublicChecks). */
export function threePublicFamilies(table: LabeledTable): Identity[] {
  const find = (role: string) => table.rows.find((r) => r.role === role);
  const cols = amountCols(table);
  const out: Identity[] = [];
  const add = (totalRole: string, partRoles: string[]) => {
    const total = find(totalRole);
    const parts = partRoles.map(find).filter((r): r is NonNullable<typeof r> => !!r);
    if (total && parts.length) out.push(columns(table.sheetIndex, cols, total.row, rowsOf(parts)));
  };
  add("subtotal", ["abroad", "car", "reception"]);
  if (find("subtotal")) add("total", ["subtotal", "meeting", "training"]);
  else if (find("total")) add("total", ["abroad", "car", "reception"]);
  if (find("abroad.teaching") || find("abroad.other")) add("abroad", ["abroad.teaching", "abroad.other"]);
  add("car", ["car.purchase", "car.running"]);
  return out;
}

/**
 * Sum checks as linear identities: the total at the scale of its sheet's unit, each part at its
 * own (a 万元 table against a 元 table), within 0.01 of the larger unit per figure.
 */
export function checksAsIdentities(ctx: RuleContext, checks: readonly SumCheck[], between: boolean): LinearIdentity[] {
  return checks.map((check) => {
    const parts = partCells(check.parts);
    const [ts, ps] = ctx.values.unitScales(check.total.sheetIndex, parts.length ? parts[0].sheetIndex : check.total.sheetIndex);
    const terms = [{ at: check.total, coef: ts }];
    for (const p of parts) terms.push({ at: p, coef: -ps });
    const identity: LinearIdentity = { kind: "linear", terms, between, perFigure: CENT * Math.max(ts, ps) };
    if (check.blankAsZero) identity.blankAsZero = true;
    return identity;
  });
}

/** The sheets a list of checks reads. */
export function sheetsOfChecks(checks: readonly SumCheck[]): number[] {
  const sheets = new Set<number>();
  for (const c of checks) {
    sheets.add(c.total.sheetIndex);
    for (const p of partCells(c.parts)) sheets.add(p.sheetIndex);
  }
  return Array.from(sheets);
}

/** The sheets of a department's package (cross-table identities are registered per package). */
export function packageSheets(pkg: readonly Table[]): number[] {
  return Array.from(new Set(pkg.map((t) => t.sheetIndex)));
}

/** The sheets of the first table of each template in a package (the tables a cross-table rule reads). */
export function tableSheets(pkg: readonly Table[], templates: readonly string[]): number[] {
  const sheets: number[] = [];
  for (const template of templates) {
    const t = pkg.find((x) => x.template === template);
    if (t && !sheets.includes(t.sheetIndex)) sheets.push(t.sheetIndex);
  }
  return sheets;
}
