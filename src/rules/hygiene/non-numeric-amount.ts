/**
 * An amount cell holding text that is not a number ("待定", "12..5"), a percentage ("3%": the
 * tables publish amounts, never rates) or an error value (#REF!, #DIV/0!…): error. A formula whose value is missing from the snapshot (the file was saved without
 * calculating): info. Note lines that sit in the body ("注：无…，空表列示") are not amounts.
 */
import { toA1 } from "../../model/a1";
import { cellAt, formulaAt } from "../../model/snapshot";
import { cellText } from "../../model/values";
import type { Rule } from "../types";
import { BUDGET_TEMPLATES, forEachAmountCell, looksLikeEmptyNote, quoteText } from "./support";

export const nonNumericAmount: Rule = {
  meta: {
    id: "non-numeric-amount",
    severity: "error",
    category: "hygiene",
    description: "rule.non-numeric-amount.description",
    messages: [
      "rule.non-numeric-amount.message.text",
      "rule.non-numeric-amount.message.error",
      "rule.non-numeric-amount.message.noResult",
      "rule.non-numeric-amount.message.percent",
    ],
    templates: BUDGET_TEMPLATES,
  },
  checkTable(table, ctx) {
    const sheet = ctx.workbook.sheets[table.sheetIndex];
    // Most sheets have no formula at all; skip the per-cell look-up then.
    const hasFormulas = !!sheet && !!sheet.formulas && Object.keys(sheet.formulas).length > 0;
    forEachAmountCell(table, ctx, ({ row, col, parsed }) => {
      if ((parsed.kind === "number" && !parsed.percent) || (parsed.kind === "empty" && !hasFormulas)) return;
      const at = { sheet: table.sheet, cell: toA1(row, col), table: table.template };
      if (parsed.kind === "number") {
        const text = quoteText(cellText(cellAt(sheet, row, col)));
        ctx.report({ ...at, messageId: "rule.non-numeric-amount.message.percent", data: { text }, actual: text });
        return;
      }
      if (parsed.kind === "text") {
        if (/^(注|说明)/.test(parsed.text) || looksLikeEmptyNote(parsed.text)) return;
        const text = quoteText(parsed.text);
        ctx.report({ ...at, messageId: "rule.non-numeric-amount.message.text", data: { text }, actual: text });
      } else if (parsed.kind === "error") {
        ctx.report({ ...at, messageId: "rule.non-numeric-amount.message.error", data: { code: parsed.code }, actual: parsed.code });
      } else if (parsed.kind === "empty" && formulaAt(sheet, row, col) !== undefined && cellAt(sheet, row, col) === null) {
        ctx.report({ ...at, severity: "info", messageId: "rule.non-numeric-amount.message.noResult" });
      }
    }, (raw) => typeof raw !== "number" && (raw !== null || hasFormulas), { numbers: true, blanks: !hasFormulas });
  },
};
