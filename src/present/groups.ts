/**
 * A file's findings in reading order, by table: the grouping behind the CLI's text output and the
 * browser page. Host-free.
 */
import type { Finding } from "../model/findings";
import { translator, type Locale } from "../catalog/messages";
import type { FileReport } from "../engine/file-report";

export interface Group {
  heading: string;
  findings: Finding[];
}

/** Where a group's findings are: a recognised table, a sheet with no recognised table, or the whole workbook. */
export type GroupPlace = { kind: "table"; table: FileReport["tables"][number] } | { kind: "sheet"; sheet: string } | { kind: "workbook" };

/**
 * Recognised tables in workbook order, each with its findings; then findings on sheets that hold
 * no recognised table, by sheet; then findings about the whole workbook (no sheet).
 */
export function groupByTable(report: FileReport, locale: Locale): Group[] {
  const t = translator(locale);
  return placedGroups(report).map(({ place, findings }) => ({
    heading:
      place.kind === "table"
        ? t("cli.table", { sheet: oneLine(place.table.sheet), title: oneLine(place.table.title), template: place.table.template })
        : place.kind === "sheet"
          ? t("cli.sheet", { sheet: oneLine(place.sheet) })
          : t("cli.workbookLevel"),
    findings,
  }));
}

/**
 * The groups of groupByTable without their headings: a county workbook has thousands of tables,
 * and a reader that only counts them (the page's "N tables without findings") need not word them.
 */
export function placedGroups(report: FileReport): { place: GroupPlace; findings: Finding[] }[] {
  const groups: { place: GroupPlace; findings: Finding[] }[] = [];
  const used = new Set<Finding>();
  const tablesOnSheet = new Map<string, number>();
  for (const table of report.tables) tablesOnSheet.set(table.sheet, (tablesOnSheet.get(table.sheet) ?? 0) + 1);
  // Findings by sheet, in report order: a county workbook has thousands of tables.
  const onSheet = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = onSheet.get(f.sheet);
    if (list) list.push(f);
    else onSheet.set(f.sheet, [f]);
  }
  let previous: FileReport["tables"][number] | undefined;
  for (const table of report.tables) {
    // The halves of a side-by-side table (same sheet, title and template) are one table to a reader.
    const half = previous !== undefined && previous.sheet === table.sheet && previous.title === table.title && previous.template === table.template;
    previous = table;
    if (half) continue;
    const several = (tablesOnSheet.get(table.sheet) ?? 0) > 1;
    const mine = (onSheet.get(table.sheet) ?? []).filter((f) => !used.has(f) && (f.table === undefined ? !several : f.table === table.template));
    mine.forEach((f) => used.add(f));
    groups.push({ place: { kind: "table", table }, findings: mine });
  }
  const bySheet = new Map<string, Finding[]>();
  for (const f of report.findings) {
    if (used.has(f)) continue;
    const list = bySheet.get(f.sheet) ?? [];
    list.push(f);
    bySheet.set(f.sheet, list);
  }
  for (const [sheet, findings] of bySheet) {
    if (sheet) groups.push({ place: { kind: "sheet", sheet }, findings });
  }
  const workbookLevel = bySheet.get("");
  if (workbookLevel) groups.push({ place: { kind: "workbook" }, findings: workbookLevel });
  return groups;
}

/** Cell text is untrusted: no line breaks or terminal control sequences reach the terminal. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\r\n\t]+/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
}
