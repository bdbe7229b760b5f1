/**
 * One input file, start to end: read its bytes, check them, write its annotated copy. The same
 * code runs inside the per-file worker (isolated-check.ts) and in-process (tests with their own
 * rule set). Every failure ends as the report's `error` or the copy's message: nothing throws.
 */
import type { Rule } from "../../rules/types";
import { translator, type Locale } from "../../catalog/messages";
import { readWorkbookBytes } from "../../adapters/xlsx/load";
import { checkXlsxBytes, failedReport } from "../../adapters/xlsx/check-bytes";
import { inflateWithZlib } from "../../adapters/xlsx/sml/inflate-node";
import { OutputError, writeAnnotatedCopy } from "../../adapters/xlsx/write";
import { describeLosses } from "../../adapters/xlsx/copy-losses";
import { oneLine } from "../../present/groups";
import type { FileReport } from "../../engine/file-report";

export interface FileTask {
  file: string;
  /** Where the annotated copy goes (--out), if one is wanted. */
  out?: string;
  /** The language of the report's error line and of the copy's report sheet and messages. */
  locale: Locale;
}

/** What happened to the annotated copy: the line for stderr, and whether writing it failed. */
export interface CopyOutcome {
  text: string;
  failed: boolean;
}

export interface FileOutcome {
  report: FileReport;
  copy?: CopyOutcome;
}

export async function checkFile(task: FileTask, rules: readonly Rule[] | undefined, onFraction: (f: number) => void): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readWorkbookBytes(task.file);
  } catch (e) {
    return { report: failedReport(task.file, e, task.locale) };
  }
  const report = await checkXlsxBytes(bytes, task.file, { rules, onFraction, inflate: inflateWithZlib, locale: task.locale });
  if (task.out === undefined || report.error !== undefined) return { report };
  return { report, copy: await writeCopy(bytes, task.file, task.out, report, task.locale) };
}

async function writeCopy(bytes: Uint8Array, input: string, output: string, report: FileReport, locale: Locale): Promise<CopyOutcome> {
  const t = translator(locale);
  try {
    const lost = await writeAnnotatedCopy(bytes, input, output, report.findings, { locale });
    const written = t("cli.written", { file: output });
    return { text: lost.length ? `${written}\n${t("cli.copyLost", { parts: describeLosses(lost, locale) })}` : written, failed: false };
  } catch (e) {
    if (e instanceof OutputError && e.reason === "same-as-input") return { text: t("cli.outSameAsInput", { file: output }), failed: true };
    return { text: t("cli.outFailed", { file: output, message: oneLine((e as Error).message) }), failed: true };
  }
}
