/**
 * An amount with more decimals than the table is published with. Tables are published at two
 * decimals (万元 or 元); some Henan tables use four. Rule of thumb, per table: when at least three
 * amounts use 3–4 decimals and they outnumber the amounts with 1–2 decimals, the table is a
 * four-decimal table and only amounts with more than four decimals are reported; otherwise more
 * than two. Decimals are counted on the value (a text "12.500" has one), after dropping float noise
 * below 10⁻¹⁰ left by formulas; percentages are not amounts and are skipped.
 */
import { toA1 } from "../../core/a1";
import { formatMoney, moneyFromNumber } from "../../core/money";
import { numberDecimals } from "../../core/values";
import { t } from "../../i18n";
import type { Rule } from "../types";
import { AmountCell, BUDGET_TEMPLATES, forEachAmountCell } from "./support";

/** Decimals of a value, ignoring float noise (0.1 + 0.2 has one). */
function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return 0;
  const plain = numberDecimals(value);
  // Up to two decimals is the common case and has no float noise to drop.
  return plain <= 2 ? plain : numberDecimals(Number(value.toFixed(10)));
}

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
    const cells: { cell: AmountCell; value: number; decimals: number }[] = [];
    let short = 0;
    let long = 0;
    forEachAmountCell(table, ctx, (cell) => {
      const p = cell.parsed;
      if (p.kind !== "number" || p.percent) return;
      const decimals = decimalsOf(p.value);
      if (decimals === 0) return;
      if (decimals <= 2) short += 1;
      else if (decimals <= 4) long += 1;
      cells.push({ cell, value: Number(p.value.toFixed(10)), decimals });
    }, (raw) => {
      // Plain numbers with at most two decimals only need counting, not parsing.
      if (typeof raw !== "number") return typeof raw === "string";
      const d = decimalsOf(raw);
      if (d > 2) return true;
      if (d > 0) short += 1;
      return false;
    }, { blanks: true });
    const limit = long >= 3 && long > short ? 4 : 2;
    for (const c of cells) {
      if (c.decimals <= limit) continue;
      ctx.report({
        sheet: table.sheet,
        cell: toA1(c.cell.row, c.cell.col),
        message: t("rule.excess-decimals.message", { value: String(c.value), decimals: c.decimals, limit }),
        expected: formatMoney(moneyFromNumber(c.value), limit),
        actual: String(c.value),
        table: table.template,
      });
    }
  },
};
