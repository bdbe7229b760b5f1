/** What a check learns about one input file; the CLI's text and JSON and the browser page render this. */
import type { CheckedTable } from "./check";
import type { Finding } from "../model/findings";

export interface FileReport {
  /** The path as given on the command line. */
  file: string;
  tables: CheckedTable[];
  findings: Finding[];
  /** One-line message when the file could not be read or checked. */
  error?: string;
  /** Machine-readable cause of `error` (a WorkbookLoadError reason, or "check-failed"). */
  errorReason?: string;
}

/** Causes of a report that stands for a command-line argument that named no file at all. */
const NO_FILE_REASONS = new Set(["empty-folder", "no-match"]);

/** Whether the report is a folder without spreadsheets or a wildcard that matched nothing. */
export function namesNoFile(report: FileReport): boolean {
  return report.errorReason !== undefined && NO_FILE_REASONS.has(report.errorReason);
}
