import { rangeToA1, toA1 } from "../../model/a1";
import type { Rule } from "../types";

/**
 * A merge that covers amount cells of the body: only its top-left cell holds a value, so the rows
 * it spans read as blank and their sums may silently change. Reported once per merge.
 */
export const mergedAmountCells: Rule = {
  meta: {
    id: "merged-amount-cells",
    severity: "warning",
    category: "hygiene",
    description: "rule.merged-amount-cells.description",
    messages: ["rule.merged-amount-cells.message"],
  },
  checkTable(table, ctx) {
    // Most tables have no merge in the body: nothing to look at.
    if (table.shape === "indicator" || (table.bodyMerges && table.bodyMerges.length === 0)) return;
    const numeric = table.columns.filter((c) => c.numeric).map((c) => c.col);
    if (numeric.length === 0) return;
    for (const m of table.bodyMerges) {
      if (m.bottom === m.top && m.right === m.left) continue;
      if (!numeric.some((c) => c >= m.left && c <= m.right)) continue;
      // A label merged along its row from a text column (公用经费合计 across a block's code, name
      // and amount columns) is a label, not a merged amount; the total it stands for is checked.
      if (m.top === m.bottom && !numeric.includes(m.left) && typeof ctx.values.cellsOf(table.sheetIndex)[m.top]?.[m.left] === "string") continue;
      ctx.report({
        sheet: table.sheet,
        cell: toA1(m.top, m.left),
        messageId: "rule.merged-amount-cells.message", data: { range: rangeToA1(m) },
        table: table.template,
      });
    }
  },
};
