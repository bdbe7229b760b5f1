/**
 * The closing sentence over a run's files ("共 2 个文件：错误 5 个…"), and a count sentence, with
 * optional emphasis (ANSI in a terminal, none on the page). Shared by the CLI and the browser page.
 */
import { countFindings, sumCounts, type FindingCounts, type Severity } from "../model/findings";
import { t, type Locale } from "../catalog/messages";
import { namesNoFile, type FileReport, type ReportTally } from "../engine/file-report";

export interface Palette {
  bold(s: string): string;
  dim(s: string): string;
  severity(sev: Severity, s: string): string;
}

export const plain: Palette = { bold: (s) => s, dim: (s) => s, severity: (_sev, s) => s };

/**
 * The closing line. A folder without spreadsheets or a wildcard that matched nothing is not a
 * file: it is counted apart ("1 个输入没有找到表格文件"), not as a file that could not be read.
 */
export function overallLine(reports: readonly (FileReport | ReportTally)[], locale: Locale, p: Palette = plain): string {
  const total = sumCounts(reports.map((r) => ("counts" in r ? r.counts : countFindings(r.findings))));
  const noFile = reports.filter(namesNoFile).length;
  const unreadable = reports.filter((r) => r.error !== undefined).length - noFile;
  let line = summaryText("cli.overall", total, { files: reports.length - noFile }, p, locale);
  if (unreadable) line += p.severity("error", t("cli.overallUnreadable", { count: unreadable }, locale));
  if (noFile) line += p.severity("error", t("cli.overallNoFile", { count: noFile }, locale));
  return p.bold(line);
}

export function summaryText(key: "cli.fileSummary" | "cli.overall", c: FindingCounts, extra: Record<string, number>, p: Palette, locale: Locale): string {
  // Colour only the non-zero counts so that a clean run reads clean.
  const n = (sev: Severity) => (c[sev] ? p.severity(sev, String(c[sev])) : String(c[sev]));
  return t(key, { ...extra, error: n("error"), warning: n("warning"), info: n("info") }, locale);
}
