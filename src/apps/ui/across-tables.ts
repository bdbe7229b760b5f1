/**
 * The same warning across departments: a county workbook holds every department's tables, and a
 * habit of one office (amounts typed as text, a code left blank) shows up as the same warning in
 * the same table of many departments. Such a warning or note, found in at least ACROSS_AT tables,
 * is taken out of those tables' sections and listed once, as one expandable row naming every
 * cell, in a section of its own. Errors stay in their tables: each is a cell to fix there.
 */
import { countFindings, Finding, SEVERITY_RANK } from "../../model/findings";
import { t, type Locale } from "../../catalog/messages";
import { renderMessage } from "../../present/render";
import { GroupItem, Section, sameMessageKey } from "./findings-model";

/** A warning or note in at least this many tables becomes one row across them. */
export const ACROSS_AT = 3;

export const ACROSS_KEY = "across-tables";

function findingsOf(item: Section["items"][number]): Finding[] {
  return item.kind === "single" ? [item.finding] : item.findings;
}

const worst = (s: Section) => (s.counts.error ? 0 : s.counts.warning ? 1 : 2);

/** `sections` (as sectionsOf orders them) with warnings repeated across ACROSS_AT or more tables folded into one section. */
export function foldAcrossTables(sections: readonly Section[], locale: Locale): Section[] {
  const tablesOf = new Map<string, Set<string>>();
  for (const section of sections) {
    for (const item of section.items) {
      for (const f of findingsOf(item)) {
        if (f.severity === "error") continue;
        const k = sameMessageKey(f);
        const tables = tablesOf.get(k) ?? new Set<string>();
        tables.add(section.key);
        tablesOf.set(k, tables);
      }
    }
  }
  const across = new Set(Array.from(tablesOf).filter(([, tables]) => tables.size >= ACROSS_AT).map(([k]) => k));
  if (!across.size) return sections.slice();

  const groups = new Map<string, GroupItem>();
  const kept: Section[] = [];
  for (const section of sections) {
    const items: Section["items"] = [];
    for (const item of section.items) {
      const taken = findingsOf(item).filter((f) => f.severity !== "error" && across.has(sameMessageKey(f)));
      for (const f of taken) {
        const k = sameMessageKey(f);
        const group = groups.get(k);
        if (group) group.findings.push(f);
        else groups.set(k, { kind: "group", key: `${ACROSS_KEY}|${k}`, severity: f.severity, ruleId: f.ruleId, message: renderMessage(f, locale), findings: [f] });
      }
      if (taken.length === 0) items.push(item);
      else if (item.kind === "group" && taken.length < item.findings.length) items.push({ ...item, findings: item.findings.filter((f) => !taken.includes(f)) });
    }
    if (items.length) kept.push(items.length === section.items.length ? section : { ...section, items, counts: countFindings(items.flatMap(findingsOf)) });
  }
  // Warnings before notes; among them, the one in most tables first.
  const items = Array.from(groups.values()).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.findings.length - a.findings.length);
  const section: Section = {
    key: ACROSS_KEY,
    heading: t("ui.acrossHeading", { count: items.length }, locale),
    sheet: "",
    counts: countFindings(items.flatMap((i) => i.findings)),
    items,
  };
  // Among the sections of its own worst severity, first: it stands for many tables.
  const at = kept.findIndex((s) => worst(s) >= worst(section));
  return at < 0 ? [...kept, section] : [...kept.slice(0, at), section, ...kept.slice(at)];
}
