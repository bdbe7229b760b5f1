/** What the command line learns about one input file; both output formats render this. */
import type { CheckedTable } from "../check";
import type { Finding } from "../core/findings";

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
