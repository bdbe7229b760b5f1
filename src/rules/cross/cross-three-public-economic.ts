import { formatMoney } from "../../model/money";
import type { ThreePublicItem } from "../../catalog/roles";
import { columnByRole, rowByRole, type LabeledTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { basicCellsForCode, basicTableParts, firstTable, Package, packagesOf } from "../lib/cross";
import { locate, money, shownDecimals } from "../lib/sums";

/**
 * X11 (a warning): a "三公"/会议/培训 amount should not exceed the matching economic line of the
 * 基本支出表 — unless part of it is project spending, which the message says.
 */
const LINES: { role: ThreePublicItem; economic: string; name: string }[] = [
  { role: "abroad", economic: "30212", name: "因公出国（境）费用" },
  { role: "reception", economic: "30217", name: "公务接待费" },
  { role: "car.running", economic: "30231", name: "公务用车运行维护费" },
  { role: "meeting", economic: "30215", name: "会议费" },
  { role: "training", economic: "30216", name: "培训费" },
];

export const crossThreePublicEconomic: Rule = {
  meta: {
    id: "cross-three-public-economic",
    severity: "warning",
    category: "cross-table",
    description: "rule.cross-three-public-economic.description",
    messages: ["cross.threePublicEconomic"],
    reference: "X11",
  },
  checkWorkbook(ctx) {
    for (const pkg of packagesOf(ctx)) checkPackage(ctx, pkg);
  },
};

function checkPackage(ctx: RuleContext, pkg: Package): void {
  {
    const t9 = firstTable(pkg, "three-public") as LabeledTable | undefined;
    const t6 = basicTableParts(pkg);
    if (!t9 || t9.shape !== "labeled" || t6.length === 0) return;
    const sheet6 = t6[0].table.sheetIndex;
    // Items as rows (one amount column), or as columns (the 决算数 block of a 决算 table, or the
    // budget form's one block) on the row of figures.
    const figures = t9.rows[0];
    for (const line of LINES) {
      let row = rowByRole(t9, line.role);
      let amount9 = columnByRole(t9, "gp", "total");
      if (!row) {
        amount9 = columnByRole(t9, `final.${line.role}`, `item.${line.role}`);
        row = amount9 && figures;
      }
      if (!row || !amount9) continue;
      // Blank cells count as 0; a cell that is not a number (NaN) leaves the comparison unjudged.
      const a9 = ctx.values.money(t9.sheetIndex, row.row, amount9.col) ?? 0;
      const cells6 = basicCellsForCode(ctx, t6, line.economic);
      const in6 = cells6.reduce((s, p) => s + (ctx.values.money(p.sheetIndex, p.row, p.col) ?? 0), 0);
      const [s9, s6] = ctx.values.unitScales(t9.sheetIndex, sheet6);
      if (!(a9 * s9 > in6 * s6)) continue;
      const a6 = s9 === s6 ? in6 : Math.round((in6 * s6) / s9); // in the 三公 table's unit
      const d = shownDecimals(a9, a6);
      const where = locate(ctx, { sheetIndex: t9.sheetIndex, row: row.row, col: amount9.col });
      ctx.report({
        sheet: where.sheet,
        cell: where.cell,
        related: cells6.map((p) => locate(ctx, p)),
        messageId: "cross.threePublicEconomic", data: {
          item: line.name,
          value: money(a9, d),
          code: line.economic,
          other: money(a6, d),
        },
        expected: `≤ ${formatMoney(a6, d)}`,
        actual: money(a9, d),
        difference: money(a9 - a6, d),
        table: t9.template,
      });
    }
  }
}
