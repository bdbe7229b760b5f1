/** Shared by the code rules: which codes a coded table holds, and where they are. */
import { toA1 } from "../../model/a1";
import { phrase } from "../../catalog/messages";
import type { MessageKey } from "../../catalog/messages";
import { codeLevel, economicSystemOf, findCodeIn, isEconomicClass, parentCode } from "../../catalog/codes";
import { squeeze } from "../../model/values";
import { columnByRole } from "../../recognize/model";
import type { CodedRow, CodedTable, Table } from "../../recognize/model";
import type { RuleContext } from "../types";
import { perTable } from "../lib/memo";

/** One code written in a table: the row's code, or its secondary (政府经济分类) code. */
export interface CodeOccurrence {
  code: string;
  row: CodedRow;
  /** 0-based sheet column of the cell holding the code. */
  col: number;
  secondary: boolean;
  /** What the code rules ask of the code (shared by every occurrence of it). */
  facts: CodeFacts;
}

/**
 * What the code rules ask of a code, worked out once per distinct code and table code system: a
 * county workbook writes the same few hundred codes in a hundred thousand rows.
 */
export interface CodeFacts {
  /** Digits only ("2080505"). */
  readonly digits: boolean;
  /** The code one level up (20805 for 2080505), undefined for a 类 or a malformed code. */
  readonly parent: string | undefined;
  /** Well formed, of a current class, and not in the bundled catalogue (code-not-in-catalogue). */
  readonly missing: boolean;
  /** code-name-mismatch's verdicts by label, made on its first question. */
  names: Map<string, boolean> | undefined;
}

const DIGITS = /^\d+$/;

/** Whether a code is well formed, of a current class, and not in the bundled catalogue. */
function missingFromCatalogue(codeSystem: CodedTable["codeSystem"], code: string): boolean {
  if (codeLevel(code) === undefined) return false;
  const system = codeSystem === "function" ? "function" : economicSystemOf(code);
  // An economic code outside the current classes is a structure error, not a catalogue gap.
  if (!system || (system !== "function" && !isEconomicClass(code.slice(0, 3)))) return false;
  return !findCodeIn(system, code);
}

/** Facts per code, for the tables of each code system; bounded: past the limit they start over. */
const functionFacts = new Map<string, CodeFacts>();
const economicFacts = new Map<string, CodeFacts>();
const FACTS_LIMIT = 50000;

/** The facts of a code as a table of `codeSystem` writes it (shared: callers must not change them but `names`). */
export function codeFacts(codeSystem: CodedTable["codeSystem"], code: string): CodeFacts {
  const known = codeSystem === "function" ? functionFacts : economicFacts;
  let facts = known.get(code);
  if (facts === undefined) {
    facts = { digits: DIGITS.test(code), parent: parentCode(code), missing: missingFromCatalogue(codeSystem, code), names: undefined };
    if (known.size >= FACTS_LIMIT) known.clear();
    known.set(code, facts);
  }
  return facts;
}

export function isCodedTable(table: Table): table is CodedTable {
  return table.shape === "coded" && Array.isArray((table as CodedTable).rows);
}

/** Rows that carry a classification code: everything but 合计 and 单位 rows. Once per table checked (the code rules'). */
export function codeRows(ctx: RuleContext, table: CodedTable): CodedRow[] {
  return perTable(ctx, "code-rows", table, findCodeRows);
}

function findCodeRows(_ctx: RuleContext, table: CodedTable): CodedRow[] {
  const out: CodedRow[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows[i];
    if (r && r.kind !== "total" && r.kind !== "unit" && typeof r.code === "string" && squeeze(r.code) !== "") out.push(r);
  }
  return out;
}

/** Leftmost column of the table, a last resort for a cell address. */
function firstColumn(table: Table): number {
  let min = Number.POSITIVE_INFINITY;
  for (const c of table.columns || []) if (c.col >= 0 && c.col < min) min = c.col;
  return Number.isFinite(min) ? min : 0;
}

export function codeCol(table: Table, row: CodedRow): number {
  return validCol(row.codeCol) ?? validCol(row.labelCol) ?? firstColumn(table);
}

export function labelCol(table: Table, row: CodedRow): number {
  return validCol(row.labelCol) ?? codeCol(table, row);
}

function validCol(col: number | undefined): number | undefined {
  return typeof col === "number" && col >= 0 && Number.isInteger(col) ? col : undefined;
}

/** The column of the secondary (政府经济分类) code: the "secondaryCode" column, else the code cell. */
function secondaryCol(table: CodedTable, row: CodedRow): number {
  return validCol(columnByRole(table, "secondaryCode")?.col) ?? codeCol(table, row);
}

/**
 * Every code in a coded table, primary codes first (one per row of `codeRows`, in its order) then
 * secondary ones, with their cells and facts. Once per table checked: the code rules of the table
 * read the same list (callers must not change it).
 */
export function codeOccurrences(ctx: RuleContext, table: CodedTable): readonly CodeOccurrence[] {
  return perTable(ctx, "code-occurrences", table, findOccurrences);
}

function findOccurrences(ctx: RuleContext, table: CodedTable): CodeOccurrence[] {
  const out: CodeOccurrence[] = [];
  const rows = codeRows(ctx, table);
  const system = table.codeSystem;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const code = squeeze(row.code!);
    out.push({ code, row, col: codeCol(table, row), secondary: false, facts: codeFacts(system, code) });
  }
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (!row || typeof row.secondaryCode !== "string") continue;
    const code = squeeze(row.secondaryCode);
    if (code) out.push({ code, row, col: secondaryCol(table, row), secondary: true, facts: codeFacts(system, code) });
  }
  return out;
}

/**
 * Reports each 款/项 whose parent code has no row, once per missing parent (at its first child,
 * the other children as related cells). Call it with the codes of one code system.
 */
export function reportMissingParents(
  table: CodedTable,
  ctx: RuleContext,
  occurrences: readonly CodeOccurrence[],
  messageKey: MessageKey,
): void {
  // Parents are 类 and 款 (3 and 5 digits): only those codes can be one.
  const present = new Set<string>();
  for (let i = 0; i < occurrences.length; i++) {
    const code = occurrences[i].code;
    if (code.length === 3 || code.length === 5) present.add(code);
  }
  const orphans = new Map<string, CodeOccurrence[]>();
  for (let i = 0; i < occurrences.length; i++) {
    const o = occurrences[i];
    const parent = o.facts.parent;
    if (parent === undefined || present.has(parent)) continue;
    const list = orphans.get(parent);
    if (list) list.push(o);
    else orphans.set(parent, [o]);
  }
  orphans.forEach((children, parent) => {
    const first = children[0];
    const parentLevel = phrase(("codes.level." + (codeLevel(parent) ?? 1)) as MessageKey);
    ctx.report({
      sheet: table.sheet,
      cell: toA1(first.row.row, first.col),
      related: children.slice(1).map((c) => ({ sheet: table.sheet, cell: toA1(c.row.row, c.col) })),
      messageId: messageKey, data: { code: first.code, parent, parentLevel },
      expected: parent,
      table: table.template,
    });
  });
}
