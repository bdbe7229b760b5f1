/**
 * Helpers for describing identities as families for error localisation (see equations.ts): each sum
 * rule describes its own (rules/sums/*), holding or not, per table without evaluating anything;
 * the cross-table rules turn their checks into linear identities here.
 */
import type { Table } from "../../recognize/model";
import type { RuleContext } from "../types";
import { CENT } from "../../model/money";
import { mapList } from "../../model/lists";
import type { LinearIdentity, SumFamily } from "./equations";
import { numericCols } from "./identities";
import { partCells, type SumCheck } from "./sums";

/** A family of column sums: in each of `lines` (sheet columns), row `total` = Σ rows `parts`. */
export function columns(sheetIndex: number, lines: readonly number[], total: number, parts: readonly number[]): SumFamily {
  return { kind: "sums", sheetIndex, along: "columns", lines, total, parts };
}

/** The sheet columns of a table's amount columns. */
export function amountCols(table: Table): number[] {
  return mapList(numericCols(table), (c) => c.col);
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
