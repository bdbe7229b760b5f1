/**
 * A project's cost caps against its funds (docs/domain.md §4.2 "Cap should ≈ the project's budget",
 * §4.3 #8): where a goal table states the project's 资金总额 (the Henan table's column, a 申报表's
 * 项目资金 block), the amounts of its 成本指标 written as caps (≤, < or = an amount) add up to it.
 * Caps above the funds promise to spend more than there is: a warning. Caps below it leave part of
 * the money without a cost target, which may be deliberate: a note.
 */
import { toA1 } from "../../model/a1";
import { moneyFromNumber } from "../../model/money";
import { capInWan } from "../../model/indicator-target";
import { money } from "../lib/sums";
import type { IndicatorTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { cellOf, isIndicatorTable, projectGroups, readIndicators, statedFunds, type ReadIndicator } from "./support";

/** A cap: at most this much ("≤20万元", "<20万元", "=20万元", "20万元"); "≥" is indicator-direction's. */
const CAP_SYMBOL = /^[≤<＜=＝]|^\d/;

export const costCapAmount: Rule = {
  meta: {
    id: "cost-cap-amount",
    severity: "warning",
    category: "goals",
    description: "rule.cost-cap-amount.description",
    messages: ["rule.cost-cap-amount.above", "rule.cost-cap-amount.below"],
    templates: ["project-goal"],
    reference: "§4.3",
  },
  checkTable(table, ctx) {
    if (!isIndicatorTable(table)) return;
    const groups = projectGroups(readIndicators(ctx, table));
    for (const rows of groups) checkProject(table, rows, groups.length === 1, ctx);
  },
};

function checkProject(table: IndicatorTable, rows: readonly ReadIndicator[], onlyProject: boolean, ctx: RuleContext): void {
  const stated = statedFunds(ctx, table, rows.map((r) => r.row), onlyProject);
  if (!stated || Number.isNaN(stated.wan)) return;
  const funds = { wan: stated.wan, cell: toA1(stated.row, stated.col) };
  const caps = rows.filter((r) => r.slot === "cost" || r.row.level1.indexOf("成本") >= 0).flatMap((r) => {
    const text = (r.row.target ?? "").replace(/\s+/g, "");
    const wan = CAP_SYMBOL.test(text) ? capInWan(text) : undefined;
    return wan === undefined ? [] : [{ wan, cell: cellOf(table, r.row, "target") }];
  });
  if (!caps.length) return;
  const total = caps.reduce((s, c) => s + moneyFromNumber(c.wan), 0);
  const budget = moneyFromNumber(funds.wan);
  if (total === budget) return;
  const above = total > budget;
  const project = rows[0].row.project ?? table.subject ?? "";
  ctx.report({
    severity: above ? "warning" : "info",
    sheet: table.sheet,
    cell: caps[caps.length - 1].cell,
    related: [{ sheet: table.sheet, cell: funds.cell }, ...caps.slice(0, -1).map((c) => ({ sheet: table.sheet, cell: c.cell }))],
    messageId: above ? "rule.cost-cap-amount.above" : "rule.cost-cap-amount.below", data: {
      project: project ? `“${project}”` : "",
      caps: money(total, 2),
      funds: money(budget, 2),
    },
    expected: money(budget, 2),
    actual: money(total, 2),
    difference: money(total - budget, 2),
    table: table.template,
  });
}
