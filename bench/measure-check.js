// Measures one load + check of an .xlsx in a fresh Node process, on the compiled code (dist).
// Plain JS on purpose: run by bench/check-bench.ts as `node bench/measure-check.js <dist> <file>`;
// the TypeScript loader used for the rest of the bench would slow the checked code down.
"use strict";
const path = require("path");
const v8 = require("v8");

async function main() {
  const [dist, file] = process.argv.slice(2);
  // The V8 flags budget-check sets before it checks (apps/cli/worker-start.ts), so that the figures are budget-check's.
  v8.setFlagsFromString(require(path.resolve(dist, "apps/cli/worker-start.js")).CHECK_V8_FLAGS);
  const { loadWorkbookFile } = require(path.resolve(dist, "adapters/xlsx/load.js"));
  const { checkWorkbookSync } = require(path.resolve(dist, "engine/check.js"));

  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  };
  const timer = setInterval(sample, 10);

  let t = process.hrtime.bigint();
  const workbook = await loadWorkbookFile(file);
  const loadMs = Number(process.hrtime.bigint() - t) / 1e6;
  clearInterval(timer);
  sample();

  // Synchronous from here on: sample around each step. The first check is measured as the CLI
  // runs it: one call right after loading, recognition included, with nothing warmed up before it
  // (a separate recognition first would warm the recogniser and flatter the figure). Recognition's
  // share is the time to the first progress report (recognition plus the first table's rules).
  let recognizeMs = -1;
  const cpuBefore = mainThreadCpuMs();
  t = process.hrtime.bigint();
  const started = t;
  const localisation = {};
  const result = checkWorkbookSync(workbook, {
    localisation,
    onProgress: () => {
      if (recognizeMs < 0) recognizeMs = Number(process.hrtime.bigint() - started) / 1e6;
    },
  });
  const checkMs = Number(process.hrtime.bigint() - t) / 1e6;
  const checkCpuMs = cpuBefore === null ? null : mainThreadCpuMs() - cpuBefore;
  sample();
  // Peak memory is that of loading and one check (the runs below only add garbage of their own).
  const loadAndCheck = { peakRss, peakHeap, maxRss: process.resourceUsage().maxRSS * 1024 };
  t = process.hrtime.bigint();
  checkWorkbookSync(workbook);
  const checkAgainMs = Number(process.hrtime.bigint() - t) / 1e6;
  sample();
  // Once the code is compiled for good: the best of four more runs with error localisation and four
  // without, alternating, so that neither side gains from running later (what the step adds once
  // compiled, and what a long batch costs per file).
  let steadyMs = Infinity;
  let steadyNoLocateMs = Infinity;
  for (let i = 0; i < 4; i++) {
    t = process.hrtime.bigint();
    checkWorkbookSync(workbook);
    steadyMs = Math.min(steadyMs, Number(process.hrtime.bigint() - t) / 1e6);
    t = process.hrtime.bigint();
    checkWorkbookSync(workbook, { locate: false });
    steadyNoLocateMs = Math.min(steadyNoLocateMs, Number(process.hrtime.bigint() - t) / 1e6);
  }
  sample();
  const recognition = result.recognition;

  let usedCells = 0;
  let filledCells = 0;
  for (const s of workbook.sheets) {
    usedCells += s.rowCount * s.colCount;
    for (const row of s.cells) for (const v of row) if (v !== null) filledCells += 1;
  }
  const counts = { error: 0, warning: 0, info: 0 };
  const byRule = {};
  for (const f of result.findings) {
    counts[f.severity] += 1;
    const key = `${f.ruleId} (${f.severity})`;
    byRule[key] = (byRule[key] || 0) + 1;
  }
  process.stdout.write(
    JSON.stringify({
      loadMs,
      recognizeMs,
      checkMs,
      checkAgainMs,
      steadyMs,
      steadyNoLocateMs,
      localisation,
      checkCpuMs,
      sheets: workbook.sheets.length,
      tables: recognition.tables.length,
      usedCells,
      filledCells,
      counts,
      byRule,
      findings: result.findings.map((f) => [f.sheet, f.cell, f.ruleId, f.severity]).filter((f) => f[3] === "error"),
      peakRss: loadAndCheck.peakRss,
      peakHeap: loadAndCheck.peakHeap,
      maxRss: loadAndCheck.maxRss,
      heapLimit: v8.getHeapStatistics().heap_size_limit,
    }) + "\n",
  );
}

/**
 * Time this thread has spent on a CPU (Linux), or null elsewhere. Compared with the wall time of
 * the first check it shows how long the check waited for a core while V8 compiled in the background.
 */
function mainThreadCpuMs() {
  try {
    return Number(require("fs").readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]) / 1e6;
  } catch {
    return null;
  }
}

main().catch((e) => {
  process.stderr.write(String((e && e.stack) || e) + "\n");
  process.exit(1);
});
