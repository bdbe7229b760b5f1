/**
 * One file's part of budget-check's output, rendered where the file was checked. The worker sends
 * this text and the report's tally rather than the report: a county workbook's report holds about
 * 78,000 related cells, and cloning it to the main thread and formatting it there cost about 0.4 s.
 */
import type { Locale } from "../../catalog/messages";
import { tallyOf, type FileReport, type ReportTally } from "../../engine/file-report";
import type { OutputFormat } from "./args";
import type { CopyOutcome, FileOutcome, FileTask } from "./check-file";
import { assembleJson, fileJsonPieces, fileJsonText } from "./format-json";
import { assembleText, fileText, palette } from "./format-text";

/** How the run's output is written: the same for every file of a run. */
export interface RenderRequest {
  format: OutputFormat;
  /** ANSI colours (text on a terminal). */
  color: boolean;
  /** A batch: tables without findings in one line per file. */
  compact: boolean;
}

export interface RenderedFile<Text = Rendered> {
  tally: ReportTally;
  text: Text;
}

/** A file's part of the output: text, or from the worker its UTF-8 bytes in chunks (moved, not copied, between threads). */
export type Rendered = string | Chunks;

type Chunks = Uint8Array<ArrayBuffer>[];

/** A file to check, and how its part of the output is rendered. */
export interface CheckRequest extends FileTask {
  render: RenderRequest;
  /** The report itself is wanted too (a summary workbook lists the findings). */
  keepReport: boolean;
}

/** A checked file: its rendered part, its report when asked for, and what happened to its copy. */
export interface CheckedFile<Text = Rendered> {
  rendered: RenderedFile<Text>;
  report?: FileReport;
  copy?: CopyOutcome;
}

export function renderFile(report: FileReport, render: RenderRequest, locale: Locale): RenderedFile<string> {
  const text = render.format === "json" ? fileJsonText(report, locale) : fileText(report, locale, palette(render.color), { compact: render.compact });
  return { tally: tallyOf(report), text };
}

/**
 * The part as UTF-8 chunks, encoded as it is rendered: the JSON of a county workbook is 12 MB of
 * bytes, and as one string 20 MB more (40 MB more at the end of the worker's run, past the 300 MB
 * the bench allows the whole command).
 */
export function renderFileBytes(report: FileReport, render: RenderRequest, locale: Locale): RenderedFile<Chunks> {
  const encoder = new TextEncoder();
  const chunks: Chunks = [];
  let pending = "";
  const take = (piece: string) => {
    pending += piece;
    if (pending.length >= CHUNK_CHARS) {
      chunks.push(encoder.encode(pending));
      pending = "";
    }
  };
  if (render.format === "json") fileJsonPieces(report, locale, take);
  else take(fileText(report, locale, palette(render.color), { compact: render.compact }));
  if (pending) chunks.push(encoder.encode(pending));
  return { tally: tallyOf(report), text: chunks };
}

const CHUNK_CHARS = 1 << 16;

export function checkedFile<Text>(outcome: FileOutcome, request: CheckRequest, renderer: (report: FileReport, render: RenderRequest, locale: Locale) => RenderedFile<Text>): CheckedFile<Text> {
  const out: CheckedFile<Text> = { rendered: renderer(outcome.report, request.render, request.locale) };
  if (request.keepReport) out.report = outcome.report;
  if (outcome.copy) out.copy = outcome.copy;
  return out;
}

/** The run's whole output from its files' parts, in order, as pieces to write one after another. */
export function assembleOutput(files: readonly RenderedFile[], render: RenderRequest, version: string, locale: Locale): (string | Uint8Array)[] {
  const parts = files.map((f) => f.text);
  const tallies = files.map((f) => f.tally);
  const pieces = render.format === "json" ? assembleJson(parts, tallies, version) : assembleText(parts, tallies, locale, palette(render.color), { compact: render.compact });
  const out: (string | Uint8Array)[] = [];
  for (const piece of pieces) {
    if (typeof piece === "string") out.push(piece);
    else out.push(...piece);
  }
  return out;
}
