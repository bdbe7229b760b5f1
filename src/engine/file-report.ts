/** What a check learns about one input file; the CLI's text and JSON and the browser page render this. */
import type { CheckedTable } from "./check";
import { countFindings, type Finding, type FindingCounts } from "../model/findings";
import { findingKey } from "../model/host-port";
import type { WorkbookSnapshot } from "../model/snapshot";
import { parseState, STATE_SHEET } from "../model/workbook-state";
import { migrateNotes } from "./notes";

/** A finding the accountant explained in the workbook (审核说明): listed apart, not counted. */
export interface ExplainedFinding {
  finding: Finding;
  note: string;
}

export interface FileReport {
  /** The path as given on the command line. */
  file: string;
  tables: CheckedTable[];
  /** Findings still open (explained ones are in `explained`). */
  findings: Finding[];
  /** Findings explained in the workbook's state sheet, with the explanation. */
  explained?: ExplainedFinding[];
  /** One-line message when the file could not be read or checked. */
  error?: string;
  /** Machine-readable cause of `error` (a WorkbookLoadError reason, or "check-failed"). */
  errorReason?: string;
}

/**
 * What a run's closing lines, JSON summary and exit status need of a file's report: its name,
 * error and counts (budget-check's worker sends this, not the findings, when it renders the file).
 */
export interface ReportTally {
  file: string;
  counts: FindingCounts;
  error?: string;
  errorReason?: string;
}

export function tallyOf(report: FileReport): ReportTally {
  const tally: ReportTally = { file: report.file, counts: countFindings(report.findings) };
  if (report.error !== undefined) tally.error = report.error;
  if (report.errorReason !== undefined) tally.errorReason = report.errorReason;
  return tally;
}

/** Causes of a report that stands for a command-line argument that named no file at all. */
const NO_FILE_REASONS = new Set(["empty-folder", "no-match"]);

/** Whether the report is a folder without spreadsheets or a wildcard that matched nothing. */
export function namesNoFile(report: Pick<FileReport, "errorReason">): boolean {
  return report.errorReason !== undefined && NO_FILE_REASONS.has(report.errorReason);
}

/** The explanations saved in the workbook's state sheet (by Excel, WPS or the page), by finding key. */
export function workbookNotes(snapshot: WorkbookSnapshot): Record<string, string> {
  const sheet = snapshot.sheets.find((s) => s.name === STATE_SHEET);
  return sheet ? parseState(sheet.cells).notes : {};
}

/** Splits findings into those still open and those the workbook explains (under a current or an older key). */
export function applyNotes(findings: readonly Finding[], saved: Record<string, string>): { findings: Finding[]; explained: ExplainedFinding[] } {
  // No explanations saved (most workbooks): nothing to key.
  if (Object.keys(saved).length === 0) return { findings: findings.slice(), explained: [] };
  const notes = migrateNotes(saved, findings).notes;
  const open: Finding[] = [];
  const explained: ExplainedFinding[] = [];
  for (const finding of findings) {
    const note = notes[findingKey(finding)];
    if (note === undefined) open.push(finding);
    else explained.push({ finding, note });
  }
  return { findings: open, explained };
}
