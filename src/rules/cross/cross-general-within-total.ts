import { formatMoney, Money } from "../../model/money";
import type { Rule, RuleContext } from "../types";
import { columnByRole, type CodedRow, type CodedTable, type TableColumn } from "../../recognize/model";
import { at, codeLookup, codesOf, firstCoded, Package, packagesOf } from "../lib/cross";
import { columnLabel } from "../lib/identities";
import { columnSum, locate, money, shownDecimals } from "../lib/sums";
import type { LinearIdentity } from "../lib/equations";

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
    for (const pkg of packagesOf(ctx)) {
      const t5 = firstCoded(pkg, "general-budget-expenditure");
      const t3 = firstCoded(pkg, "expenditure");
      if (t5 && t3) ctx.identities?.add([t5.sheetIndex, t3.sheetIndex], () => inequalities(ctx, pkg));
      checkPackage(ctx, pkg);
    }
  },
};

function checkPackage(ctx: RuleContext, pkg: Package): void {
  {
    const t5 = firstCoded(pkg, "general-budget-expenditure");
    const t3 = firstCoded(pkg, "expenditure");
    if (!t5 || !t3) return;
    // The rows of each code in both tables, looked up once for the three columns.
    const codes = codesOf(ctx, t5);
    const in5 = codeLookup(ctx, t5);
    const in3 = codeLookup(ctx, t3);
    const mineOf = codes.map((code) => in5.rowsFor(code));
    const theirsOf = codes.map((code) => in3.rowsFor(code));
    for (const role of ["total", "basic", "project"] as const) {
      const c5 = columnByRole(t5, role);
      const c3 = columnByRole(t3, role);
      if (!c5 || !c3) continue;
      const scales = ctx.values.unitScales(t5.sheetIndex, t3.sheetIndex);
      for (let i = 0; i < codes.length; i++) {
        const code = codes[i];
        // Sums first, straight from the rows; cells are listed only for a finding.
        const mine = mineOf[i];
        const theirs = theirsOf[i];
        const a5 = columnSum(ctx.values, t5.sheetIndex, mine, c5.col);
        const a3 = columnSum(ctx.values, t3.sheetIndex, theirs, c3.col);
        // Compared in one unit when one table is in 万元 and the other in 元; NaN (a part not a number) is not judged.
        if (!(a5 * scales[0] > a3 * scales[1]) || mine.length === 0) continue;
        reportExcess(ctx, t5, t3, code, mine, theirs, c5, c3, a5, scales[0] === scales[1] ? a3 : Math.round((a3 * scales[1]) / scales[0]));
      }
    }
  }
}

/** The finding for a code whose 一般公共预算 amount exceeds the 支出总表 one (off the code loop). */
function reportExcess(
  ctx: RuleContext,
  t5: CodedTable,
  t3: CodedTable,
  code: string,
  mine: readonly CodedRow[],
  theirs: readonly CodedRow[],
  c5: TableColumn,
  c3: TableColumn,
  a5: Money,
  a3: Money,
): void {
  const where = locate(ctx, at(t5, mine[0].row, c5));
  const d = shownDecimals(a5, a3);
  const label = t5.rows.find((r) => r.code === code)?.label ?? "";
  ctx.report({
    sheet: where.sheet,
    cell: where.cell,
    related: theirs.map((r) => locate(ctx, at(t3, r.row, c3))),
    messageId: theirs.length ? "cross.generalExceeds" : "cross.generalMissing", data: {
      code,
      label,
      column: columnLabel(c5),
      value: money(a5, d),
      other: money(a3, d),
    },
    expected: `≤ ${formatMoney(a3, d)}`,
    actual: money(a5, d),
    difference: money(a5 - a3, d),
    table: t5.template,
  });
}

/** X6 as inequalities for localisation: per code and column, Σ 一般公共预算 rows − Σ 支出总表 rows ≤ 0. */
function inequalities(ctx: RuleContext, pkg: Package): LinearIdentity[] {
  const t5 = firstCoded(pkg, "general-budget-expenditure");
  const t3 = firstCoded(pkg, "expenditure");
  if (!t5 || !t3) return [];
  const in5 = codeLookup(ctx, t5);
  const in3 = codeLookup(ctx, t3);
  const [s5, s3] = ctx.values.unitScales(t5.sheetIndex, t3.sheetIndex);
  const out: LinearIdentity[] = [];
  for (const role of ["total", "basic", "project"] as const) {
    const c5 = columnByRole(t5, role);
    const c3 = columnByRole(t3, role);
    if (!c5 || !c3) continue;
    for (const code of codesOf(ctx, t5)) {
      const mine = in5.rowsFor(code);
      if (!mine.length) continue;
      const terms = mine.map((r) => ({ at: at(t5, r.row, c5), coef: s5 }));
      for (const r of in3.rowsFor(code)) terms.push({ at: at(t3, r.row, c3), coef: -s3 });
      out.push({ kind: "linear", terms, between: true, blankAsZero: true, atMost: true, perFigure: 0 });
    }
  }
  return out;
}
