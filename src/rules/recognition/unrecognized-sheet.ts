import { message } from "../lib/message";
import type { Rule } from "../types";

/** A sheet that is not one of the known tables is listed (info), never forced into a template. */
export const unrecognizedSheet: Rule = {
  meta: {
    id: "unrecognized-sheet",
    severity: "info",
    category: "recognition",
    description: "rule.unrecognized-sheet.description",
    messages: ["recognize.unrecognized", "recognize.unrecognizedNoTitle", "recognize.emptySheet"],
  },
  checkWorkbook(ctx) {
    for (const u of ctx.unrecognized) {
      const sheet = ctx.workbook.sheets[u.sheetIndex];
      const empty = sheet.rowCount === 0 || sheet.cells.every((r) => !r || r.every((v) => v === null || v === ""));
      ctx.report({
        sheet: u.sheet,
        cell: "",
        ...(empty
          ? message("recognize.emptySheet")
          : u.titleSeen
            ? message("recognize.unrecognized", { title: u.titleSeen })
            : message("recognize.unrecognizedNoTitle")),
      });
    }
  },
};
