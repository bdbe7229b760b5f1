/**
 * Indicators filed under the wrong heading (docs/domain.md §4.3 #1):
 * - an amount under 时效指标 (error) and a non-cost under 成本指标 (warning); both in one table
 *   are one error, the two rows swapped (S001 医疗救助经费);
 * - a timeliness rate (及时率) under 可持续影响 (warning; S001 tables 1 and 3);
 * - something other than satisfaction under 满意度 (warning; S003 "政策知晓率").
 * The row's name cell is reported: that is the line to move.
 */
import type { IndicatorTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { cellOf, isCostName, isIndicatorTable, isPlaceholderWord, isTimelinessName, mentionsCost, projectGroups, readIndicators, type ReadIndicator } from "./support";
import { INDICATOR_TEMPLATES } from "./templates";

export const indicatorCategory: Rule = {
  meta: {
    id: "indicator-category",
    severity: "error",
    category: "goals",
    description: "rule.indicator-category.description",
    messages: [
      "rule.indicator-category.message.swapped",
      "rule.indicator-category.message.costInTimeliness",
      "rule.indicator-category.message.notCost",
      "rule.indicator-category.message.timelinessInSustainability",
      "rule.indicator-category.message.notSatisfaction",
    ],
    templates: INDICATOR_TEMPLATES,
    reference: "§4.3",
  },
  checkTable(table, ctx) {
    if (!isIndicatorTable(table)) return;
    const rows = readIndicators(ctx, table);
    for (const project of projectGroups(rows)) {
      const costInTimeliness = project.filter((r) => r.slot === "timeliness" && holdsCost(r));
      const notCost = project.filter((r) => r.slot === "cost" && holdsNonCost(r));
      // One misfiled row each way in one project is a swap: report it once, on the timeliness row.
      if (costInTimeliness.length === 1 && notCost.length === 1) {
        reportSwap(table, costInTimeliness[0], notCost[0], ctx);
      } else {
        for (const r of costInTimeliness) report(table, r, "costInTimeliness", ctx);
        for (const r of notCost) report(table, r, "notCost", ctx, "warning");
      }
    }
    for (const r of rows) {
      if (r.slot === "sustainability" && /及时/.test(r.row.name)) report(table, r, "timelinessInSustainability", ctx, "warning");
      // "无" / "/" in a name is a placeholder (indicator-placeholder), not a misfiled indicator.
      else if (r.slot === "satisfaction" && r.row.name && !SATISFACTION_LIKE.test(r.row.name) && !isPlaceholderWord(r.row.name)) report(table, r, "notSatisfaction", ctx, "warning");
    }
  },
};

/**
 * Names that measure how the people served feel: 满意度 itself, and the proxies some layouts file
 * under it (投诉率, 认可度, 获得感, 好评率).
 */
const SATISFACTION_LIKE = /满意|投诉|认可|获得感|好评|评价/;

/**
 * A money amount, or a name that is a cost ("资金成本", "…经费") with a bare number. A deadline or
 * a duration ("≤9月", "9月底前", "12月31日前", "≤30天") is never money, whatever the name says
 * ("资金拨付完成时间"): only an amount with a money unit, or a cost name without any unit, is a cost.
 */
function holdsCost({ row, target, amount }: ReadIndicator): boolean {
  if (amount) return true;
  if (!isCostName(row.name)) return false;
  if (target.kind === "number") return target.quantity.unit === "";
  if (target.kind === "range") return target.low.unit === "" && target.high.unit === "";
  return false;
}

/** No money and no mention of cost, but a rate, a date or a name about time ("完成及时率 ≥99%"). */
function holdsNonCost({ row, target, amount, percent }: ReadIndicator): boolean {
  if (amount || mentionsCost(row.name)) return false;
  return percent || target.kind === "date" || isTimelinessName(row.name);
}

function report(
  table: IndicatorTable,
  { row, target }: ReadIndicator,
  key: "costInTimeliness" | "notCost" | "timelinessInSustainability" | "notSatisfaction",
  ctx: RuleContext,
  severity?: "warning",
): void {
  ctx.report({
    severity,
    sheet: table.sheet,
    cell: cellOf(table, row, "name"),
    messageId: `rule.indicator-category.message.${key}`, data: { name: row.name, target: target.text.trim(), slot: row.level2 },
    actual: `${row.level2} ${row.name}`.trim(),
    table: table.template,
  });
}

function reportSwap(table: IndicatorTable, timeliness: ReadIndicator, cost: ReadIndicator, ctx: RuleContext): void {
  ctx.report({
    sheet: table.sheet,
    cell: cellOf(table, timeliness.row, "name"),
    related: [{ sheet: table.sheet, cell: cellOf(table, cost.row, "name") }],
    messageId: "rule.indicator-category.message.swapped", data: {
      timelinessName: timeliness.row.name,
      timelinessTarget: timeliness.target.text.trim(),
      costName: cost.row.name,
      costTarget: cost.target.text.trim(),
    },
    expected: `${timeliness.row.level2}：${cost.row.name}；${cost.row.level2}：${timeliness.row.name}`,
    actual: `${timeliness.row.level2}：${timeliness.row.name}；${cost.row.level2}：${cost.row.name}`,
    table: table.template,
  });
}
