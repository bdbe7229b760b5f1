/**
 * The summary workbook of a batch (budget-check --summary): one sheet with a line per file (counts,
 * or why it could not be checked) and one with every finding of every file, filterable. A
 * finance-bureau reviewer sorts and filters hundreds of submissions there rather than reading
 * terminal output. Browser-safe: returns bytes.
 */
import ExcelJS from "exceljs";
import { countFindings, Finding, Severity } from "../../core/findings";
import { t, MessageKey } from "../../i18n";
import { safeText, SEVERITY_FILL } from "./annotate";

export interface SummaryEntry {
  /** The file as named on the command line. */
  file: string;
  /** Tables recognised in it. */
  tables: number;
  findings: readonly Finding[];
  /** Why the file could not be checked. */
  error?: string;
}

const FILE_COLUMNS: { key: MessageKey; width: number }[] = [
  { key: "summary.col.index", width: 6 },
  { key: "summary.col.file", width: 48 },
  { key: "summary.col.tables", width: 10 },
  { key: "summary.col.errors", width: 8 },
  { key: "summary.col.warnings", width: 8 },
  { key: "summary.col.infos", width: 8 },
  { key: "summary.col.status", width: 60 },
];

const FINDING_COLUMNS: { key: MessageKey; width: number }[] = [
  { key: "summary.col.index", width: 6 },
  { key: "summary.col.file", width: 40 },
  { key: "report.col.severity", width: 10 },
  { key: "report.col.sheet", width: 22 },
  { key: "report.col.cell", width: 10 },
  { key: "report.col.rule", width: 26 },
  { key: "report.col.message", width: 70 },
  { key: "report.col.expected", width: 14 },
  { key: "report.col.actual", width: 14 },
  { key: "report.col.difference", width: 14 },
];

const SEVERITY_COLUMN: Record<Severity, number> = { error: 4, warning: 5, info: 6 };

export async function summaryWorkbook(entries: readonly SummaryEntry[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  addFileSheet(workbook, entries);
  addFindingSheet(workbook, entries);
  const out = await workbook.xlsx.writeBuffer();
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}

function headerRow(sheet: ExcelJS.Worksheet, columns: { key: MessageKey; width: number }[]): void {
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const header = sheet.getRow(1);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = t(c.key);
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
  });
}

function addFileSheet(workbook: ExcelJS.Workbook, entries: readonly SummaryEntry[]): void {
  const sheet = workbook.addWorksheet(t("summary.sheet.files"), { views: [{ state: "frozen", ySplit: 1 }] });
  headerRow(sheet, FILE_COLUMNS);
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

function addFindingSheet(workbook: ExcelJS.Workbook, entries: readonly SummaryEntry[]): void {
  const sheet = workbook.addWorksheet(t("summary.sheet.findings"), { views: [{ state: "frozen", ySplit: 1 }] });
  headerRow(sheet, FINDING_COLUMNS);
  let n = 0;
  for (const entry of entries) {
    for (const f of entry.findings) {
      n += 1;
      const row = sheet.getRow(n + 1);
      row.getCell(1).value = n;
      row.getCell(2).value = safeText(entry.file);
      const severity = row.getCell(3);
      severity.value = t(`severity.${f.severity}`);
      severity.fill = { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[f.severity] } };
      row.getCell(4).value = safeText(f.sheet) || null;
      row.getCell(5).value = safeText(f.cell) || null;
      row.getCell(6).value = safeText(f.ruleId) || null;
      row.getCell(7).value = safeText(f.message) || null;
      row.getCell(7).alignment = { wrapText: true, vertical: "top" };
      row.getCell(8).value = safeText(f.expected) || null;
      row.getCell(9).value = safeText(f.actual) || null;
      row.getCell(10).value = safeText(f.difference) || null;
    }
  }
  if (n) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: n + 1, column: FINDING_COLUMNS.length } };
}
