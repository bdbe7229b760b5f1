/**
 * What a report sheet shows, whoever writes it (the annotated copy and the batch summary through
 * ExcelJS, the task pane through Excel or WPS): the finding columns, each finding's texts in that
 * order, and the fills by severity. Host-free.
 */
import type { Finding, Severity } from "../model/findings";
import { getLocale, t, type Locale, type MessageKey } from "../catalog/messages";
import { renderFigure, renderMessage } from "./render";

/** Light fills that keep black text readable (Excel's "bad"/"neutral" styles, and a pale blue), as ARGB. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  info: "FFDDEBF7",
};

/** The same fill as "#RRGGBB" (Office.js; WPS converts it to its own colour numbers). */
export function severityFillHex(severity: Severity): string {
  return "#" + SEVERITY_FILL[severity].slice(2);
}

export interface ReportColumn {
  key: MessageKey;
  width: number;
}

/** A finding's columns in a report sheet, after its number (and, in a batch summary, its file). */
export const FINDING_COLUMNS: readonly ReportColumn[] = [
  { key: "report.col.severity", width: 10 },
  { key: "report.col.sheet", width: 22 },
  { key: "report.col.cell", width: 10 },
  { key: "report.col.rule", width: 26 },
  { key: "report.col.message", width: 70 },
  { key: "report.col.expected", width: 14 },
  { key: "report.col.actual", width: 14 },
  { key: "report.col.difference", width: 14 },
];

/** A finding's texts in FINDING_COLUMNS order ("" where it has none). */
export function findingTexts(f: Finding, locale: Locale = getLocale()): string[] {
  return [
    t(`severity.${f.severity}`, {}, locale),
    f.sheet,
    f.cell,
    f.ruleId,
    renderMessage(f, locale),
    renderFigure(f.expected),
    renderFigure(f.actual),
    renderFigure(f.difference),
  ];
}
