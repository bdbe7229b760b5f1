import type { Rule, RuleContext } from "../types";
import { reportSums, sumsByColumn, totalResult, type SumCheck, type SumResult } from "../lib/sums";
import { brokenSumsOf } from "../lib/sum-rules";
import { phrase } from "../../catalog/messages";
import type { CodedRow, CodedTable, Table, TableColumn } from "../../recognize/model";
import { mapList } from "../../model/lists";
import { childGroups, codedCheck, codeIndexOf, columnLabel, numericColArrays } from "../lib/identities";
import { amountCols, columns } from "../lib/identity-families";
import type { Identity } from "../lib/equations";

/** A9: 类 = Σ款, 款 = Σ项 for every amount column, grouping repeated codes. */
export const codeHierarchy: Rule = {
  meta: {
    id: "code-hierarchy",
    severity: "error",
    category: "within-table",
    description: "rule.code-hierarchy.description",
    messages: ["sums.mismatch", "sums.rounding", "sums.hierarchy"],
    shapes: ["coded"],
    reference: "A9",
  },
  brokenSums: (table: Table, ctx: RuleContext) => (table.shape === "coded" ? hierarchyChecks(ctx, table) : []),
  checkTable(table, ctx) {
    if (table.shape !== "coded") return;
    ctx.identities?.add(table.sheetIndex, () => hierarchyFamilies(ctx, table));
    reportSums(ctx, brokenSumsOf(ctx, codeHierarchy, table));
  },
};

function childCodeList(children: CodedRow[]): string {
  const codes = Array.from(new Set(children.map((c) => c.code!)));
  return codes.length > 4 ? `${codes.slice(0, 4).join("、")}等` : codes.join("、");
}

/** 类 = Σ款, 款 = Σ项 (nearest present descendants; duplicated codes all count). */
function hierarchyChecks(ctx: RuleContext, table: CodedTable): SumCheck[] {
  const groups = childGroups(codeIndexOf(ctx, table));
  const checks: SumCheck[] = [];
  if (groups.parents.length === 0) return checks;
  const columns = numericColArrays(table);
  const amountCols = mapList(columns, (c) => c.column.col);
  const sums = mapList(amountCols, () => 0);
  const counts = mapList(amountCols, () => 0);
  for (let g = 0; g < groups.parents.length; g++) {
    const parent = groups.parents[g];
    const childRows = groups.rows[g];
    sumsByColumn(ctx.values, table.sheetIndex, childRows, amountCols, sums, counts);
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i].column;
      const result = totalResult(ctx.values, table.sheetIndex, parent.row, c.col, sums[i], counts[i]);
      if (result) checks.push(hierarchyCheck(table, parent, groups.children[g], c, columns[i].cols, childRows, result));
    }
  }
  return checks;
}

function hierarchyCheck(
  table: CodedTable,
  parent: CodedRow,
  children: CodedRow[],
  c: TableColumn,
  cols: number[],
  childRows: number[],
  result: SumResult,
): SumCheck {
  return codedCheck(table, parent, c, cols, childRows, result, () =>
    phrase("sums.hierarchy", { code: parent.code!, label: parent.label, column: columnLabel(c), children: childCodeList(children) }),
  );
}

/** 类 = Σ款, 款 = Σ项, column by column. */
function hierarchyFamilies(ctx: RuleContext, table: CodedTable): Identity[] {
  const groups = childGroups(codeIndexOf(ctx, table));
  const cols = amountCols(table);
  return groups.parents.map((parent, g) => columns(table.sheetIndex, cols, parent.row, groups.rows[g]));
}
