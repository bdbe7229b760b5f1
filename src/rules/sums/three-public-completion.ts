/**
 * D6 (information): a "三公" 决算表 with a 预算数 block and a 决算数 block — the 决算 : 预算 ratio per
 * item and in total, the 完成预算 % the disclosure text cites. One note per table, at the 决算数
 * 合计 cell, with the budget and final cells as related.
 */
import { phrase, type MessageKey } from "../../catalog/messages";
import { percentValue, type NestedMessage, type PercentValue } from "../../model/findings";
import type { ThreePublicItem } from "../../catalog/roles";
import { columnByRole, type LabeledTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { at } from "../lib/cross";
import { locate } from "../lib/sums";
import type { CellPos } from "../lib/sums";

const ITEMS: { key: ThreePublicItem; name: "abroad" | "car" | "reception" | "meeting" | "training" }[] = [
  { key: "abroad", name: "abroad" },
  { key: "car", name: "car" },
  { key: "reception", name: "reception" },
  { key: "meeting", name: "meeting" },
  { key: "training", name: "training" },
];

export const threePublicCompletion: Rule = {
  meta: {
    id: "three-public-completion",
    severity: "info",
    category: "within-table",
    description: "rule.three-public-completion.description",
    messages: ["sums.threePublicCompletion", "sums.threePublicItem"],
    templates: ["three-public"],
    reference: "D6",
  },
  checkTable(table, ctx) {
    if (table.shape === "labeled") checkTable(ctx, table);
  },
};

/** 决算 ÷ 预算 as a rate with two decimals ("87.50%"); undefined without a budget. */
function percent(final: number | null, budget: number | null): PercentValue | undefined {
  if (budget === null || budget === 0 || final === null || final !== final || budget !== budget) return undefined;
  return percentValue(Math.round((final * 10000) / budget) || 0);
}

function checkTable(ctx: RuleContext, table: LabeledTable): void {
  const budgetTotal = columnByRole(table, "budget.total");
  const finalTotal = columnByRole(table, "final.total");
  if (!budgetTotal || !finalTotal) return;
  const v = ctx.values;
  // The row of figures (one in this form): the first with a number in the 决算数 合计.
  const row = table.rows.find((r) => typeof v.money(table.sheetIndex, r.row, finalTotal.col) === "number");
  if (!row) return;
  const money = (col: number) => v.money(table.sheetIndex, row.row, col);
  const totalPct = percent(money(finalTotal.col), money(budgetTotal.col));
  if (!totalPct) return;
  const related: CellPos[] = [at(table, row.row, budgetTotal)];
  const items: NestedMessage[] = [];
  for (const item of ITEMS) {
    const b = columnByRole(table, `budget.${item.key}`);
    const f = columnByRole(table, `final.${item.key}`);
    if (!b || !f) continue;
    const pct = percent(money(f.col), money(b.col));
    if (!pct) continue;
    items.push(phrase("sums.threePublicItem", { item: phrase(`sums.threePublic.${item.name}` as MessageKey), percent: pct }));
    related.push(at(table, row.row, b), at(table, row.row, f));
  }
  const where = locate(ctx, at(table, row.row, finalTotal));
  const final = money(finalTotal.col)!;
  const budget = money(budgetTotal.col)!;
  ctx.report({
    severity: "info",
    sheet: where.sheet,
    cell: where.cell,
    related: related.map((p) => locate(ctx, p)),
    messageId: "sums.threePublicCompletion", data: {
      final: { money: final, decimals: 2 },
      budget: { money: budget, decimals: 2 },
      percent: totalPct,
      items: { join: items, sep: "，" },
    },
    table: table.template,
  });
}
