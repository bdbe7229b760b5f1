/**
 * Template text left in an indicator's name (docs/domain.md §4.3 #6; seed S003 "指标1: 参保人数(万人)",
 * "指标8: 开展门诊统筹…"): a numbering prefix "指标1：" or a bare placeholder such as "指标1" or
 * "事项1". A numbering prefix is information (the indicator itself may be right); a bare
 * placeholder is a warning (no indicator was filled in), as is a row whose name or target is only
 * "无", "/" or "—" (one finding per row; the other goal rules leave such a row alone).
 */
import { message } from "../lib/message";
import type { Rule } from "../types";
import { cellOf, isIndicatorTable, isPlaceholderWord, readIndicators } from "./support";
import { INDICATOR_TEMPLATES } from "./templates";

const NUMBER_PREFIX = /^(指标|事项)[0-9一二三四五六七八九十]+[:：.、]/;
const PLACEHOLDER = /^(指标|事项|三级指标|指标名称)[0-9一二三四五六七八九十]*$/;

export const indicatorPlaceholder: Rule = {
  meta: {
    id: "indicator-placeholder",
    severity: "warning",
    category: "goals",
    description: "rule.indicator-placeholder.description",
    messages: ["rule.indicator-placeholder.message.prefix", "rule.indicator-placeholder.message.placeholder", "rule.indicator-placeholder.message.word"],
    templates: INDICATOR_TEMPLATES,
    reference: "§4.3",
  },
  checkTable(table, ctx) {
    if (!isIndicatorTable(table)) return;
    // "无", "/", "—" in a name or a target: one finding for the table, every such cell related (not
    // "empty", not duplicates of each other).
    const words: { cell: string; text: string; level2: string }[] = [];
    for (const { row } of readIndicators(ctx, table)) {
      const wordInName = isPlaceholderWord(row.name);
      if (wordInName || isPlaceholderWord(row.target)) {
        words.push({ cell: cellOf(table, row, wordInName ? "name" : "target"), text: (wordInName ? row.name : row.target ?? "").trim(), level2: row.level2 || row.level1 });
        continue;
      }
      const prefix = NUMBER_PREFIX.exec(row.name);
      const placeholder = !prefix && PLACEHOLDER.test(row.name);
      if (!prefix && !placeholder) continue;
      ctx.report({
        severity: prefix ? "info" : undefined,
        sheet: table.sheet,
        cell: cellOf(table, row, "name"),
        ...(prefix
          ? message("rule.indicator-placeholder.message.prefix", { name: row.name, prefix: prefix[0] })
          : message("rule.indicator-placeholder.message.placeholder", { name: row.name })),
        table: table.template,
      });
    }
    if (words.length) {
      const texts = Array.from(new Set(words.map((w) => `“${w.text}”`))).join("、");
      ctx.report({
        sheet: table.sheet,
        cell: words[0].cell,
        related: words.slice(1).map((w) => ({ sheet: table.sheet, cell: w.cell })),
        messageId: "rule.indicator-placeholder.message.word", data: { texts, count: words.length, level2: words[0].level2 },
        table: table.template,
      });
    }
  },
};
