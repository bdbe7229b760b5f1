/**
 * The annotated copy: the original workbook plus a "校验报告" sheet listing every finding, with
 * the flagged cells filled by severity and a note carrying the message. Works on bytes and
 * returns bytes (browser-safe); writing to disk is the caller's business (see write.ts).
 * The original cells are never rewritten: only fills and notes are added.
 */
import type ExcelJS from "exceljs";
import { excelJS } from "./exceljs-lazy";
import { parseA1, qualifiedA1 } from "../../model/a1";
import { countFindings, Finding, Severity, SEVERITY_RANK } from "../../model/findings";
import { t, type Locale } from "../../catalog/messages";
import { renderMessage } from "../../present/render";
import { columnHeader, FINDING_COLUMNS, figureFormat, findingCells, reportUnit, SEVERITY_FILL, type ReportColumn } from "../../present/report-sheet";

export interface AnnotateOptions {
  /** File name shown in the summary line. */
  source?: string;
  /** The language of the report sheet and the notes. */
  locale: Locale;
}

export { FINDING_COLUMNS, SEVERITY_FILL, type ReportColumn } from "../../present/report-sheet";

const REPORT_COLUMNS: readonly ReportColumn[] = [{ key: "report.col.index", width: 6 }, ...FINDING_COLUMNS];

/** Column widths and a bold, grey header row; 应为 / 实为 / 差额 name `unit` when the report has one. */
export function writeHeader(sheet: ExcelJS.Worksheet, rowNumber: number, columns: readonly ReportColumn[], locale: Locale, unit?: string): void {
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const header = sheet.getRow(rowNumber);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = columnHeader(c.key, unit, locale);
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
  });
}

/** Where 应为 / 实为 / 差额 sit among FINDING_COLUMNS. */
const FIGURES = [
  [5, "expected"],
  [6, "actual"],
  [7, "difference"],
] as const;

/**
 * A finding in FINDING_COLUMNS order from column `first`; the cell column is left to the caller
 * when `cellValue` is given (a link into the workbook). 应为 / 实为 / 差额 are number cells with two
 * decimals (and the amount's unit when the header, naming `headerUnit`, does not say it).
 */
export function writeFinding(row: ExcelJS.Row, first: number, f: Finding, locale: Locale, cellValue?: ExcelJS.CellValue, headerUnit?: string): void {
  findingCells(f, locale).forEach((value, i) => {
    row.getCell(first + i).value = i === 2 && cellValue !== undefined ? cellValue : typeof value === "number" ? value : textCell(value);
  });
  for (const [i, column] of FIGURES) {
    const cell = row.getCell(first + i);
    if (typeof cell.value === "number") cell.numFmt = figureFormat(f, column, headerUnit, locale);
  }
  row.getCell(first).fill = { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[f.severity] } };
  row.getCell(first + 4).alignment = { wrapText: true, vertical: "top" };
}

export async function annotateWorkbook(
  original: ArrayBuffer | Uint8Array,
  findings: readonly Finding[],
  options: AnnotateOptions,
): Promise<Uint8Array> {
  const workbook = new (excelJS().Workbook)();
  await workbook.xlsx.load(original as ArrayBuffer);
  markCells(workbook, findings, options.locale);
  addReportSheet(workbook, findings, options);
  const out = await workbook.xlsx.writeBuffer();
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}

/** "校验报告", or "校验报告(2)", "(3)"… when the name is taken (sheet names compare case-insensitively). */
export function reportSheetName(existing: readonly string[], locale: Locale): string {
  const base = t("report.sheetName", {}, locale);
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base}(${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * Text for a report cell or note: characters XML 1.0 cannot hold are dropped (they would make
 * the file unreadable) and the length is capped at Excel's cell limit. Strings are written as
 * shared strings, so "=…", "+…", "-…", "@…" stay text and are never evaluated.
 */
export function safeText(text: string | undefined): string {
  if (!text) return "";
  let clean = "";
  // XML readers turn a bare CR into LF anyway; do it here so what is written is what is read.
  for (const ch of text.replace(/\r\n?/g, "\n")) {
    const code = ch.codePointAt(0)!;
    const xmlOk =
      code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000;
    if (xmlOk) clean += ch; // lone surrogates come out of for…of as single code units and fail the test
  }
  if (clean.length <= 32767) return clean;
  const cut = clean.slice(0, 32766);
  return (/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut) + "…"; // never half a surrogate pair
}

/** A report cell's text, or null for nothing (no empty-string cells). */
function textCell(text: string | undefined): string | null {
  const s = safeText(text);
  return s === "" ? null : s;
}

function markCells(workbook: ExcelJS.Workbook, findings: readonly Finding[], locale: Locale): void {
  // One mark per cell: the worst severity and every message.
  const marks = new Map<string, { sheet: string; cell: string; severity: Severity; lines: string[] }>();
  for (const f of findings) {
    if (!f.cell || !parseA1(f.cell)) continue;
    const key = `${f.sheet}\u0000${f.cell.replace(/\$/g, "").toUpperCase()}`;
    let mark = marks.get(key);
    if (!mark) {
      mark = { sheet: f.sheet, cell: f.cell.replace(/\$/g, "").toUpperCase(), severity: f.severity, lines: [] };
      marks.set(key, mark);
    } else if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[mark.severity]) {
      mark.severity = f.severity;
    }
    mark.lines.push(t("report.note", { severity: t(`severity.${f.severity}`, {}, locale), message: renderMessage(f, locale), rule: f.ruleId }, locale));
  }
  for (const mark of marks.values()) {
    const sheet = workbook.getWorksheet(mark.sheet);
    if (!sheet) continue;
    // A merged area shows its top-left cell's fill and note.
    const cell = sheet.getCell(mark.cell).master;
    // Loaded cells share style objects; copy before changing, or every cell of that style turns red.
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[mark.severity] } } };
    const previous = noteText(cell.note);
    cell.note = safeText([previous, ...mark.lines].filter(Boolean).join("\n"));
  }
}

function noteText(note: ExcelJS.Comment | string | undefined): string {
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((r) => r.text).join("");
}

function addReportSheet(workbook: ExcelJS.Workbook, findings: readonly Finding[], options: AnnotateOptions): void {
  const locale = options.locale;
  const name = reportSheetName(workbook.worksheets.map((w) => w.name), locale);
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 2 }] });

  const counts = countFindings(findings);
  const source = options.source ?? "";
  const summary = findings.length
    ? t("report.summary", { source, error: counts.error, warning: counts.warning, info: counts.info }, locale)
    : t("report.summaryNone", { source }, locale);
  sheet.getCell(1, 1).value = safeText(summary);
  sheet.getCell(1, 1).font = { bold: true };
  sheet.mergeCells(1, 1, 1, REPORT_COLUMNS.length);

  const unit = reportUnit(findings);
  writeHeader(sheet, 2, REPORT_COLUMNS, locale, unit);

  findings.forEach((f, i) => {
    const row = sheet.getRow(i + 3);
    row.getCell(1).value = i + 1;
    const address = f.cell ? f.cell.replace(/\$/g, "").toUpperCase() : "";
    const linked = address && parseA1(address) && workbook.getWorksheet(f.sheet);
    writeFinding(row, 2, f, locale, linked ? { text: address, hyperlink: "#" + linkTarget(f.sheet, address) } : undefined, unit);
    if (linked) row.getCell(4).font = { color: { argb: "FF0563C1" }, underline: true };
  });
  if (findings.length) sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: findings.length + 2, column: REPORT_COLUMNS.length } };
}

/** 'Sheet name'!E9, always quoted so that names with spaces or digits work. */
function linkTarget(sheet: string, cell: string): string {
  const q = qualifiedA1(sheet, cell);
  return q.startsWith("'") ? q : `'${sheet}'!${cell}`;
}
