/**
 * The unit of a target agrees with what the indicator measures (docs/domain.md §4.3 #3):
 * - a rate (its name ends in 率, 比例, 占比 or 比重, or names a known rate) is a percentage, not "≥95人";
 * - a rate is not stated as a quality ("覆盖率 → 显著提高");
 * - an amount of money (资金成本, …经费) is not a percentage ("≤5%").
 * Warnings: the indicator may be right and only its unit wrong.
 */
import type { Rule } from "../types";
import { cellOf, isIndicatorTable, rateKind, readIndicators } from "./support";
import { INDICATOR_TEMPLATES } from "./templates";

/** A rate by its name: "…率", "…比例", "…占比", "…比重", or a known rate; not "…效率" or "频率" (not shares). */
const RATE_NAME = /(率|比例|比率|占比|比重)(\([%％]\))?$/;
const NOT_A_SHARE = /(效率|频率|汇率|利率)$/;
/**
 * An amount by its name's last word ("资金成本", "培训经费"). Stricter than isCostName: published
 * names are often cut short ("参保人住院费用实际报销比", seed S003), and a rate about 费用 is not an
 * amount.
 */
const AMOUNT_NAME = /(成本|费用|经费|资金|总额|支出|[^消]费)$/;

export const indicatorUnit: Rule = {
  meta: {
    id: "indicator-unit",
    severity: "warning",
    category: "goals",
    description: "rule.indicator-unit.description",
    messages: ["rule.indicator-unit.message.rateUnit", "rule.indicator-unit.message.rateQualitative", "rule.indicator-unit.message.amountPercent"],
    templates: INDICATOR_TEMPLATES,
    reference: "§4.3",
  },
  checkTable(table, ctx) {
    if (!isIndicatorTable(table)) return;
    for (const { row, target } of readIndicators(ctx, table)) {
      const name = row.name;
      const isRate = (RATE_NAME.test(name) && !NOT_A_SHARE.test(name)) || rateKind(name) !== null;
      let key: "rateUnit" | "rateQualitative" | "amountPercent" | undefined;
      let unit = "";
      if (isRate && target.kind === "number" && target.quantity.unit !== "" && target.quantity.unit !== "%") {
        key = "rateUnit";
        unit = target.quantity.unit;
      } else if (isRate && target.kind === "qualitative") {
        // A rate is measured: "效果显著", "明显提高" cannot be checked against a result.
        key = "rateQualitative";
      } else if (AMOUNT_NAME.test(name) && target.kind === "number" && target.quantity.unit === "%") {
        key = "amountPercent";
      }
      if (!key) continue;
      ctx.report({
        sheet: table.sheet,
        cell: cellOf(table, row, "target"),
        related: [{ sheet: table.sheet, cell: cellOf(table, row, "name") }],
        messageId: `rule.indicator-unit.message.${key}`, data: { name, target: target.text.trim(), unit },
        actual: target.text.trim(),
        table: table.template,
      });
    }
  },
};
