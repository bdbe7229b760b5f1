/**
 * Numbered items out of order in a table of labelled rows (seed S001's 固定资产占用情况表 lists
 * "3、单价在 20 万元以上的设备" before "2、车辆", docs/domain.md §8 S001 #9). Information: the figures
 * may be right, but a reader looking for item 2 finds item 3. Top-level numbers only ("1、", "一、");
 * "(1)" sub-items and "其中：" lines are skipped. Arabic items start again under each 一、 heading:
 * a 三公 table lists "一、支出合计 1、… 3、…" and then "二、相关统计数 1、团组数 …" (岳阳县 2017).
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

interface Item {
  n: number;
  label: string;
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
    let chinese: Item | undefined;
    let arabic: Item | undefined;
    for (const row of table.rows) {
      const c = CHINESE.exec(row.label);
      const a = c ? null : ARABIC.exec(row.label);
      if (!c && !a) continue;
      const n = c ? chineseNumber(c[1]) : Number(a![1]);
      const last = c ? chinese : arabic;
      if (last && n < last.n) {
        ctx.report({
          sheet: table.sheet,
          cell: toA1(row.row, row.labelCol),
          messageId: "rule.item-order.message", data: { item: row.label, previous: last.label },
          table: table.template,
        });
      }
      const item = !last || n > last.n ? { n, label: row.label } : last;
      if (c) {
        chinese = item;
        arabic = undefined; // a new section numbers its items from 1 again
      } else arabic = item;
    }
  },
};
