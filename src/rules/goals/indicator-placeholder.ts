/**
 * Template text left in an indicator's name (reference.md §4.3 #6; seed S003 "指标1: 参保人数(万人)",
 * "指标8: 开展门诊统筹…"): a numbering prefix "指标1：" or a bare placeholder such as "指标1" or
 * "事项1". A numbering prefix is information (the indicator itself may be right); a bare
 * placeholder is a warning (no indicator was filled in).
 */
import { t } from "../../catalog/messages";
import type { Rule } from "../types";
import { cellOf, isIndicatorTable, readIndicators } from "./support";
import { INDICATOR_TEMPLATES } from "./templates";

const NUMBER_PREFIX = /^(指标|事项)[0-9一二三四五六七八九十]+[:：.、]/;
const PLACEHOLDER = /^(指标|事项|三级指标|指标名称)[0-9一二三四五六七八九十]*$/;

export const indicatorPlaceholder: Rule = {
  meta: {
    id: "indicator-placeholder",
    severity: "warning",
    category: "goals",
    description: "rule.indicator-placeholder.description",
    messages: ["rule.indicator-placeholder.message.prefix", "rule.indicator-placeholder.message.placeholder"],
    templates: INDICATOR_TEMPLATES,
    reference: "§4.3",
  },
  checkTable(table, ctx) {
    if (!isIndicatorTable(table)) return;
    for (const { row } of readIndicators(ctx, table)) {
      const prefix = NUMBER_PREFIX.exec(row.name);
      const placeholder = !prefix && PLACEHOLDER.test(row.name);
      if (!prefix && !placeholder) continue;
      ctx.report({
        severity: prefix ? "info" : undefined,
        sheet: table.sheet,
        cell: cellOf(table, row, "name"),
        message: prefix
          ? t("rule.indicator-placeholder.message.prefix", { name: row.name, prefix: prefix[0] })
          : t("rule.indicator-placeholder.message.placeholder", { name: row.name }),
        table: table.template,
      });
    }
  },
};
