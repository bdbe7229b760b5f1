/**
 * Numbered items out of order in a table of labelled rows (seed S001's 固定资产占用情况表 lists
 * "3、单价在 20 万元以上的设备" before "2、车辆", docs/domain.md §8 S001 #9). Information: the figures
 * may be right, but a reader looking for item 2 finds item 3. Top-level numbers only ("1、", "一、");
 * "(1)" sub-items and "其中：" lines are skipped.
 */
import { toA1 } from "../../model/a1";
import type { Rule } from "../types";

const ARABIC = /^([0-9]+)[、.．]/;
const CHINESE = /^([一二三四五六七八九十]+)[、.．]/;
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as a number. */
function chineseNumber(s: string): number {
  if (s === "十") return 10;
  const ten = s.indexOf("十");
  if (ten < 0) return DIGITS[s] ?? NaN;
  const tens = ten === 0 ? 1 : DIGITS[s[0]];
  const ones = ten === s.length - 1 ? 0 : DIGITS[s[s.length - 1]];
  return tens * 10 + ones;
}

export const itemOrder: Rule = {
  meta: {
    id: "item-order",
    severity: "info",
    category: "hygiene",
    description: "rule.item-order.description",
    messages: ["rule.item-order.message"],
    templates: ["fixed-assets", "three-public"],
    reference: "§8",
  },
  checkTable(table, ctx) {
    if (table.shape !== "labeled") return;
    // Arabic and Chinese numbering are separate sequences (三公 tables use 一、 for the main items).
    for (const pattern of [ARABIC, CHINESE]) {
      let last: { n: number; label: string } | undefined;
      for (const row of table.rows) {
        const m = pattern.exec(row.label);
        if (!m) continue;
        const n = pattern === ARABIC ? Number(m[1]) : chineseNumber(m[1]);
        if (last && n < last.n) {
          ctx.report({
            sheet: table.sheet,
            cell: toA1(row.row, row.labelCol),
            messageId: "rule.item-order.message", data: { item: row.label, previous: last.label },
            table: table.template,
          });
        }
        if (!last || n > last.n) last = { n, label: row.label };
      }
    }
  },
};
