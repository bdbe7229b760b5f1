/**
 * The same project's goal table twice in one department's package (docs/domain.md §4.3 #5: "two
 * project tables with the same title but different cost caps"). Either a copy left in, which also
 * counts the project twice in X10, or two versions of one project's targets. A warning at the
 * second title, naming the first; the message says whether their cost caps differ.
 */
import { t } from "../../catalog/messages";
import { toA1 } from "../../model/a1";
import type { IndicatorTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { packagesOf } from "../lib/cross";
import { readIndicators } from "./support";

/** The project's name in a title: without "1、" numbering, spaces and the words every title shares. */
function projectKey(title: string): string {
  return title
    .replace(/\s+/g, "")
    .replace(/^[（(]?[0-9一二三四五六七八九十]+[)）、.．]/, "")
    .replace(/(项目)?(绩效目标|支出绩效目标)(申报)?表$/, "");
}

/** The cost caps of a table as written ("≤20万元"), in row order. */
function caps(ctx: RuleContext, table: IndicatorTable): string {
  return readIndicators(ctx, table)
    .filter((r) => r.slot === "cost" && r.amount)
    .map((r) => r.target.text.trim())
    .join("、");
}

export const duplicateGoalTable: Rule = {
  meta: {
    id: "duplicate-goal-table",
    severity: "warning",
    category: "goals",
    description: "rule.duplicate-goal-table.description",
    messages: ["rule.duplicate-goal-table.message.same", "rule.duplicate-goal-table.message.differ"],
    reference: "§4.3",
  },
  checkWorkbook(ctx) {
    for (const pkg of packagesOf(ctx)) {
      const seen = new Map<string, IndicatorTable>();
      for (const table of pkg) {
        if (table.shape !== "indicator" || table.template !== "project-goal" || !table.title) continue;
        const key = projectKey(table.title);
        if (key.length < 2) continue;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, table);
          continue;
        }
        const [a, b] = [caps(ctx, first), caps(ctx, table)];
        const cell = table.titleCell ? toA1(table.titleCell.row, table.titleCell.col) : "";
        const firstCell = first.titleCell ? toA1(first.titleCell.row, first.titleCell.col) : "";
        ctx.report({
          sheet: table.sheet,
          cell,
          related: [{ sheet: first.sheet, cell: firstCell }],
          message:
            a === b
              ? t("rule.duplicate-goal-table.message.same", { project: key, sheet: first.sheet })
              : t("rule.duplicate-goal-table.message.differ", { project: key, sheet: first.sheet, first: a || "—", second: b || "—" }),
          table: table.template,
        });
      }
    }
  },
};
