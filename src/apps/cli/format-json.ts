/**
 * JSON output. The shape other tools rely on:
 *   {"files": [{"file", "tables": [{"sheet", "template"}], "findings": [{"ruleId", "severity", "sheet", "cell", "message"}]}]}
 * An unreadable file carries "error" (its one-line message) and "reason", with empty lists.
 * Extra fields may be added; these never change meaning.
 */
import { countFindings, FindingCounts, Finding } from "../../model/findings";
import { namesNoFile, type FileReport } from "../../engine/file-report";

export interface JsonFinding {
  ruleId: string;
  severity: Finding["severity"];
  sheet: string;
  cell: string;
  message: string;
  related: Finding["related"];
  expected?: string;
  actual?: string;
  difference?: string;
  table?: string;
}

export interface JsonFile {
  file: string;
  tables: { sheet: string; template: string; title: string; layout: string; range: string }[];
  findings: JsonFinding[];
  counts: FindingCounts;
  /** Findings explained in the workbook (审核说明): not in `findings`, not counted. */
  explained?: (JsonFinding & { note: string })[];
  error?: string;
  reason?: string;
}

export interface JsonOutput {
  version: string;
  files: JsonFile[];
  /** `files` and `unreadable` count files; arguments that named no file are `inputsWithoutFiles`. */
  summary: FindingCounts & { files: number; unreadable: number; inputsWithoutFiles: number };
}

export function toJson(reports: readonly FileReport[], version: string): JsonOutput {
  const files = reports.map(fileJson);
  const total = countFindings(reports.flatMap((r) => r.findings));
  const noFile = reports.filter(namesNoFile).length;
  return {
    version,
    files,
    summary: {
      files: reports.length - noFile,
      unreadable: reports.filter((r) => r.error !== undefined).length - noFile,
      inputsWithoutFiles: noFile,
      ...total,
    },
  };
}

export function formatJson(reports: readonly FileReport[], version: string): string {
  return JSON.stringify(toJson(reports, version), null, 2) + "\n";
}

function fileJson(r: FileReport): JsonFile {
  const out: JsonFile = {
    file: r.file,
    tables: r.tables.map((tb) => ({ sheet: tb.sheet, template: tb.template, title: tb.title, layout: tb.layout, range: tb.range })),
    findings: r.findings.map(findingJson),
    counts: countFindings(r.findings),
  };
  if (r.explained?.length) out.explained = r.explained.map(({ finding, note }) => ({ ...findingJson(finding), note }));
  if (r.error !== undefined) {
    out.error = r.error;
    if (r.errorReason) out.reason = r.errorReason;
  }
  return out;
}

function findingJson(f: Finding): JsonFinding {
  const out: JsonFinding = { ruleId: f.ruleId, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message, related: f.related };
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.actual !== undefined) out.actual = f.actual;
  if (f.difference !== undefined) out.difference = f.difference;
  if (f.table !== undefined) out.table = f.table;
  return out;
}
