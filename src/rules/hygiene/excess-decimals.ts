/**
 * An amount with more decimals than the table is published with. Tables are published at two
 * decimals (万元 or 元); some Henan tables use four. Rule of thumb, per table: when at least three
 * amounts use 3–4 decimals and they outnumber the amounts with 1–2 decimals, the table is a
 * four-decimal table and only amounts with more than four decimals are reported; otherwise more
 * than two. Decimals are counted on the value (a text "12.500" has one), after dropping float noise
 * below 10⁻¹⁰ left by formulas; percentages are not amounts and are skipped.
 */
import { toA1 } from "../../model/a1";
import { moneyFromNumber, roundMoney } from "../../model/money";
import { money } from "../lib/sums";
import type { Rule } from "../types";
import { BUDGET_TEMPLATES, decimalsOf, forEachAmountCell, plainNumberDecimals } from "./support";

export const excessDecimals: Rule = {
  meta: {
    id: "excess-decimals",
    severity: "warning",
    category: "hygiene",
    description: "rule.excess-decimals.description",
    messages: ["rule.excess-decimals.message"],
    templates: BUDGET_TEMPLATES,
  },
  checkTable(table, ctx) {
    const plain = plainNumberDecimals(table, ctx);
    if (!plain) return;
    const cells: { row: number; col: number; value: number; decimals: number }[] = [];
    let short = plain.short;
    let long = 0;
    const add = (row: number, col: number, value: number, decimals: number) => {
      if (decimals <= 2) short += 1;
      else if (decimals <= 4) long += 1;
      cells.push({ row, col, value: Number(value.toFixed(10)), decimals });
    };
    // Plain numbers: counted in one loop; only those with more than two decimals are listed.
    const lines = ctx.workbook.sheets[table.sheetIndex].cells;
    for (let i = 0; i < plain.wide.length; i += 2) {
      const row = plain.wide[i];
      const col = plain.wide[i + 1];
      const value = lines[row][col] as number;
      add(row, col, value, decimalsOf(value));
    }
    // Numbers written as text: parsed (a text "12.500" has one decimal).
    forEachAmountCell(table, ctx, ({ row, col, parsed: p }) => {
      if (p.kind !== "number" || p.percent) return;
      const decimals = decimalsOf(p.value);
      if (decimals > 0) add(row, col, p.value, decimals);
    }, (raw) => typeof raw === "string", { blanks: true, numbers: true });
    const limit = long >= 3 && long > short ? 4 : 2;
    for (const c of cells) {
      if (c.decimals <= limit) continue;
      ctx.report({
        sheet: table.sheet,
        cell: toA1(c.row, c.col),
        messageId: "rule.excess-decimals.message", data: { value: String(c.value), decimals: c.decimals, limit },
        expected: money(roundMoney(moneyFromNumber(c.value), limit), limit),
        actual: String(c.value),
        table: table.template,
      });
    }
  },
};
