/**
 * One workbook's bytes → its FileReport: load, recognise, check. Shared by budget-check and the
 * browser page; browser-safe (no Node module). A file that cannot be read, or a fault in a rule,
 * becomes the report's one-line `error` so that the other files of a batch still get checked.
 */
import { checkWorkbook, checkWorkbookSync } from "../../engine/check";
import type { Rule } from "../../rules/types";
import { t, type Locale } from "../../catalog/messages";
import { applyNotes, FileReport, workbookNotes } from "../../engine/file-report";
import { oneLine } from "../../present/groups";
import { WorkbookLoadError } from "./errors";
import { snapshotFromXlsx } from "./xlsx-snapshot";
import type { Inflate } from "./sml/inflate";
import type { PartFeeder } from "./sml/inflate-feed";

export interface CheckBytesOptions {
  /** Rule set to use instead of the registry (tests). */
  rules?: readonly Rule[];
  /** Progress from 0 to 1: loading takes the first half, checking the second. */
  onFraction?: (fraction: number) => void;
  /** Yield to the event loop between tables (a page stays responsive); the CLI runs straight through. */
  yieldBetweenTables?: boolean;
  /** How zip parts are inflated: fflate unless given (the CLI passes Node's zlib). */
  inflate?: Inflate;
  /** A helper thread that inflates a large workbook's sheet parts ahead of the reader (sml/inflate-feed.ts). */
  feeder?: PartFeeder;
  /** The language of the report's `error` line. */
  locale: Locale;
}

export async function checkXlsxBytes(bytes: Uint8Array, file: string, options: CheckBytesOptions): Promise<FileReport> {
  const onFraction = options.onFraction ?? (() => undefined);
  try {
    onFraction(0.05);
    const snapshot = await snapshotFromXlsx(bytes, file, { inflate: options.inflate, feeder: options.feeder });
    onFraction(0.5);
    const checkOptions = {
      rules: options.rules,
      onProgress: (p: { done: number; total: number }) => onFraction(0.5 + (0.5 * p.done) / Math.max(1, p.total)),
    };
    const result = options.yieldBetweenTables ? await checkWorkbook(snapshot, checkOptions) : checkWorkbookSync(snapshot, checkOptions);
    // Explanations saved in the workbook (by Excel, WPS or the page) set those findings apart.
    const { findings, explained } = applyNotes(result.findings, workbookNotes(snapshot));
    return { file, tables: result.tables, findings, ...(explained.length ? { explained } : {}) };
  } catch (e) {
    return failedReport(file, e, options.locale);
  }
}

/** The report of a file that could not be read (its load error) or checked (what went wrong, and where). */
export function failedReport(file: string, e: unknown, locale: Locale): FileReport {
  if (e instanceof WorkbookLoadError) return { file, tables: [], findings: [], error: e.text(locale), errorReason: e.reason };
  const message = oneLine(e instanceof Error ? e.message : String(e));
  return { file, tables: [], findings: [], error: t("cli.checkFailed", { file, message }, locale), errorReason: "check-failed" };
}
