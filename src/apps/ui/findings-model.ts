/**
 * What the findings view shows, as plain data: tables with errors first, each table's findings by
 * severity, the same message on many cells folded into one row, and the rows of the list after
 * the reader's filter and the sections and groups that are open. Host-free and React-free, so the
 * ordering, grouping and filtering are tested on their own.
 */
import { countFindings, Finding, FindingCounts, SEVERITY_RANK, Severity } from "../../model/findings";
import type { CheckedTable } from "../../engine/check";
import { findingKey } from "../../model/host-port";
import { parseA1 } from "../../model/a1";
import { t, type Locale } from "../../catalog/messages";
import { oneLine } from "../../present/groups";
import { renderMessage } from "../../present/render";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** At least this many findings of one rule with one wording in a table become one expandable row. */
export const GROUP_AT = 3;

export interface SingleItem {
  kind: "single";
  key: string;
  severity: Severity;
  finding: Finding;
}

export interface GroupItem {
  kind: "group";
  key: string;
  severity: Severity;
  ruleId: string;
  /** The wording they share (the first one's message). */
  message: string;
  findings: Finding[];
}

export type Item = SingleItem | GroupItem;

export interface Section {
  key: string;
  /** 「sheet」title — no template id. */
  heading: string;
  sheet: string;
  /** The table's amount unit (万元/元) when the table says it. */
  unit?: string;
  counts: FindingCounts;
  items: Item[];
}

/** A table as the view needs it: where it is, its title and unit. */
export interface TableInfo extends Pick<CheckedTable, "sheet" | "template" | "title"> {
  unit?: string;
}

/**
 * What makes findings "the same message": one rule, one severity and one wording once cells and
 * amounts are left out (a text number in 20 departments' rows reads the same but for the number).
 */
export function sameMessageKey(f: Finding): string {
  let key = sameMessageKeys.get(f);
  if (key === undefined) {
    const wording = renderMessage(f, "zh-CN").replace(/“[^”]*”/g, "“”").replace(/[A-Z]{1,3}\d+/g, "#").replace(/-?[\d,]+(\.\d+)?%?/g, "0");
    key = `${f.ruleId}|${f.severity}|${wording}`;
    sameMessageKeys.set(f, key);
  }
  return key;
}

/** Each finding's key, worked out once: grouping within tables and across them asks for it several times. */
const sameMessageKeys = new WeakMap<Finding, string>();

function position(f: Finding): [number, number] {
  const p = f.cell ? parseA1(f.cell) : null;
  return p ? [p.row, p.col] : [-1, -1];
}

/** Within a table: errors, then warnings, then notes; each in reading order (row, then column). */
export function bySeverityThenPosition(a: Finding, b: Finding): number {
  const [ar, ac] = position(a);
  const [br, bc] = position(b);
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || ar - br || ac - bc;
}

/** Folds the findings of one table (already ordered) into rows: a group where ≥ GROUP_AT share a message. */
export function foldSameMessages(findings: readonly Finding[], locale: Locale): Item[] {
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = sameMessageKey(f);
    const list = byKey.get(k);
    if (list) list.push(f);
    else byKey.set(k, [f]);
  }
  const items: Item[] = [];
  const done = new Set<string>();
  for (const f of findings) {
    const k = sameMessageKey(f);
    const same = byKey.get(k)!;
    if (same.length < GROUP_AT) {
      items.push({ kind: "single", key: findingKey(f), severity: f.severity, finding: f });
    } else if (!done.has(k)) {
      done.add(k);
      items.push({ kind: "group", key: `group|${f.sheet}|${k}`, severity: f.severity, ruleId: f.ruleId, message: renderMessage(f, locale), findings: same });
    }
  }
  return items;
}

/**
 * The findings by table: recognised tables in workbook order, then sheets with no recognised
 * table, then the workbook as a whole; then tables with errors first, then with warnings, then
 * with notes only (a stable sort keeps workbook order within each). Tables without findings are left out.
 */
export function sectionsOf(tables: readonly TableInfo[], findings: readonly Finding[], locale: Locale): Section[] {
  const perSheet = new Map<string, number>();
  for (const table of tables) perSheet.set(table.sheet, (perSheet.get(table.sheet) ?? 0) + 1);
  // A table takes the findings on its sheet that name its template (or name none, when it is the
  // sheet's only table); the first such table takes them all. Listed once per sheet and template:
  // a county sheet can hold thousands of tables.
  const byTable = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = f.table === undefined ? `${f.sheet}\u0000` : `${f.sheet}\u0000${f.table}`;
    const list = byTable.get(k);
    if (list) list.push(f);
    else byTable.set(k, [f]);
  }
  const used = new Set<Finding>();
  const raw: { key: string; heading: () => string; sheet: string; unit?: string; findings: Finding[] }[] = [];
  const seen = new Set<string>();
  for (const table of tables) {
    // The halves of a side-by-side table (same sheet, title and template) are one table to a reader.
    const id = `${table.sheet}|${table.template}|${table.title}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const several = (perSheet.get(table.sheet) ?? 0) > 1;
    let mine = takeList(byTable, `${table.sheet}\u0000${table.template}`);
    if (!several) {
      const unnamed = takeList(byTable, `${table.sheet}\u0000`);
      // In report order, as the findings came.
      if (unnamed.length) mine = mine.length ? findings.filter((f) => f.sheet === table.sheet && (f.table === undefined || f.table === table.template)) : unnamed;
    }
    mine.forEach((f) => used.add(f));
    // Headings only for the tables that have findings (most have none).
    raw.push({ key: `table|${id}`, heading: () => t("ui.tableHeading", { sheet: oneLine(table.sheet), title: oneLine(table.title) }, locale), sheet: table.sheet, unit: table.unit, findings: mine });
  }
  const rest = new Map<string, Finding[]>();
  for (const f of findings) {
    if (used.has(f)) continue;
    const list = rest.get(f.sheet);
    if (list) list.push(f);
    else rest.set(f.sheet, [f]);
  }
  for (const [sheet, list] of rest) {
    if (sheet) raw.push({ key: `sheet|${sheet}`, heading: () => t("ui.sheetHeading", { sheet: oneLine(sheet) }, locale), sheet, findings: list });
  }
  const whole = rest.get("");
  if (whole) raw.push({ key: "workbook", heading: () => t("cli.workbookLevel", {}, locale), sheet: "", findings: whole });

  const sections = raw
    .filter((s) => s.findings.length > 0)
    .map((s) => {
      const ordered = s.findings.slice().sort(bySeverityThenPosition);
      return { key: s.key, heading: s.heading(), sheet: s.sheet, unit: s.unit, counts: countFindings(ordered), items: foldSameMessages(ordered, locale) };
    });
  const worst = (s: Section) => (s.counts.error ? 0 : s.counts.warning ? 1 : 2);
  return sections
    .map((s, i) => ({ s, i }))
    .sort((a, b) => worst(a.s) - worst(b.s) || a.i - b.i)
    .map((x) => x.s);
}

/** The list under `key`, taken out of `lists` (empty when it is not there, or was taken). */
function takeList(lists: Map<string, Finding[]>, key: string): Finding[] {
  const list = lists.get(key);
  if (!list) return [];
  lists.delete(key);
  return list;
}

/** The sections as they read with only `shown` severities: items of other severities dropped, empty sections gone. */
export function filterSections(sections: readonly Section[], shown: ReadonlySet<Severity>): Section[] {
  const out: Section[] = [];
  for (const s of sections) {
    const items = s.items.filter((i) => shown.has(i.severity));
    if (items.length) out.push({ ...s, items });
  }
  return out;
}

export type Row =
  | { type: "section"; key: string; section: Section; open: boolean; level: 1; posinset: number; setsize: number }
  | { type: "finding"; key: string; finding: Finding; section: Section; level: 2 | 3; posinset: number; setsize: number }
  | { type: "group"; key: string; group: GroupItem; section: Section; open: boolean; level: 2; posinset: number; setsize: number };

/** Whether a section starts open: it has errors or warnings, or the whole list is short. */
export function openByDefault(section: Section, total: number): boolean {
  return total <= 30 || section.counts.error > 0 || section.counts.warning > 0;
}

/**
 * The list's rows, in order: each section's heading, and when it is open its items; an open group
 * lists its findings under it. `toggled` holds the keys of sections and groups whose open state
 * the reader flipped from the default (sections open by `openByDefault`, groups closed).
 */
export function rowsOf(sections: readonly Section[], toggled: ReadonlySet<string>): Row[] {
  const total = sections.reduce((n, s) => n + s.counts.error + s.counts.warning + s.counts.info, 0);
  const rows: Row[] = [];
  sections.forEach((section, si) => {
    const open = openByDefault(section, total) !== toggled.has(section.key);
    rows.push({ type: "section", key: section.key, section, open, level: 1, posinset: si + 1, setsize: sections.length });
    if (!open) return;
    section.items.forEach((item, ii) => {
      const common = { section, posinset: ii + 1, setsize: section.items.length };
      if (item.kind === "single") {
        rows.push({ type: "finding", key: item.key, finding: item.finding, level: 2, ...common });
        return;
      }
      const groupOpen = toggled.has(item.key);
      rows.push({ type: "group", key: item.key, group: item, open: groupOpen, level: 2, ...common });
      if (groupOpen) {
        item.findings.forEach((f, fi) =>
          rows.push({ type: "finding", key: `${item.key}|${findingKey(f)}`, finding: f, section, level: 3, posinset: fi + 1, setsize: item.findings.length }),
        );
      }
    });
  });
  return rows;
}
