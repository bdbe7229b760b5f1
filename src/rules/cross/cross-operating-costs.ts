/**
 * X9 (a warning): the 机关运行经费 of T13 equals the 公用经费 of 基本支出表 (the Hebei convention,
 * docs/domain.md §2.2). Only 行政单位 and 参公事业单位 have 机关运行经费, so a department with other
 * units may differ on purpose: hence a warning. Judged when the package has both tables.
 */
import { phrase } from "../../catalog/messages";
import { columnByRole, type CodedTable, type TableColumn } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { at, basicTableParts, firstCoded, Package, packagesOf, totalRow } from "../lib/cross";
import { reportSums, type SumCheck } from "../lib/sums";
import { checksAsIdentities, packageSheets } from "../lib/identity-families";

export const crossOperatingCosts: Rule = {
  meta: {
    id: "cross-operating-costs",
    severity: "warning",
    category: "cross-table",
    description: "rule.cross-operating-costs.description",
    messages: ["sums.mismatch", "sums.rounding", "cross.operatingCosts"],
    reference: "X9",
  },
  checkWorkbook(ctx) {
    for (const pkg of packagesOf(ctx)) {
      ctx.identities?.add(packageSheets(pkg), () => checksAsIdentities(ctx, operatingChecks(ctx, pkg), true));
      reportSums(ctx, operatingChecks(ctx, pkg));
    }
  },
};

function operatingChecks(_ctx: RuleContext, pkg: Package): SumCheck[] {
  const t13 = firstCoded(pkg, "operating-costs");
  const public6 = publicExpenses(pkg);
  if (!t13 || !public6) return [];
  const amount = columnByRole(t13, "total");
  const r13 = totalRow(t13);
  const r6 = totalRow(public6.table);
  if (!amount || !r13 || !r6) return [];
  return [
    {
      ref: "X9",
      severity: "warning",
      table: t13.template,
      total: at(t13, r13.row, amount),
      parts: [at(public6.table, r6.row, public6.column)],
      blankAsZero: true,
      what: () => phrase("cross.operatingCosts"),
    },
  ];
}

/** The 公用经费 column of the package's 基本支出表: its own column, or the 公用经费 half side by side. */
function publicExpenses(pkg: Package): { table: CodedTable; column: TableColumn } | undefined {
  for (const part of basicTableParts(pkg)) {
    const own = columnByRole(part.table, "public");
    if (own) return { table: part.table, column: own };
    if (part.table.layout === "side-by-side" && /公用经费/.test(part.amount.header)) return { table: part.table, column: part.amount };
  }
  return undefined;
}
