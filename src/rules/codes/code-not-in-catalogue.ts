/**
 * A well-formed code that the bundled catalogue does not hold. The catalogue is partial (only codes
 * backed by a seed or a found source), so this is information, not an error; malformed codes are
 * left to the structure rules. One finding per table lists its unknown codes (a county workbook
 * with local codes would otherwise drown real errors in notes), pointing at the first of them.
 */
import { toA1 } from "../../model/a1";
import { phrase } from "../../catalog/messages";
import type { CodedTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { CodeOccurrence, codeOccurrences, isCodedTable } from "./support";

/** Codes named in the message; the rest are counted. */
const MAX_LISTED = 5;

export const codeNotInCatalogue: Rule = {
  meta: {
    id: "code-not-in-catalogue",
    severity: "info",
    category: "codes",
    description: "rule.code-not-in-catalogue.description",
    messages: ["rule.code-not-in-catalogue.message"],
    shapes: ["coded"],
    reference: "§6",
  },
  checkTable(table, ctx) {
    if (!isCodedTable(table)) return;
    const all = codeOccurrences(ctx, table);
    // The occurrences of unknown codes in table order, and the distinct codes in order of first appearance.
    let missingAt: CodeOccurrence[] | undefined;
    let codes: Set<string> | undefined;
    for (let i = 0; i < all.length; i++) {
      const o = all[i];
      // Worked out once per code (see CodeFacts), for the table's code system.
      if (!o.facts.missing) continue;
      if (!missingAt || !codes) {
        missingAt = [];
        codes = new Set();
      }
      missingAt.push(o);
      codes.add(o.code);
    }
    if (!missingAt || !codes) return;
    reportUnknown(table, ctx, missingAt, Array.from(codes));
  },
};

/** The one finding of a table with unknown codes, at the first of them (off the occurrence loop). */
function reportUnknown(table: CodedTable, ctx: RuleContext, occurrences: readonly CodeOccurrence[], codes: string[]): void {
  const first = occurrences[0];
  const listed = codes.length > MAX_LISTED ? phrase("codes.andMore", { codes: codes.slice(0, MAX_LISTED).join("、"), count: codes.length }) : codes.join("、");
  const related = new Array<{ sheet: string; cell: string }>(occurrences.length - 1);
  for (let i = 1; i < occurrences.length; i++) related[i - 1] = { sheet: table.sheet, cell: toA1(occurrences[i].row.row, occurrences[i].col) };
  ctx.report({
    sheet: table.sheet,
    cell: toA1(first.row.row, first.col),
    related,
    messageId: "rule.code-not-in-catalogue.message", data: { code: listed },
    actual: codes.join("、"),
    table: table.template,
  });
}
