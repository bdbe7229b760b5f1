/**
 * Reader bench (#19): on the county workbook, each figure the median of fresh processes (BENCH_RUNS,
 * at least 3) with its range:
 *   inflate floor   zlib-inflating every part, no parsing (what reading cannot go below)
 *   read            the fast reader; the ExcelJS path beside it (the reader before)
 *   recognise/check from the check bench's runs
 *   whole run       `budget-check FILE --format json` in a fresh node, module load to exit, and its peak RSS
 * Targets: whole run ≤ 8× the inflate floor, peak RSS ≤ 300 MB.
 */
import { spawnSync } from "child_process";
import * as path from "path";
import { COUNTY_WORKBOOK, DIST, median, type CheckRuns } from "./check-bench";

const RATIO_TARGET = 8;
const RSS_TARGET_MB = 300;

interface Stage {
  ms: number;
  /** CPU time of the process (user + system), which a busy machine changes less than wall time. */
  cpuMs: number;
  maxRssMb: number;
}

function stage(mode: string): Stage {
  const r = spawnSync(process.execPath, [path.join(__dirname, "measure-read.js"), DIST, COUNTY_WORKBOOK, mode], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  if (r.status !== 0) throw new Error(`measure-read ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Stage;
}

/** The whole command under /usr/bin/time (its peak RSS counts the worker thread too). */
function wholeRun(): Stage {
  const started = process.hrtime.bigint();
  const r = spawnSync("/usr/bin/time", ["-f", "%M %U %S", process.execPath, path.join(__dirname, "measure-run.js"), DIST, COUNTY_WORKBOOK, "--format", "json"], {
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`budget-check failed (${r.status}): ${r.stderr}`);
  const lines = r.stderr.trim().split("\n");
  const [rssKb, user, sys] = lines[lines.length - 1].split(" ").map(Number);
  return { ms, cpuMs: (user + sys) * 1000, maxRssMb: rssKb / 1024 };
}

export function runReaderBench(check: CheckRuns): void {
  const runs = Math.max(3, Number(process.env.BENCH_RUNS) || 3);
  const take = (f: () => Stage) => Array.from({ length: runs }, f);
  const inflate = take(() => stage("inflate"));
  const fast = take(() => stage("fast"));
  const exceljs = take(() => stage("exceljs"));
  const whole = take(wholeRun);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const mb = (v: number) => `${v.toFixed(0)} MB`;
  const spread = (v: number[], show: (x: number) => string) => `${show(median(v))} (${show(Math.min(...v))}–${show(Math.max(...v))})`;
  const ratio = median(whole.map((x) => x.ms)) / median(inflate.map((x) => x.ms));
  const cpuRatio = median(whole.map((x) => x.cpuMs)) / median(inflate.map((x) => x.cpuMs));
  const both = (v: Stage[]) => `${spread(v.map((x) => x.ms), s)}, CPU ${spread(v.map((x) => x.cpuMs), s)}`;
  const rss = median(whole.map((x) => x.maxRssMb));
  const lines = [
    "",
    `== reader bench: county workbook, ${runs} fresh processes each (median, range) ==`,
    `inflate floor      ${both(inflate)}  (zlib, every part, no parsing)`,
    `read (fast)        ${both(fast)}  = ${(median(fast.map((x) => x.ms)) / median(inflate.map((x) => x.ms))).toFixed(1)}× the floor; peak RSS ${spread(fast.map((x) => x.maxRssMb), mb)}`,
    `read (ExcelJS)     ${both(exceljs)}  (the reader before; peak RSS ${spread(exceljs.map((x) => x.maxRssMb), mb)})`,
    `recognise          ${spread(check.recognizeMs, s)}  (check bench runs)`,
    `check              ${spread(check.checkMs, s)}  (recognition included, first run)`,
    `whole run          ${both(whole)}  budget-check FILE --format json, node start to exit`,
    `peak RSS           ${spread(whole.map((x) => x.maxRssMb), mb)}  (whole run, worker thread included)`,
    `whole / floor      ${ratio.toFixed(1)}× wall, ${cpuRatio.toFixed(1)}× CPU  target ≤ ${RATIO_TARGET}×: ${ratio <= RATIO_TARGET ? "met" : "NOT met"} (wall)`,
    `peak RSS target    ≤ ${RSS_TARGET_MB} MB: ${rss <= RSS_TARGET_MB ? "met" : "NOT met"}`,
  ];
  process.stdout.write(lines.join("\n") + "\n");
}
