/**
 * The summary workbook of a batch (budget-check --summary): one sheet with a line per file (counts,
 * or why it could not be checked) and one with every finding of every file, filterable. A
 * finance-bureau reviewer sorts and filters hundreds of submissions there rather than reading
 * terminal output. Browser-safe: returns bytes.
 */
import type ExcelJS from "exceljs";
import { excelJS } from "./exceljs-lazy";
import { countFindings, Finding, Severity } from "../../model/findings";
import { translator, type Locale } from "../../catalog/messages";
import { FINDING_COLUMNS, reportUnit, SEVERITY_FILL, type ReportColumn } from "../../present/report-sheet";
import { safeText, writeFinding, writeHeader } from "./annotate";

export interface SummaryEntry {
  /** The file as named on the command line. */
  file: string;
  /** Tables recognised in it. */
  tables: number;
  findings: readonly Finding[];
  /** Why the file could not be checked. */
  error?: string;
  /** Findings explained in the workbook: listed on their own sheet, not counted. */
  explained?: readonly { finding: Finding; note: string }[];
}

const FILE_COLUMNS: readonly ReportColumn[] = [
  { key: "summary.col.index", width: 6 },
  { key: "summary.col.file", width: 48 },
  { key: "summary.col.tables", width: 10 },
  { key: "summary.col.errors", width: 8 },
  { key: "summary.col.warnings", width: 8 },
  { key: "summary.col.infos", width: 8 },
  { key: "summary.col.status", width: 60 },
];

const LIST_COLUMNS: readonly ReportColumn[] = [{ key: "summary.col.index", width: 6 }, { key: "summary.col.file", width: 40 }, ...FINDING_COLUMNS];

const SEVERITY_COLUMN: Record<Severity, number> = { error: 4, warning: 5, info: 6 };

export async function summaryWorkbook(entries: readonly SummaryEntry[], locale: Locale): Promise<Uint8Array> {
  const workbook = new (excelJS().Workbook)();
  addFileSheet(workbook, entries, locale);
  addFindingSheet(workbook, entries, locale);
  if (entries.some((e) => e.explained?.length)) addExplainedSheet(workbook, entries, locale);
  const out = await workbook.xlsx.writeBuffer();
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}

function addFileSheet(workbook: ExcelJS.Workbook, entries: readonly SummaryEntry[], locale: Locale): void {
  const t = translator(locale);
  const sheet = workbook.addWorksheet(t("summary.sheet.files"), { views: [{ state: "frozen", ySplit: 1 }] });
  writeHeader(sheet, 1, FILE_COLUMNS, locale);
  entries.forEach((entry, i) => {
    const row = sheet.getRow(i + 2);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = safeText(entry.file);
    if (entry.error !== undefined) {
      row.getCell(7).value = safeText(t("summary.status.unreadable", { message: entry.error }));
      row.getCell(7).fill = { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL.error } };
      return;
    }
    const counts = countFindings(entry.findings);
    row.getCell(3).value = entry.tables;
    for (const severity of ["error", "warning", "info"] as Severity[]) {
      const cell = row.getCell(SEVERITY_COLUMN[severity]);
      cell.value = counts[severity];
      if (counts[severity]) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[severity] } };
    }
    row.getCell(7).value = t(entry.tables === 0 ? "summary.status.noTables" : counts.error ? "summary.status.errors" : "summary.status.noErrors");
  });
  if (entries.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: entries.length + 1, column: FILE_COLUMNS.length } };
}

function addFindingSheet(workbook: ExcelJS.Workbook, entries: readonly SummaryEntry[], locale: Locale): void {
  const t = translator(locale);
  const sheet = workbook.addWorksheet(t("summary.sheet.findings"), { views: [{ state: "frozen", ySplit: 1 }] });
  const unit = reportUnit(entries.flatMap((e) => e.findings));
  writeHeader(sheet, 1, LIST_COLUMNS, locale, unit);
  let n = 0;
  for (const entry of entries) {
    for (const f of entry.findings) {
      n += 1;
      const row = sheet.getRow(n + 1);
      row.getCell(1).value = n;
      row.getCell(2).value = safeText(entry.file);
      writeFinding(row, 3, f, locale, undefined, unit);
    }
  }
  if (n) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: n + 1, column: LIST_COLUMNS.length } };
}

function addExplainedSheet(workbook: ExcelJS.Workbook, entries: readonly SummaryEntry[], locale: Locale): void {
  const t = translator(locale);
  const sheet = workbook.addWorksheet(t("summary.sheet.explained"), { views: [{ state: "frozen", ySplit: 1 }] });
  const columns = [...LIST_COLUMNS, { key: "summary.col.note", width: 40 } as const];
  const unit = reportUnit(entries.flatMap((e) => (e.explained ?? []).map((x) => x.finding)));
  writeHeader(sheet, 1, columns, locale, unit);
  let n = 0;
  for (const entry of entries) {
    for (const { finding, note } of entry.explained ?? []) {
      n += 1;
      const row = sheet.getRow(n + 1);
      row.getCell(1).value = n;
      row.getCell(2).value = safeText(entry.file);
      writeFinding(row, 3, finding, locale, undefined, unit);
      row.getCell(columns.length).value = safeText(note);
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: n + 1, column: columns.length } };
}
