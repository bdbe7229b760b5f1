import type { Rule, RuleContext } from "../types";
import { reportSums, gridResult, type SumCheck } from "../lib/sums";
import { brokenSumsOf } from "../lib/sum-rules";
import type { SummaryTable, Table } from "../../recognize/model";
import { mapList } from "../../model/lists";
import { columnLabel, pos, sideAmountColumns, summaryIdentities as identitiesOfSide } from "../lib/identities";
import { columns } from "../lib/identity-families";
import type { Identity } from "../lib/equations";

/** A1–A4, A6, A13: the totals of the two-sided tables. */
export const summaryIdentities: Rule = {
  meta: {
    id: "summary-identities",
    severity: "error",
    category: "within-table",
    description: "rule.summary-identities.description",
    messages: ["sums.mismatch", "sums.rounding", "sums.summaryCurrent", "sums.summaryGrand", "sums.summaryCarryover", "sums.summaryGroup"],
    templates: ["income-expense-summary", "fiscal-summary"],
    reference: "A1 A2 A3 A4 A6 A13",
  },
  brokenSums: (table: Table, ctx: RuleContext) => (table.shape === "summary" ? summaryChecks(ctx, table) : []),
  checkTable(table, ctx) {
    if (table.shape !== "summary") return;
    ctx.identities?.add(table.sheetIndex, () => summaryFamilies(table));
    reportSums(ctx, brokenSumsOf(ctx, summaryIdentities, table));
  },
};

function summaryChecks(ctx: RuleContext, table: SummaryTable): SumCheck[] {
  const checks: SumCheck[] = [];
  for (const side of ["income", "expense"] as const) {
    const ordered = identitiesOfSide(table, side);
    for (const col of sideAmountColumns(table, side)) {
      const cols = [col.col];
      for (const identity of ordered) {
        const result = gridResult(ctx.values, table.sheetIndex, identity.total.row, col.col, identity.parts, cols);
        if (!result) continue;
        const column = columnLabel(col);
        checks.push({
          ref: identity.ref,
          severity: "error",
          table: table.template,
          total: pos(table, identity.total.row, col.col),
          parts: { sheetIndex: table.sheetIndex, rows: identity.parts, cols },
          result,
          what: () => identity.what(column),
        });
      }
    }
  }
  return checks;
}

/** The summary-table identities of both sides, column by column. */
function summaryFamilies(table: SummaryTable): Identity[] {
  const out: Identity[] = [];
  for (const side of ["income", "expense"] as const) {
    const cols = mapList(sideAmountColumns(table, side), (c) => c.col);
    if (!cols.length) continue;
    for (const identity of identitiesOfSide(table, side)) out.push(columns(table.sheetIndex, cols, identity.total.row, identity.parts));
  }
  return out;
}
