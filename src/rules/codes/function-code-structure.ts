/**
 * 功能分类 codes are 3, 5 or 7 digits (类/款/项). In a one-column layout that lists 类 rows
 * (Hebei), every 款 and 项 sits under its parent row; split 类|款|项 layouts (Henan) list only 项
 * rows, so the parent check does not apply there.
 */
import { toA1 } from "../../model/a1";
import type { CodedTable } from "../../recognize/model";
import type { Rule } from "../types";
import { CodeOccurrence, codeOccurrences, isCodedTable, reportMissingParents } from "./support";

/** Where a finding about an occurrence points; built only for a finding (most codes are well formed). */
function at(table: CodedTable, o: CodeOccurrence) {
  return { sheet: table.sheet, cell: toA1(o.row.row, o.col), actual: o.code, table: table.template };
}

export const functionCodeStructure: Rule = {
  meta: {
    id: "function-code-structure",
    severity: "error",
    category: "codes",
    description: "rule.function-code-structure.description",
    messages: [
      "rule.function-code-structure.message.nonDigit",
      "rule.function-code-structure.message.length",
      "rule.function-code-structure.message.missingParent",
    ],
    shapes: ["coded"],
    reference: "§1.2",
  },
  checkTable(table, ctx) {
    if (!isCodedTable(table) || table.codeSystem !== "function") return;
    const wellFormed: CodeOccurrence[] = [];
    const all = codeOccurrences(ctx, table);
    for (let i = 0; i < all.length; i++) {
      const o = all[i];
      if (o.secondary) continue;
      if (!o.facts.digits) {
        ctx.report({ ...at(table, o), messageId: "rule.function-code-structure.message.nonDigit", data: { code: o.code } });
      } else if (o.code.length !== 3 && o.code.length !== 5 && o.code.length !== 7) {
        ctx.report({ ...at(table, o), messageId: "rule.function-code-structure.message.length", data: { code: o.code, length: o.code.length } });
      } else {
        wellFormed.push(o);
      }
    }
    const listsClasses = wellFormed.some((o) => o.code.length === 3);
    if (table.codeLayout === "single" && listsClasses) {
      reportMissingParents(table, ctx, wellFormed, "rule.function-code-structure.message.missingParent");
    }
  },
};
