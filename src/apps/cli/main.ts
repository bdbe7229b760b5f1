/**
 * budget-check: load each .xlsx, recognise and check it, print text or JSON, optionally write
 * annotated copies. `main` takes its streams and environment as arguments so tests run it
 * in-process; `runFromProcess` wires it to the real process (bin/budget-check.js).
 */
import { promises as fs, readFileSync } from "fs";
import * as path from "path";
import type { Rule } from "../../rules/types";
import { translator, type Locale, type Translate } from "../../catalog/messages";
import type * as WriteModule from "../../adapters/xlsx/write";
import type * as SummaryModule from "../../adapters/xlsx/summary-workbook";
import { parseArgs } from "./args";
import { useColor } from "./format-text";
import { oneLine } from "../../present/groups";
import { assembleOutput, renderFile, type RenderedFile, type RenderRequest } from "./render-file";
import { createProgress, Progress, ProgressStream } from "./progress";
import { planOutputs } from "./out-paths";
import { expandInputs } from "./inputs";
import type { FileReport } from "../../engine/file-report";
import { FileChecker, inProcessChecker, isolatedChecker, IsolationOptions } from "./isolated-check";

export interface CliIo {
  /** Gets the output as text, or as UTF-8 bytes for a file's part that a worker rendered. */
  stdout: { write(s: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: ProgressStream;
  env: Record<string, string | undefined>;
}

export interface MainOptions {
  /** Rule set to use instead of the registry (tests); the files are then checked in this thread. */
  rules?: readonly Rule[];
  /** Per-file limits of the worker each file is checked in (defaults in isolated-check.ts). */
  isolation?: IsolationOptions;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_UNREADABLE_OR_USAGE = 2;

export async function main(argv: readonly string[], io: CliIo, options: MainOptions = {}): Promise<number> {
  const parsed = parseArgs(argv);
  // Arguments that do not parse are reported in zh-CN: --lang may be among them.
  if (!parsed.ok) return usageError(io, translator("zh-CN")(parsed.error.key, parsed.error.params), translator("zh-CN"));
  const args = parsed.args;
  const locale: Locale = args.lang ?? "zh-CN";
  const t = translator(locale);
  if (args.help) {
    io.stdout.write(t("cli.help") + "\n");
    return EXIT_OK;
  }
  if (args.version) {
    io.stdout.write(version() + "\n");
    return EXIT_OK;
  }

  const outIsFolder = args.out ? await isDirectory(args.out) : false;
  // The copy is always an .xlsx (macros are not kept): an .xlsm or .xls name would not open.
  if (args.out && !outIsFolder && !isXlsxName(args.out)) return usageError(io, t("cli.argOutNotXlsx", { file: args.out }), t);
  if (args.summary !== undefined && !isXlsxName(args.summary)) return usageError(io, t("cli.argSummaryNotXlsx", { file: args.summary }), t);
  // What this run writes is never read as input by a later run over the same folder.
  const written = [...(outIsFolder && args.out ? [args.out] : []), ...(args.summary ? [args.summary] : [])];
  const inputs = await expandInputs(args.files, locale, written);
  const files = inputs.map((input) => input.file);
  const outputs = args.out ? planOutputs(files, args.out, outIsFolder) : null;
  const progress: Progress | null = inputs.length > 1 ? createProgress(io.stderr, inputs.length, locale) : null;
  // Each file's part of the output is rendered where it is checked (in the worker): the main thread
  // gets text and counts, and the reports themselves only when the summary workbook needs them.
  const render: RenderRequest = { format: args.format, color: args.format === "text" && useColor(io.stdout.isTTY, io.env), compact: inputs.length > 1 };
  const keepReport = args.summary !== undefined;
  const rendered: RenderedFile[] = [];
  const reports: FileReport[] = [];
  let outputFailed = false;
  // Each file in a worker with memory and time limits: one hostile file costs that file only.
  const checker: FileChecker = options.rules ? inProcessChecker(options.rules) : isolatedChecker(options.isolation);

  try {
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i];
      const file = input.file;
      if ("error" in input) {
        const report: FileReport = { file, tables: [], findings: [], error: input.error, errorReason: input.reason };
        rendered.push(renderFile(report, render, locale));
        if (keepReport) reports.push(report);
        continue;
      }
      progress?.start(i, file);
      const checked = await checker.check({ file, out: outputs?.[i], locale, render, keepReport }, (fraction) => progress?.update(fraction));
      rendered.push(checked.rendered);
      if (checked.report) reports.push(checked.report);
      const copy = checked.copy;
      if (copy) {
        if (copy.failed) outputFailed = true;
        if (progress) progress.log(copy.text);
        else io.stderr.write(copy.text + "\n");
      }
    }
  } finally {
    await checker.close();
  }
  progress?.finish();
  if (args.summary !== undefined) {
    const message = await writeSummary(args.summary, reports, locale);
    if (message.failed) outputFailed = true;
    io.stderr.write(message.text + "\n");
  }

  for (const piece of assembleOutput(rendered, render, version(), locale)) io.stdout.write(piece);

  const tallies = rendered.map((f) => f.tally);
  if (outputFailed || tallies.some((r) => r.error !== undefined)) return EXIT_UNREADABLE_OR_USAGE;
  return tallies.some((r) => r.counts.error > 0) ? EXIT_ERRORS_FOUND : EXIT_OK;
}

async function writeSummary(file: string, reports: readonly FileReport[], locale: Locale): Promise<{ text: string; failed: boolean }> {
  const t = translator(locale);
  // Loaded when a summary is asked for: the main thread of a plain check stays light (the worker starts sooner).
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { sameFile, writeWhole } = require("../../adapters/xlsx/write") as typeof WriteModule;
  const { summaryWorkbook } = require("../../adapters/xlsx/summary-workbook") as typeof SummaryModule;
  /* eslint-enable @typescript-eslint/no-require-imports */
  for (const r of reports) {
    if (await sameFile(r.file, file)) return { text: t("cli.summarySameAsInput", { file }), failed: true };
  }
  try {
    const entries = reports.map((r) => ({ file: r.file, tables: r.tables.length, findings: r.findings, error: r.error, explained: r.explained }));
    await writeWhole(file, await summaryWorkbook(entries, locale));
    return { text: t("cli.summaryWritten", { file }), failed: false };
  } catch (e) {
    return { text: t("cli.outFailed", { file, message: oneLine((e as Error).message) }), failed: true };
  }
}

/** A problem with the arguments, on stderr with the hint to --help; nothing is checked. */
function usageError(io: CliIo, message: string, t: Translate): number {
  io.stderr.write(`budget-check: ${message}\n${t("cli.argHint")}\n`);
  return EXIT_UNREADABLE_OR_USAGE;
}

/** A name for a workbook this command writes (the copy is an .xlsx whatever the input was). */
function isXlsxName(file: string): boolean {
  return path.extname(file).toLowerCase() === ".xlsx";
}

/** Whether --out names a folder: an existing one, or a path ending in a separator (created). */
async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    if (!/[\\/]$/.test(p)) return false;
    await fs.mkdir(p, { recursive: true }).catch(() => undefined); // a failure shows when writing
    return true;
  }
}

let cachedVersion: string | undefined;

/** The package version; read at run time so that src/ (tsx, jest) and dist/ both find it. */
export function version(): string {
  if (cachedVersion === undefined) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "..", "package.json"), "utf8")) as { version?: string };
      cachedVersion = pkg.version ?? "0.0.0";
    } catch {
      cachedVersion = "0.0.0";
    }
  }
  return cachedVersion;
}

/** Entry point for bin/budget-check.js. */
export function runFromProcess(): void {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`budget-check: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
      process.exitCode = EXIT_UNREADABLE_OR_USAGE;
    },
  );
}
