// One stage of reading an .xlsx, timed in a fresh Node process on the compiled code (dist):
//   node bench/measure-read.js <dist> <file> inflate   inflate every part with zlib, no parsing (the floor)
//   node bench/measure-read.js <dist> <file> fast      the fast reader (as budget-check reads)
//   node bench/measure-read.js <dist> <file> exceljs   the ExcelJS path (the reader before the fast one)
// Prints { ms, cpuMs, maxRssMb } as JSON (CPU time: this machine is shared, wall time varies with the load). Plain JS: run without the TypeScript loader.
"use strict";
const path = require("path");
const fs = require("fs");
const zlib = require("zlib");

async function main() {
  const [dist, file, mode] = process.argv.slice(2);
  const bytes = fs.readFileSync(file);
  const d = (p) => require(path.resolve(dist, p));
  let out = 0;
  const cpu = process.cpuUsage();
  const t = process.hrtime.bigint();
  if (mode === "inflate") {
    const { readZipDirectory, entryData } = d("adapters/xlsx/sml/zip.js");
    for (const e of readZipDirectory(bytes)) {
      const data = entryData(bytes, e);
      out += e.method === 8 ? zlib.inflateRawSync(data).length : data.length;
    }
  } else if (mode === "fast") {
    const { loadWorkbookBuffer } = d("adapters/xlsx/load.js");
    out = (await loadWorkbookBuffer(bytes, file)).sheets.length;
  } else if (mode === "exceljs") {
    const { snapshotWithExcelJS } = d("adapters/xlsx/xlsx-snapshot.js");
    out = (await snapshotWithExcelJS(bytes, file)).sheets.length;
  } else throw new Error(`unknown mode ${mode}`);
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  process.stdout.write(JSON.stringify({ ms, cpuMs, out, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
}

main().catch((e) => {
  process.stderr.write(String((e && e.stack) || e) + "\n");
  process.exit(1);
});
