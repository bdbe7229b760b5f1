/**
 * A well-formed code that the bundled catalogue does not hold. The catalogue is partial (only codes
 * backed by a seed or a found source), so this is information, not an error; malformed codes are
 * left to the structure rules. One finding per table lists its unknown codes (a county workbook
 * with local codes would otherwise drown real errors in notes), pointing at the first of them.
 */
import { toA1 } from "../../core/a1";
import { t } from "../../i18n";
import { codeLevel, economicSystemOf, findCodeIn, isEconomicClass } from "../../catalog/codes";
import type { CodedTable } from "../../recognize/model";
import type { Rule } from "../types";
import { CodeOccurrence, codeOccurrences, isCodedTable } from "./support";

/** Codes named in the message; the rest are counted. */
const MAX_LISTED = 5;

/** Whether a code is well formed, of a current class, and not in the bundled catalogue. */
function missingFromCatalogue(codeSystem: CodedTable["codeSystem"], code: string): boolean {
  if (codeLevel(code) === undefined) return false;
  const system = codeSystem === "function" ? "function" : economicSystemOf(code);
  // An economic code outside the current classes is a structure error, not a catalogue gap.
  if (!system || (system !== "function" && !isEconomicClass(code.slice(0, 3)))) return false;
  return !findCodeIn(system, code);
}

/** The answer per code and code system: every department writes the same codes. */
const functionVerdicts = new Map<string, boolean>();
const economicVerdicts = new Map<string, boolean>();
const VERDICT_CACHE_LIMIT = 50000;

export const codeNotInCatalogue: Rule = {
  meta: {
    id: "code-not-in-catalogue",
    severity: "info",
    category: "codes",
    description: "rule.code-not-in-catalogue.description",
    messages: ["rule.code-not-in-catalogue.message"],
    reference: "§6",
  },
  checkTable(table, ctx) {
    if (!isCodedTable(table)) return;
    const unknown = new Map<string, CodeOccurrence[]>();
    const all = codeOccurrences(ctx, table);
    const verdicts = table.codeSystem === "function" ? functionVerdicts : economicVerdicts;
    for (let i = 0; i < all.length; i++) {
      const o = all[i];
      let missing = verdicts.get(o.code);
      if (missing === undefined) {
        missing = missingFromCatalogue(table.codeSystem, o.code);
        if (verdicts.size >= VERDICT_CACHE_LIMIT) verdicts.clear();
        verdicts.set(o.code, missing);
      }
      if (!missing) continue;
      const list = unknown.get(o.code);
      if (list) list.push(o);
      else unknown.set(o.code, [o]);
    }
    if (unknown.size === 0) return;
    const codes = Array.from(unknown.keys());
    const occurrences: CodeOccurrence[] = [];
    unknown.forEach((list) => {
      for (const o of list) occurrences.push(o);
    });
    const first = occurrences[0];
    const listed = codes.length > MAX_LISTED ? t("codes.andMore", { codes: codes.slice(0, MAX_LISTED).join("、"), count: codes.length }) : codes.join("、");
    ctx.report({
      sheet: table.sheet,
      cell: toA1(first.row.row, first.col),
      related: occurrences.slice(1).map((o) => ({ sheet: table.sheet, cell: toA1(o.row.row, o.col) })),
      message: t("rule.code-not-in-catalogue.message", { code: listed }),
      actual: codes.join("、"),
      table: table.template,
    });
  },
};
