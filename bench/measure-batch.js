// Measures a reviewer's batch in one fresh Node process: every file loaded and checked in turn, as
// `budget-check a.xlsx b.xlsx …` does. Plain JS on the compiled code, like measure-check.js.
// Run by bench/batch-bench.ts as `node bench/measure-batch.js <dist> <file>...`.
"use strict";
const path = require("path");
const v8 = require("v8");

async function main() {
  const [dist, ...files] = process.argv.slice(2);
  // The V8 flags budget-check sets before it checks (apps/cli/worker-start.ts), so that the figures are budget-check's.
  v8.setFlagsFromString(require(path.resolve(dist, "apps/cli/worker-start.js")).CHECK_V8_FLAGS);
  const { loadWorkbookFile } = require(path.resolve(dist, "adapters/xlsx/load.js"));
  const { checkWorkbookSync } = require(path.resolve(dist, "engine/check.js"));
  const loadMs = [];
  const checkMs = [];
  let findings = 0;
  let tables = 0;
  const started = process.hrtime.bigint();
  for (const file of files) {
    let t = process.hrtime.bigint();
    const workbook = await loadWorkbookFile(file);
    loadMs.push(Number(process.hrtime.bigint() - t) / 1e6);
    t = process.hrtime.bigint();
    const result = checkWorkbookSync(workbook);
    checkMs.push(Number(process.hrtime.bigint() - t) / 1e6);
    findings += result.findings.length;
    tables += result.tables.length;
  }
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(JSON.stringify({ loadMs, checkMs, totalMs, findings, tables, maxRss: process.resourceUsage().maxRSS * 1024 }) + "\n");
}

main().catch((e) => {
  process.stderr.write(String((e && e.stack) || e) + "\n");
  process.exit(1);
});
