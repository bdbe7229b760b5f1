/**
 * 经济分类 codes: 3 digits (类) or 5 (款), 7 for local items (3010201 工作性津贴); the 类 must be
 * a current 部门 (3xx) or 政府 (5xx) class; obsolete codes (30104) are reported as warnings. When a
 * one-column table lists 类 rows of a system, every 款 (and local item) of that system sits under
 * its parent row. The 政府 code of a two-code 基本支出表 row (`secondaryCode`) is checked too.
 */
import { toA1 } from "../../model/a1";
import { economicSystemOf, isEconomicClass, obsoleteEntryFor } from "../../catalog/codes";
import type { CodedTable } from "../../recognize/model";
import type { Rule } from "../types";
import { CodeOccurrence, codeOccurrences, isCodedTable, reportMissingParents } from "./support";

/** Where a finding about an occurrence points; built only for a finding (most codes are well formed). */
function at(table: CodedTable, o: CodeOccurrence) {
  return { sheet: table.sheet, cell: toA1(o.row.row, o.col), actual: o.code, table: table.template };
}

export const economicCodeStructure: Rule = {
  meta: {
    id: "economic-code-structure",
    severity: "error",
    category: "codes",
    description: "rule.economic-code-structure.description",
    messages: [
      "rule.economic-code-structure.message.nonDigit",
      "rule.economic-code-structure.message.length",
      "rule.economic-code-structure.message.badClass",
      "rule.economic-code-structure.message.missingParent",
      "rule.economic-code-structure.message.obsolete",
    ],
    shapes: ["coded"],
    reference: "§1.2, §6.3, §6.4",
  },
  checkTable(table, ctx) {
    if (!isCodedTable(table) || table.codeSystem !== "economic") return;
    const bySystem: Record<string, CodeOccurrence[]> = {};
    const all = codeOccurrences(ctx, table);
    for (let i = 0; i < all.length; i++) {
      const o = all[i];
      const code = o.code;
      if (!o.facts.digits) {
        ctx.report({ ...at(table, o), messageId: "rule.economic-code-structure.message.nonDigit", data: { code } });
        continue;
      }
      if (code.length !== 3 && code.length !== 5 && code.length !== 7) {
        ctx.report({ ...at(table, o), messageId: "rule.economic-code-structure.message.length", data: { code, length: code.length } });
        continue;
      }
      const cls = code.slice(0, 3);
      if (!isEconomicClass(cls)) {
        ctx.report({ ...at(table, o), messageId: "rule.economic-code-structure.message.badClass", data: { code, cls } });
        continue;
      }
      const obsolete = obsoleteEntryFor(code);
      if (obsolete) {
        ctx.report({
          ...at(table, o),
          severity: "warning",
          messageId: "rule.economic-code-structure.message.obsolete", data: { code, obsolete: obsolete.code, name: obsolete.name },
        });
      }
      const system = economicSystemOf(code);
      if (!o.secondary && system) (bySystem[system] = bySystem[system] || []).push(o);
    }
    if (table.codeLayout !== "single") return;
    for (const system of Object.keys(bySystem)) {
      const occurrences = bySystem[system];
      if (occurrences.some((o) => o.code.length === 3)) {
        reportMissingParents(table, ctx, occurrences, "rule.economic-code-structure.message.missingParent");
      }
    }
  },
};
