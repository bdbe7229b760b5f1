import { formatMoney } from "../../core/money";
import { t } from "../../i18n";
import type { Rule, RuleContext } from "../types";
import { cellsForCode, codesOf, column, firstCoded, Package, packagesOf } from "../support/cross";
import { columnLabel } from "../support/identities";
import { locate, shownDecimals } from "../support/sums";

/** X6: per code and column, 一般公共预算支出表 ≤ 支出总表 (a part of the money cannot exceed all of it). */
export const crossGeneralWithinTotal: Rule = {
  meta: {
    id: "cross-general-within-total",
    severity: "error",
    category: "cross-table",
    description: "rule.cross-general-within-total.description",
    messages: ["cross.generalExceeds", "cross.generalMissing"],
    reference: "X6",
  },
  checkWorkbook(ctx) {
    for (const pkg of packagesOf(ctx)) checkPackage(ctx, pkg);
  },
};

function checkPackage(ctx: RuleContext, pkg: Package): void {
  {
    const t5 = firstCoded(pkg, "general-budget-expenditure");
    const t3 = firstCoded(pkg, "expenditure");
    if (!t5 || !t3) return;
    for (const role of ["total", "basic", "project"]) {
      const c5 = column(t5, role);
      const c3 = column(t3, role);
      if (!c5 || !c3) continue;
      for (const code of codesOf(t5)) {
        const mine = cellsForCode(t5, code, c5);
        const theirs = cellsForCode(t3, code, c3);
        const sum = (cells: typeof mine) => cells.reduce((s, p) => s + ctx.values.amount(p.sheetIndex, p.row, p.col).amount, 0);
        const a5 = sum(mine);
        const a3 = sum(theirs);
        if (a5 <= a3 || mine.length === 0) continue;
        const where = locate(ctx, mine[0]);
        const d = shownDecimals(a5, a3);
        const label = t5.rows.find((r) => r.code === code)?.label ?? "";
        ctx.report({
          sheet: where.sheet,
          cell: where.cell,
          related: theirs.map((p) => locate(ctx, p)),
          message: t(theirs.length ? "cross.generalExceeds" : "cross.generalMissing", {
            code,
            label,
            column: columnLabel(c5),
            value: formatMoney(a5, d),
            other: formatMoney(a3, d),
          }),
          expected: `≤ ${formatMoney(a3, d)}`,
          actual: formatMoney(a5, d),
          difference: formatMoney(a5 - a3, d),
          table: t5.template,
        });
      }
    }
  }
}
