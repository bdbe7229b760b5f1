/**
 * Batch benchmark: a finance-bureau reviewer's run, many department-sized workbooks checked in one
 * process, as `budget-check a.xlsx b.xlsx …` does. The files are copies of the bundled sample
 * (18 sheets: the nine tables and nine goal tables of a real county department), so every file is
 * loaded and checked in full; only the first files pay for V8 compiling the checker.
 *
 *   BENCH_BATCH_FILES=500 npm run bench    (default 300 files)
 *
 * Runs after the check bench, on the code it compiled (bench/out/dist).
 */
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "fs";
import * as path from "path";
import { SAMPLE_FILE } from "../scripts/fixtures/sample";
import { DIST, compile, median } from "./check-bench";

const ROOT = path.join(__dirname, "..");
const BATCH_DIR = path.join(__dirname, "out", "batch");

interface BatchMeasurement {
  loadMs: number[];
  checkMs: number[];
  totalMs: number;
  findings: number;
  tables: number;
  maxRss: number;
}

export async function runBatchBench(): Promise<void> {
  const count = Math.max(1, Number(process.env.BENCH_BATCH_FILES) || 300);
  const files = prepareFiles(count);
  if (!existsSync(path.join(DIST, "check.js"))) compile();
  const r = spawnSync(process.execPath, [path.join(__dirname, "measure-batch.js"), DIST, ...files], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  if (r.status !== 0) throw new Error(`batch measurement failed: ${r.stderr}`);
  const m = JSON.parse(r.stdout) as BatchMeasurement;

  const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  /** Check time as a share of load time over files [from, to). */
  const share = (from: number, to: number) => sum(m.checkMs.slice(from, to)) / sum(m.loadMs.slice(from, to));
  const tail = Math.max(1, Math.floor(count / 3));
  const lines = [
    "",
    `== batch bench: ${count} department workbooks in one process (as budget-check FILE... does it) ==`,
    `each file          ${path.basename(SAMPLE_FILE)} (${(statSync(files[0]).size / 1024).toFixed(0)} KB, ${m.tables / count} tables)`,
    `whole run          ${(m.totalMs / 1000).toFixed(2)} s, ${ms(m.totalMs / count)} per file; max RSS ${(m.maxRss / 1024 / 1024).toFixed(0)} MB`,
    `per file (median)  load ${ms(median(m.loadMs))}, recognise + check ${ms(median(m.checkMs))}`,
    `check / load       ${pct(share(0, count))} over all files; first file ${ms(m.checkMs[0])} / ${ms(m.loadMs[0])} = ${pct(share(0, 1))}; last ${tail} files ${pct(share(count - tail, count))}`,
    `findings           ${m.findings} (${m.findings / count} per file: the sample's own)`,
  ];
  process.stdout.write(lines.join("\n") + "\n");
}

/** `count` copies of the sample workbook in bench/out/batch (remade when the count changes). */
function prepareFiles(count: number): string[] {
  const source = path.join(ROOT, SAMPLE_FILE);
  const names = Array.from({ length: count }, (_, i) => `dept-${String(i + 1).padStart(4, "0")}.xlsx`);
  const present = existsSync(BATCH_DIR) ? readdirSync(BATCH_DIR) : [];
  const stale = present.length !== count || present.some((f) => statSync(path.join(BATCH_DIR, f)).mtimeMs < statSync(source).mtimeMs);
  if (stale) {
    rmSync(BATCH_DIR, { recursive: true, force: true });
    mkdirSync(BATCH_DIR, { recursive: true });
    for (const name of names) copyFileSync(source, path.join(BATCH_DIR, name));
  }
  return names.map((n) => path.join(BATCH_DIR, n));
}
