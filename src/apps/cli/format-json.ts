/**
 * JSON output. The shape other tools rely on:
 *   {"files": [{"file", "tables": [{"sheet", "template"}], "findings": [{"ruleId", "severity", "sheet", "cell", "message"}]}]}
 * A finding's expected / actual / difference are numbers (text only for a figure that is text), in
 * the finding's `unit`: 万元 / 元 for amounts, "%" for rates (77.32 is 77.32%; a difference between
 * rates is then in percentage points).
 * An unreadable file carries "error" (its one-line message) and "reason", with empty lists.
 * Extra fields may be added; these never change meaning.
 */
import { countFindings, FindingCounts, Finding, type MessageData } from "../../model/findings";
import type { Locale } from "../../catalog/messages";
import { figuresUnit, figureValue, renderMessage } from "../../present/render";
import { namesNoFile, type FileReport } from "../../engine/file-report";

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
  const files = reports.map((r) => fileJson(r, locale));
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

export function formatJson(reports: readonly FileReport[], version: string, locale: Locale): string {
  return JSON.stringify(toJson(reports, version, locale), null, 2) + "\n";
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
