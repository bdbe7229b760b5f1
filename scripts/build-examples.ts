/**
 * Builds the bundled sample workbook from the transcribed seed data:
 *   npx tsx scripts/build-examples.ts   (or: npm run fixtures)
 * Output is deterministic: rebuilding gives a byte-identical file.
 */
import { mkdirSync, writeFileSync } from "fs";
import { dirname, resolve } from "path";
import { SAMPLE_FILE, SAMPLE_SHEETS, buildSampleWorkbook } from "./fixtures/sample";
import { writeFixtureBuffer } from "./fixtures/workbook";

async function main(): Promise<void> {
  const target = resolve(__dirname, "..", SAMPLE_FILE);
  mkdirSync(dirname(target), { recursive: true });
  const data = await writeFixtureBuffer(buildSampleWorkbook());
  writeFileSync(target, data);
  process.stdout.write(`${SAMPLE_FILE}: ${SAMPLE_SHEETS.length} sheets, ${data.length} bytes\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
