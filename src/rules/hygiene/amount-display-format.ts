/**
 * An amount whose number format hides part of it. The published table is what the cells display:
 * - a percentage format shows 0.25 as "25.0%" where an amount belongs: error;
 * - a format with fewer than two decimals shows 534.8 as "535": the published figures are rounded
 *   and their totals may not add up on paper, though the cells do: warning.
 * Amounts with more than two decimals under a two-decimal format are excess-decimals' business.
 * Needs the host's display text (SheetSnapshot.shown); the checks themselves use the numbers.
 */
import { toA1 } from "../../model/a1";
import { shownTextAt } from "../../model/snapshot";
import type { Rule } from "../types";
import { amountValue, BUDGET_TEMPLATES, forEachAmountCell } from "./support";

export const amountDisplayFormat: Rule = {
  meta: {
    id: "amount-display-format",
    severity: "warning",
    category: "hygiene",
    description: "rule.amount-display-format.description",
    messages: ["rule.amount-display-format.message.rounded", "rule.amount-display-format.message.percent"],
    templates: BUDGET_TEMPLATES,
  },
  checkTable(table, ctx) {
    const sheet = ctx.workbook.sheets[table.sheetIndex];
    if (!sheet || !sheet.shown) return;
    forEachAmountCell(
      table,
      ctx,
      ({ row, col, parsed }) => {
        const shown = shownTextAt(sheet, row, col);
        if (shown === undefined || parsed.kind !== "number") return;
        const value = amountValue(parsed.value);
        const at = { sheet: table.sheet, cell: toA1(row, col), expected: value, actual: shown, table: table.template };
        if (shown.endsWith("%")) {
          ctx.report({ ...at, severity: "error", messageId: "rule.amount-display-format.message.percent", data: { shown, value } });
          return;
        }
        const dot = shown.indexOf(".");
        const decimals = dot < 0 ? 0 : shown.length - dot - 1;
        if (decimals >= 2) return;
        ctx.report({ ...at, messageId: "rule.amount-display-format.message.rounded", data: { shown, value, decimals } });
      },
      (raw) => typeof raw === "number",
      { blanks: true },
    );
  },
};
