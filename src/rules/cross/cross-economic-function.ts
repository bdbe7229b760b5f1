import { columnByRole } from "../../recognize/model";
import { phrase } from "../../catalog/messages";
import type { Rule, RuleContext } from "../types";
import { basicCellsForCode, basicTableParts, cellsForCode, firstCoded, Package, packagesOf } from "../lib/cross";
import { reportSums, SumCheck } from "../lib/sums";
import { checksAsIdentities, packageSheets } from "../lib/identity-families";

/**
 * X8 (a warning; local practice varies): social-insurance and housing lines of 基本支出表 match the
 * functional lines that pay them in 一般公共预算支出表 (基本支出 column).
 */
const PAIRS: { economic: string; functional: string[] }[] = [
  { economic: "30108", functional: ["2080505"] },
  { economic: "30110", functional: ["2101101"] },
  { economic: "30111", functional: ["2101103"] },
  { economic: "30112", functional: ["20827"] },
  { economic: "30113", functional: ["2210201"] },
  { economic: "30302", functional: ["2080501"] },
];

export const crossEconomicFunction: Rule = {
  meta: {
    id: "cross-economic-function",
    severity: "warning",
    category: "cross-table",
    description: "rule.cross-economic-function.description",
    messages: ["sums.mismatch", "sums.rounding", "cross.economicFunction"],
    reference: "X8",
  },
  checkWorkbook(ctx) {
    for (const pkg of packagesOf(ctx)) {
      ctx.identities?.add(packageSheets(pkg), () => checksAsIdentities(ctx, pairChecks(ctx, pkg), true));
      reportSums(ctx, pairChecks(ctx, pkg));
    }
  },
};

function pairChecks(ctx: RuleContext, pkg: Package): SumCheck[] {
  const t5 = firstCoded(pkg, "general-budget-expenditure");
  const t6 = basicTableParts(pkg);
  if (!t5 || t6.length === 0) return [];
  const basic5 = columnByRole(t5, "basic");
  if (!basic5) return [];
  const checks: SumCheck[] = [];
  for (const pair of PAIRS) {
    const economic = basicCellsForCode(ctx, t6, pair.economic);
    const functional = pair.functional.flatMap((code) => cellsForCode(ctx, t5, code, basic5));
    // Only pairs the department uses: both lines present.
    if (economic.length !== 1 || functional.length === 0) continue;
    checks.push({
      ref: "X8",
      severity: "warning",
      table: t6[0].table.template,
      blankAsZero: true,
      total: economic[0],
      parts: functional,
      what: () => phrase("cross.economicFunction", { economic: pair.economic, functional: pair.functional.join("、") }),
    });
  }
  return checks;
}
