/**
 * A well-formed code that the bundled catalogue does not hold. The catalogue is partial (only codes
 * backed by a seed or a found source), so this is information, not an error; malformed codes are
 * left to the structure rules. One finding per table lists its unknown codes (a county workbook
 * with local codes would otherwise drown real errors in notes), pointing at the first of them.
 */
import { toA1 } from "../../core/a1";
import { t } from "../../i18n";
import { codeLevel, economicSystemOf, findCodeIn, isEconomicClass } from "../../catalog/codes";
import type { Rule } from "../types";
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
    reference: "§6",
  },
  checkTable(table, ctx) {
    if (!isCodedTable(table)) return;
    const unknown = new Map<string, CodeOccurrence[]>();
    for (const o of codeOccurrences(table)) {
      if (codeLevel(o.code) === undefined) continue;
      const system = table.codeSystem === "function" ? "function" : economicSystemOf(o.code);
      // An economic code outside the current classes is a structure error, not a catalogue gap.
      if (!system || (system !== "function" && !isEconomicClass(o.code.slice(0, 3)))) continue;
      if (findCodeIn(system, o.code)) continue;
      const list = unknown.get(o.code);
      if (list) list.push(o);
      else unknown.set(o.code, [o]);
    }
    if (unknown.size === 0) return;
    const codes = Array.from(unknown.keys());
    const occurrences = Array.from(unknown.values()).reduce((all, list) => all.concat(list), [] as CodeOccurrence[]);
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
