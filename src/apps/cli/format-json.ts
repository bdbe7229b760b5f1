/**
 * JSON output. The shape other tools rely on:
 *   {"files": [{"file", "tables": [{"sheet", "template"}], "findings": [{"ruleId", "severity", "sheet", "cell", "message"}]}]}
 * A finding's expected / actual / difference are numbers (text only for a figure that is text), in
 * the finding's `unit`: 万元 / 元 for amounts, "%" for rates (77.32 is 77.32%; a difference between
 * rates is then in percentage points).
 * An unreadable file carries "error" (its one-line message) and "reason", with empty lists.
 * Extra fields may be added; these never change meaning.
 */
import { countFindings, FindingCounts, Finding, sumCounts, type MessageData } from "../../model/findings";
import type { Locale } from "../../catalog/messages";
import { figuresUnit, figureValue, renderMessage } from "../../present/render";
import { namesNoFile, tallyOf, type FileReport, type ReportTally } from "../../engine/file-report";

export interface JsonFinding {
  ruleId: string;
  severity: Finding["severity"];
  sheet: string;
  cell: string;
  /** The finding's sentence in the run's locale (zh-CN unless --lang). */
  message: string;
  related: Finding["related"];
  /**
   * 应为 / 实为 / 差额: amounts, rates and scores as numbers (amounts and rates in `unit`), text
   * figures (a target such as "≤20万元") as text.
   */
  expected?: number | string;
  actual?: number | string;
  difference?: number | string;
  /** The unit of the figures: of amounts (万元, 元) when their table states it; "%" for rates (a difference between rates in percentage points). */
  unit?: string;
  table?: string;
  /**
   * The message's key and typed values: amounts as {money (1/10000), decimals, signed?, unit?},
   * rates as {basisPoints (1/100 of a percent), decimals, points? (a difference in percentage points)}.
   */
  messageId: string;
  data: MessageData;
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

export function toJson(reports: readonly FileReport[], version: string, locale: Locale): JsonOutput {
  return { version, files: reports.map((r) => fileJson(r, locale)), summary: summaryJson(reports.map(tallyOf)) };
}

export function formatJson(reports: readonly FileReport[], version: string, locale: Locale): string {
  return assembleJson(
    reports.map((r) => fileJsonText(r, locale)),
    reports.map(tallyOf),
    version,
  ).join("");
}

/** One file's entry of the output, as formatJson writes it inside "files" (indented to its place). */
export function fileJsonText(report: FileReport, locale: Locale): string {
  const pieces: string[] = [];
  fileJsonPieces(report, locale, (piece) => pieces.push(piece));
  return pieces.join("");
}

/**
 * The same entry in pieces, a finding each: budget-check's worker encodes them as they come and
 * never holds the whole text (20 MB for the bench's county workbook).
 */
export function fileJsonPieces(report: FileReport, locale: Locale, take: (piece: string) => void): void {
  const entry = fileJson(report, locale);
  const findings = entry.findings;
  if (findings.length === 0) {
    take(unwrap(JSON.stringify([[entry]], null, 2), 2));
    return;
  }
  entry.findings = [FINDINGS as unknown as JsonFinding];
  const [before, after] = unwrap(JSON.stringify([[entry]], null, 2), 2).split(JSON.stringify(FINDINGS));
  take(before);
  for (let i = 0; i < findings.length; i++) {
    if (i > 0) take(",\n        ");
    take(unwrap(JSON.stringify([[[[findings[i]]]]], null, 2), 4));
  }
  take(after);
}

/**
 * A value stringified inside `depth` arrays, without them: indented for that depth in the output
 * (an entry sits two levels down, in "files"; a finding four, in its entry's "findings").
 */
function unwrap(json: string, depth: number): string {
  let before = 0;
  let after = 0;
  for (let d = 0; d < depth; d++) {
    before += 2 + 2 * (d + 1); // "[", line break, the next level's indent
    after += 2 + 2 * d; // line break, this level's indent, "]"
  }
  return json.slice(before, json.length - after);
}

/** Stands for the findings in their entry's text (no report text holds it). */
const FINDINGS = "\u0000findings\u0000";

/**
 * The whole output, in pieces to write one after another, from the files' entries (fileJsonText,
 * as text or its UTF-8 bytes) and their tallies, in the same order.
 */
export function assembleJson<Entry>(entries: readonly Entry[], tallies: readonly ReportTally[], version: string): (string | Entry)[] {
  const summary = summaryJson(tallies);
  if (entries.length === 0) return [JSON.stringify({ version, files: [], summary }, null, 2) + "\n"];
  const [before, after] = JSON.stringify({ version, files: [ENTRIES], summary }, null, 2).split(JSON.stringify(ENTRIES));
  const out: (string | Entry)[] = [before];
  entries.forEach((entry, i) => {
    if (i > 0) out.push(",\n    ");
    out.push(entry);
  });
  out.push(after + "\n");
  return out;
}

/** Stands for the entries in the document around them (no version string holds it). */
const ENTRIES = "\u0000entries\u0000";

function summaryJson(tallies: readonly ReportTally[]): JsonOutput["summary"] {
  const noFile = tallies.filter(namesNoFile).length;
  return {
    files: tallies.length - noFile,
    unreadable: tallies.filter((r) => r.error !== undefined).length - noFile,
    inputsWithoutFiles: noFile,
    ...sumCounts(tallies.map((r) => r.counts)),
  };
}

function fileJson(r: FileReport, locale: Locale): JsonFile {
  const out: JsonFile = {
    file: r.file,
    tables: r.tables.map((tb) => ({ sheet: tb.sheet, template: tb.template, title: tb.title, layout: tb.layout, range: tb.range })),
    findings: r.findings.map((f) => findingJson(f, locale)),
    counts: countFindings(r.findings),
  };
  if (r.explained?.length) out.explained = r.explained.map(({ finding, note }) => ({ ...findingJson(finding, locale), note }));
  if (r.error !== undefined) {
    out.error = r.error;
    if (r.errorReason) out.reason = r.errorReason;
  }
  return out;
}

function findingJson(f: Finding, locale: Locale): JsonFinding {
  const out = {
    ruleId: f.ruleId,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    message: renderMessage(f, locale),
    related: f.related,
  } as JsonFinding;
  if (f.expected !== undefined) out.expected = figureValue(f.expected);
  if (f.actual !== undefined) out.actual = figureValue(f.actual);
  if (f.difference !== undefined) out.difference = figureValue(f.difference);
  const unit = figuresUnit(f);
  if (unit !== undefined) out.unit = unit;
  if (f.table !== undefined) out.table = f.table;
  out.messageId = f.messageId;
  out.data = f.data;
  return out;
}
