/**
 * Known non-standard wordings in table titles, each with the standard wording. Deliberately short;
 * add a variant only with a source:
 * - 政府基金 → 政府性基金: seed S001's "部门预算政府基金预算财政拨款支出表" (docs/domain.md §8 S001 #2).
 * - 公共财政预算 → 一般公共预算: the pre-2015 name, replaced by the 2014 预算法 (domain knowledge, [R]).
 * Wordings that are fine and not reported: 三公 with or without quotes, 总体情况表/情况表/表.
 */
import { toA1 } from "../../model/a1";
import { squeeze } from "../../model/values";
import type { Rule } from "../types";

export const TITLE_VARIANTS: readonly { variant: string; standard: string }[] = [
  { variant: "政府基金", standard: "政府性基金" },
  { variant: "公共财政预算", standard: "一般公共预算" },
];

export const titleWording: Rule = {
  meta: {
    id: "title-wording",
    severity: "info",
    category: "hygiene",
    description: "rule.title-wording.description",
    messages: ["rule.title-wording.message"],
    reference: "§1.1, §8",
  },
  checkTable(table, ctx) {
    const title = typeof table.title === "string" ? squeeze(table.title) : "";
    if (!title) return;
    for (const v of TITLE_VARIANTS) {
      if (title.indexOf(v.variant) < 0) continue;
      ctx.report({
        sheet: table.sheet,
        cell: table.titleCell ? toA1(table.titleCell.row, table.titleCell.col) : "",
        messageId: "rule.title-wording.message", data: { variant: v.variant, standard: v.standard },
        expected: v.standard,
        actual: v.variant,
        table: table.template,
      });
    }
  },
};
