/**
 * A goal that promises more money than the project's cost cap (docs/domain.md §4.3 #7; seed S001
 * table 4: the goal "给予 7 万元工作补助" while 成本指标 is "≤4万元" and the budget line 4.00).
 * Amounts written in the goal text (万元 or 元) are compared with the project's caps (成本指标
 * stated as ≤, < or = an amount) and with the project's 资金总额 where the table states it (the
 * Henan table's column, a 申报表's 项目资金 block): a goal amount above all of them is a warning. An amount at or below the cap may be one part of the work: not reported.
 */
import { toA1 } from "../../model/a1";
import { unitScale } from "../../model/indicator-target";
import { columnByRole, type IndicatorTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { cellOf, isIndicatorTable, projectGroups, readIndicators, statedFunds, type ReadIndicator } from "./support";

const AMOUNT_IN_TEXT = /(\d+(?:\.\d+)?)\s*(亿元|万元|元)/g;

export const goalTextAmount: Rule = {
  meta: {
    id: "goal-text-amount",
    severity: "warning",
    category: "goals",
    description: "rule.goal-text-amount.description",
    messages: ["rule.goal-text-amount.message"],
    templates: ["project-goal"],
    reference: "§4.3",
  },
  checkTable(table, ctx) {
    if (!isIndicatorTable(table)) return;
    const groups = projectGroups(readIndicators(ctx, table));
    for (const rows of groups) {
      // The Henan table states each project's goal on its rows; a one-project table above them.
      const goalCol = columnByRole(table, "goal");
      const lines =
        rows[0]?.row.goal && goalCol
          ? [{ row: rows[0].row.row, col: goalCol.col, text: rows[0].row.goal }]
          : groups.length === 1
            ? (table.goals ?? [])
            : [];
      checkProject(table, rows, lines, groups.length === 1, ctx);
    }
  },
};

function checkProject(
  table: IndicatorTable,
  rows: readonly ReadIndicator[],
  allLines: readonly { row: number; col: number; text: string }[],
  onlyProject: boolean,
  ctx: RuleContext,
): void {
  // Most goals name no amount: look for the money unit before any pattern or cap is worked out.
  const lines = allLines.filter((l) => l.text.indexOf("元") >= 0);
  if (!lines.length) return;
  const caps = capsOf(table, rows, onlyProject, ctx);
  if (!caps.length) return;
  const highest = Math.max(...caps.map((c) => c.wan));
  for (const line of lines) {
    for (const m of line.text.matchAll(AMOUNT_IN_TEXT)) {
      const wan = (Number(m[1]) * unitScale(m[2]).scale) / 10000;
      if (!(wan > highest + 1e-9)) continue;
      const cap = caps.find((c) => c.wan === highest) ?? caps[0];
      ctx.report({
        sheet: table.sheet,
        cell: toA1(line.row, line.col),
        related: caps.map((c) => ({ sheet: table.sheet, cell: c.cell })),
        messageId: "rule.goal-text-amount.message", data: { amount: m[0].replace(/\s+/g, " "), cap: cap.text },
        expected: `≤ ${cap.text}`,
        actual: m[0],
        table: table.template,
      });
    }
  }
}

/** The project's caps in 万元: cost targets stated as ≤ / < / = an amount, and its stated 资金总额. */
function capsOf(table: IndicatorTable, rows: readonly ReadIndicator[], onlyProject: boolean, ctx: RuleContext): { wan: number; text: string; cell: string }[] {
  const caps: { wan: number; text: string; cell: string }[] = [];
  for (const { row, slot, target, amount } of rows) {
    if (slot !== "cost" || !amount || target.kind !== "number" || target.op === ">=" || target.op === ">") continue;
    caps.push({ wan: (target.quantity.value * unitScale(target.quantity.unit).scale) / 10000, text: target.text.trim(), cell: cellOf(table, row, "target") });
  }
  const funds = rows.length ? statedFunds(ctx, table, rows.map((r) => r.row), onlyProject) : undefined;
  if (funds && !Number.isNaN(funds.wan)) caps.push({ wan: funds.wan, text: `${funds.wan}万元`, cell: toA1(funds.row, funds.col) });
  return caps;
}
