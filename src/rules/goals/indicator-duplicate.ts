/**
 * The same indicator listed twice in one table (docs/domain.md §4.3 #5): under two different 二级
 * it is filed in two places at once; under the same 二级 it is a copy-paste left in. A template
 * number in front ("指标1：") is ignored when comparing names.
 */
import { message } from "../lib/message";
import type { IndicatorRow, IndicatorTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { bareName, cellOf, isIndicatorTable, isPlaceholderWord, projectGroups, readIndicators, type ReadIndicator } from "./support";
import { INDICATOR_TEMPLATES } from "./templates";

export const indicatorDuplicate: Rule = {
  meta: {
    id: "indicator-duplicate",
    severity: "warning",
    category: "goals",
    description: "rule.indicator-duplicate.description",
    messages: ["rule.indicator-duplicate.message.twoPlaces", "rule.indicator-duplicate.message.repeated"],
    templates: INDICATOR_TEMPLATES,
    reference: "§4.3",
  },
  checkTable(table, ctx) {
    if (!isIndicatorTable(table)) return;
    for (const project of projectGroups(readIndicators(ctx, table))) checkProject(table, project, ctx);
  },
};

/** Duplicates within one project (projects of a Henan table share indicators such as 满意度). */
function checkProject(table: IndicatorTable, rows: readonly ReadIndicator[], ctx: RuleContext): void {
  // The first row of each name; its cell is worked out only for a duplicate (nearly never).
  const first = new Map<string, IndicatorRow>();
  // A 部门整体 table lists its tasks as 二级 and repeats 任务完成率, 满意度 … under each: a name
  // repeats only within one task there.
  const perTask = table.template === "department-goal" || /整体/.test(table.title);
  for (const { row } of rows) {
    const name = bareName(row.name);
    // Two "无" rows are two placeholders (indicator-placeholder), not one indicator twice.
    if (!name || isPlaceholderWord(row.name)) continue;
    const key = perTask ? `${row.level1}\u0000${row.level2}\u0000${name}` : name;
    const firstRow = first.get(key);
    if (!firstRow) {
      first.set(key, row);
      continue;
    }
    const seen = { level2: firstRow.level2, cell: cellOf(table, firstRow, "name") };
    const twoPlaces = seen.level2 !== row.level2;
    ctx.report({
      sheet: table.sheet,
      cell: cellOf(table, row, "name"),
      related: [{ sheet: table.sheet, cell: seen.cell }],
      ...(twoPlaces
        ? message("rule.indicator-duplicate.message.twoPlaces", { name: row.name, first: seen.level2, second: row.level2, cell: seen.cell })
        : message("rule.indicator-duplicate.message.repeated", { name: row.name, level2: row.level2, cell: seen.cell })),
      table: table.template,
    });
  }
}
