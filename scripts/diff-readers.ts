/**
 * The differential check on whole files, for files too big for a unit test (the bench's county
 * workbook): reads each file with the fast reader and with ExcelJS and says whether the snapshots
 * are the same, with both read times; on a difference, shows where.
 *
 *   npx tsx scripts/diff-readers.ts bench/out/county-200.xlsx examples/*.xlsx
 */
import { readFileSync } from "fs";
import { snapshotWithExcelJS } from "../src/adapters/xlsx/xlsx-snapshot";
import { readXlsxFast } from "../src/adapters/xlsx/sml/read";
import { inflateWithZlib } from "../src/adapters/xlsx/sml/inflate-node";

async function main(): Promise<void> {
  let differ = 0;
  for (const file of process.argv.slice(2)) {
    const bytes = readFileSync(file);
    let t = Date.now();
    const fast = readXlsxFast(bytes, file, { inflate: inflateWithZlib });
    const fastMs = Date.now() - t;
    t = Date.now();
    const slow = await snapshotWithExcelJS(bytes, file);
    const slowMs = Date.now() - t;
    const same = JSON.stringify(fast) === JSON.stringify(slow);
    const cells = fast.sheets.reduce((n, s) => n + s.cells.reduce((m, r) => m + r.length, 0), 0);
    process.stdout.write(`${same ? "same" : "DIFFERENT"}  ${file}: ${fast.sheets.length} sheets, ${cells} cells; fast ${fastMs} ms, ExcelJS ${slowMs} ms\n`);
    if (same) continue;
    differ += 1;
    for (let i = 0; i < Math.max(fast.sheets.length, slow.sheets.length); i++) {
      const a = JSON.stringify(fast.sheets[i]) ?? "";
      const b = JSON.stringify(slow.sheets[i]) ?? "";
      if (a === b) continue;
      let k = 0;
      while (a[k] === b[k]) k++;
      process.stdout.write(`  sheet ${i} (${slow.sheets[i]?.name}):\n    fast:    …${a.slice(Math.max(0, k - 120), k + 120)}\n    ExcelJS: …${b.slice(Math.max(0, k - 120), k + 120)}\n`);
      break;
    }
  }
  process.exitCode = differ ? 1 : 0;
}

void main();
