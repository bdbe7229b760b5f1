/**
 * A known code must carry its catalogue name. A name that is another catalogue code's name (of the
 * same system) is an error naming both codes: either the code or the name was mistyped. Any other
 * name is a warning (regional wording, an old name, a typo). Names the catalogue is not sure of
 * (`nameUncertain`) and local 7-digit items are never used to blame a row.
 */
import { toA1 } from "../../model/a1";
import { phrase } from "../../catalog/messages";
import type { NestedMessage } from "../../model/findings";
import { squeeze } from "../../model/values";
import { CodeEntry, economicSystemOf, entriesNamed, findCodeIn, formerNameUntil, namesMatch, parentCode, yearOfTitle } from "../../catalog/codes";
import type { CodeSystem } from "../../catalog/codes";
import type { CodedRow, CodedTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { codeCol, codeOccurrences, codeRows, isCodedTable, labelCol, type CodeFacts } from "./support";

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

/**
 * Whether a row's label is not its code's catalogue name (for a trusted entry). Remembered per code
 * and label (with the code's facts): a county workbook writes the same codes with the same names in
 * every department.
 */
function nameDiffers(codeSystem: CodedTable["codeSystem"], code: string, facts: CodeFacts, label: string): boolean {
  const byLabel = facts.names || (facts.names = new Map());
  let differs = byLabel.get(label);
  if (differs === undefined) {
    const system = codeSystem === "function" ? "function" : economicSystemOf(code);
    const entry = system ? findCodeIn(system, code) : undefined;
    if (!system || !entry || !trusted(entry)) differs = false;
    else {
      const actual = nameText(label, code);
      differs = !!squeeze(actual) && !namesMatch(entry, actual);
    }
    byLabel.set(label, differs);
  }
  return differs;
}

/** The finding for a row whose name is not its code's (a function of its own, off the row loop). */
function reportMismatch(
  table: CodedTable,
  ctx: RuleContext,
  row: CodedRow,
  code: string,
  system: CodeSystem,
  entry: CodeEntry,
  actual: string,
): void {
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
      messageId: "rule.code-name-mismatch.message.otherCode", data: { code, expected: entry.name, actual, otherCode: other.code },
    });
  } else {
    ctx.report({
      ...at,
      related,
      severity: "warning",
      messageId: "rule.code-name-mismatch.message.differs", data: { code, expected: entry.name, actual },
    });
  }
}

export const codeNameMismatch: Rule = {
  meta: {
    id: "code-name-mismatch",
    severity: "error",
    category: "codes",
    description: "rule.code-name-mismatch.description",
    messages: ["rule.code-name-mismatch.message.otherCode", "rule.code-name-mismatch.message.differs", "rule.code-name-mismatch.message.former", "rule.code-name-mismatch.message.formerNoYear"],
    shapes: ["coded"],
    reference: "§6",
  },
  checkTable(table, ctx) {
    if (!isCodedTable(table)) return;
    const rows = codeRows(ctx, table);
    // One occurrence per code row, in the same order: the squeezed code and its facts.
    const occurrences = codeOccurrences(ctx, table);
    const year = yearOfTitle(table.title);
    const former: { row: CodedRow; code: string; entry: CodeEntry; actual: string; until: number }[] = [];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (typeof row.label !== "string") continue;
      const o = occurrences[i];
      const code = o.code;
      if (!nameDiffers(table.codeSystem, code, o.facts, row.label)) continue;
      const system = systemOf(table, code)!;
      const entry = findCodeIn(system, code)!;
      const actual = nameText(row.label, code);
      // The name the code had in the table's year (or in an earlier year when the title names none).
      const until = formerNameUntil(entry, actual);
      if (until !== undefined && (year === undefined || year <= until)) former.push({ row, code, entry, actual, until });
      else reportMismatch(table, ctx, row, code, system, entry, actual);
    }
    if (former.length) reportFormerNames(table, ctx, former, year);
  },
};

/** One note per table: the names accepted as they were in the table's year, and their current names. */
function reportFormerNames(
  table: CodedTable,
  ctx: RuleContext,
  former: { row: CodedRow; code: string; entry: CodeEntry; actual: string; until: number }[],
  year: number | undefined,
): void {
  const cells = former.map((f) => ({ sheet: table.sheet, cell: toA1(f.row.row, labelCol(table, f.row)) }));
  const seen = new Set<string>();
  const names: NestedMessage[] = [];
  for (const f of former) {
    if (seen.has(f.code)) continue;
    seen.add(f.code);
    names.push(phrase("rule.code-name-mismatch.formerName", { code: f.code, actual: f.actual, until: f.until, expected: f.entry.name }));
  }
  ctx.report({
    severity: "info",
    sheet: cells[0].sheet,
    cell: cells[0].cell,
    related: cells.slice(1),
    messageId: year === undefined ? "rule.code-name-mismatch.message.formerNoYear" : "rule.code-name-mismatch.message.former",
    data: { year: year ?? "", names: { join: names, sep: "；" } },
    table: table.template,
  });
}
