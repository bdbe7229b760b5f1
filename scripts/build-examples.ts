/**
 * Builds the bundled sample workbooks from the transcribed seed data (seed 001's budget, seed 003's
 * self-evaluation tables):
 *   npx tsx scripts/build-examples.ts   (or: npm run fixtures)
 * Output is deterministic: rebuilding gives a byte-identical file.
 */
import { mkdirSync, writeFileSync } from "fs";
import { dirname, resolve } from "path";
import { SAMPLE_FILE, SAMPLE_SHEETS, buildSampleWorkbook } from "./fixtures/sample";
import { SELF_EVALUATION_FILE, SELF_EVALUATION_SHEETS, buildSelfEvaluationWorkbook } from "./fixtures/self-evaluation-sample";
import { writeFixtureBuffer } from "./fixtures/workbook";
import type ExcelJS from "exceljs";

async function main(): Promise<void> {
  await build(SAMPLE_FILE, buildSampleWorkbook(), SAMPLE_SHEETS.length);
  await build(SELF_EVALUATION_FILE, buildSelfEvaluationWorkbook(), SELF_EVALUATION_SHEETS.length);
}

async function build(file: string, workbook: ExcelJS.Workbook, sheets: number): Promise<void> {
  const target = resolve(__dirname, "..", file);
  mkdirSync(dirname(target), { recursive: true });
  const data = await writeFixtureBuffer(workbook);
  writeFileSync(target, data);
  process.stdout.write(`${file}: ${sheets} sheets, ${data.length} bytes\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
