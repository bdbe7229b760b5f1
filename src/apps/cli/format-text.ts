/** Text output: by file, then table (sheet + template), then severity; ANSI colours when asked. */
import { countFindings, Severity } from "../../model/findings";
import { translator, type Locale, type Translate } from "../../catalog/messages";
import { renderMessage } from "../../present/render";
import { namesNoFile, tallyOf, type FileReport, type ReportTally } from "../../engine/file-report";
import { overallLine, plain, summaryText, type Palette } from "../../present/overall";
import { groupByTable, oneLine } from "../../present/groups";

const SEVERITY_CODE: Record<Severity, string> = { error: "31", warning: "33", info: "36" };
const ansi: Palette = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  severity: (sev, s) => `\x1b[${SEVERITY_CODE[sev]}m${s}\x1b[39m`,
};

/** Colour when the stream is a terminal, unless NO_COLOR; FORCE_COLOR (not "0"/"false") wins over both. */
export function useColor(isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return Boolean(isTTY);
}

export function palette(color: boolean): Palette {
  return color ? ansi : plain;
}

const SEVERITIES: Severity[] = ["error", "warning", "info"];

export interface TextOptions {
  /**
   * Tables without findings in one line per file ("另有 15 张表未发现问题") rather than a line each:
   * a batch of hundreds of workbooks reads as the problems it holds.
   */
  compact?: boolean;
}

export function formatText(reports: readonly FileReport[], locale: Locale, p: Palette = plain, options: TextOptions = {}): string {
  return assembleText(
    reports.map((r) => fileText(r, locale, p, options)),
    reports.map(tallyOf),
    locale,
    p,
    options,
  ).join("");
}

/** One file's part of the output (its lines, without the last line break); budget-check's worker renders its file with this. */
export function fileText(report: FileReport, locale: Locale, p: Palette, options: TextOptions): string {
  const t = translator(locale);
  const lines: string[] = [];
  lines.push(p.bold(t("cli.file", { file: oneLine(report.file) })));
  if (report.error !== undefined) {
    lines.push("  " + p.severity("error", t("cli.readError", { message: oneLine(report.error) })));
    lines.push("");
    return lines.join("\n");
  }
  const groups = groupByTable(report, locale);
  let clean = 0;
  for (const group of groups) {
    if (group.findings.length === 0) {
      if (options.compact) clean += 1;
      else lines.push("  " + p.bold(group.heading) + "  " + p.dim(t("cli.noFindings")));
      continue;
    }
    lines.push("  " + p.bold(group.heading));
    for (const sev of SEVERITIES) {
      const items = group.findings.filter((f) => f.severity === sev);
      if (!items.length) continue;
      lines.push("    " + p.severity(sev, t("cli.severityGroup", { severity: t(`severity.${sev}`), count: items.length })));
      const width = Math.max(...items.map((f) => f.cell.length));
      for (const f of items) {
        const cell = f.cell.padEnd(width);
        lines.push(`      ${cell ? p.severity(sev, cell) + "  " : ""}${oneLine(renderMessage(f, locale))}  ${p.dim(`[${f.ruleId}]`)}`);
      }
    }
  }
  if (report.explained?.length) {
    lines.push("  " + p.dim(t("cli.explained", { count: report.explained.length })));
    for (const { finding: f, note } of report.explained) {
      lines.push(p.dim(`      ${f.cell ? `${oneLine(f.sheet)}!${f.cell}  ` : ""}${oneLine(renderMessage(f, locale))}  [${f.ruleId}]  ${t("cli.explainedNote", { note: oneLine(note) })}`));
    }
  }
  if (clean) lines.push("  " + p.dim(t(clean === groups.length ? "cli.allTablesClean" : "cli.otherTablesClean", { count: clean })));
  if (report.tables.length === 0) lines.push("  " + p.dim(t("cli.noTables")));
  lines.push("  " + summaryText("cli.fileSummary", countFindings(report.findings), {}, p, locale));
  lines.push("");
  return lines.join("\n");
}

/**
 * The whole output, in pieces to write one after another, from the files' parts (fileText, as text
 * or its UTF-8 bytes) and their tallies, in the same order.
 */
export function assembleText<Part>(parts: readonly Part[], tallies: readonly ReportTally[], locale: Locale, p: Palette = plain, options: TextOptions = {}): (string | Part)[] {
  const out: (string | Part)[] = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push("\n");
    out.push(part);
  });
  const closing = [...(options.compact ? batchRecap(tallies, p, translator(locale)) : []), overallLine(tallies, locale, p)];
  out.push((parts.length ? "\n" : "") + closing.join("\n") + "\n");
  return out;
}

/** The files that need attention, at the end of a batch: those with errors, then the unreadable. */
function batchRecap(reports: readonly ReportTally[], p: Palette, t: Translate): string[] {
  const lines: string[] = [];
  const withErrors = reports.filter((r) => r.error === undefined && r.counts.error > 0);
  if (withErrors.length) {
    lines.push(p.bold(t("cli.recapErrors", { count: withErrors.length })));
    for (const r of withErrors) {
      lines.push(`  ${oneLine(r.file)}  ${p.severity("error", t("cli.recapErrorCount", { count: r.counts.error }))}`);
    }
  }
  const unreadable = reports.filter((r) => r.error !== undefined && !namesNoFile(r));
  if (unreadable.length) {
    lines.push(p.bold(t("cli.recapUnreadable", { count: unreadable.length })));
    for (const r of unreadable) lines.push(`  ${oneLine(r.file)}`);
  }
  const noFile = reports.filter(namesNoFile);
  if (noFile.length) {
    lines.push(p.bold(t("cli.recapNoFile", { count: noFile.length })));
    for (const r of noFile) lines.push(`  ${oneLine(r.error ?? r.file)}`);
  }
  if (lines.length) lines.push("");
  return lines;
}

