/**
 * A known code must carry its catalogue name. A name that is another catalogue code's name (of the
 * same system) is an error naming both codes: either the code or the name was mistyped. Any other
 * name is a warning (regional wording, an old name, a typo). Names the catalogue is not sure of
 * (`nameUncertain`) and local 7-digit items are never used to blame a row.
 */
import { toA1 } from "../../core/a1";
import { squeeze } from "../../core/values";
import { t } from "../../i18n";
import { CodeEntry, economicSystemOf, entriesNamed, findCodeIn, namesMatch, parentCode } from "../../catalog/codes";
import type { CodeSystem } from "../../catalog/codes";
import type { CodedTable } from "../../recognize/model";
import type { Rule } from "../types";
import { codeCol, codeRows, isCodedTable, labelCol } from "./support";

function systemOf(table: CodedTable, code: string): CodeSystem | undefined {
  return table.codeSystem === "function" ? "function" : economicSystemOf(code);
}

const trusted = (e: CodeEntry) => !e.nameUncertain && !e.local;

/** The label without the code when both share one cell ("2080505 机关事业单位…"). */
function nameText(label: string, code: string): string {
  const s = squeeze(label);
  return s.indexOf(code) === 0 ? s.slice(code.length) : label.trim();
}

/** Of the entries bearing the name, the likeliest mix-up: same parent, then same level, then any. */
function closest(code: string, candidates: CodeEntry[]): CodeEntry | undefined {
  const parent = parentCode(code);
  return (
    candidates.find((e) => parent !== undefined && parentCode(e.code) === parent) ??
    candidates.find((e) => e.code.length === code.length) ??
    candidates[0]
  );
}

export const codeNameMismatch: Rule = {
  meta: {
    id: "code-name-mismatch",
    severity: "error",
    category: "codes",
    description: "rule.code-name-mismatch.description",
    messages: ["rule.code-name-mismatch.message.otherCode", "rule.code-name-mismatch.message.differs"],
    reference: "§6",
  },
  checkTable(table, ctx) {
    if (!isCodedTable(table)) return;
    for (const row of codeRows(table)) {
      const code = squeeze(row.code!);
      const system = systemOf(table, code);
      const entry = system ? findCodeIn(system, code) : undefined;
      if (!system || !entry || !trusted(entry) || typeof row.label !== "string") continue;
      const actual = nameText(row.label, code);
      if (!squeeze(actual) || namesMatch(entry, actual)) continue;
      const others = entriesNamed(system, actual).filter((e) => e.code !== code && trusted(e));
      const other = closest(code, others);
      const at = {
        sheet: table.sheet,
        cell: toA1(row.row, labelCol(table, row)),
        expected: entry.name,
        actual,
        table: table.template,
      };
      const codeCell = codeCol(table, row);
      const related = codeCell !== labelCol(table, row) ? [{ sheet: table.sheet, cell: toA1(row.row, codeCell) }] : [];
      if (other) {
        ctx.report({
          ...at,
          related,
          message: t("rule.code-name-mismatch.message.otherCode", { code, expected: entry.name, actual, otherCode: other.code }),
        });
      } else {
        ctx.report({
          ...at,
          related,
          severity: "warning",
          message: t("rule.code-name-mismatch.message.differs", { code, expected: entry.name, actual }),
        });
      }
    }
  },
};
