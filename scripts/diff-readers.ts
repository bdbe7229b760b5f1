/**
 * The differential check on whole files, for files too big for a unit test (the bench's county
 * workbook): reads each file with the fast reader and with ExcelJS and says whether the snapshots
 * are the same, with both read times; on a difference, shows where. It also reads each file with
 * a helper thread inflating the sheet parts (as budget-check and the page read large files) and
 * says whether that snapshot is the same text as the fast reader's alone.
 *
 *   npx tsx scripts/diff-readers.ts bench/out/county-200.xlsx examples/*.xlsx
 */
import { readFileSync } from "fs";
import { snapshotWithExcelJS } from "../src/adapters/xlsx/xlsx-snapshot";
import { readXlsxFast } from "../src/adapters/xlsx/sml/read";
import { inflateWithZlib } from "../src/adapters/xlsx/sml/inflate-node";
import { readXlsxFed } from "../src/adapters/xlsx/sml/read";
import { inflateHelper } from "../src/apps/cli/read-helper";

async function main(): Promise<void> {
  let differ = 0;
  // the CLI's helper thread, fed every file (its size threshold is the CLI's)
  const helper = inflateHelper(4096);
  for (const file of process.argv.slice(2)) {
    const bytes = readFileSync(file);
    let t = Date.now();
    const fast = readXlsxFast(bytes, file, { inflate: inflateWithZlib });
    const fastMs = Date.now() - t;
    t = Date.now();
    const slow = await snapshotWithExcelJS(bytes, file);
    const slowMs = Date.now() - t;
    t = Date.now();
    const fed = await readXlsxFed(bytes, file, { inflate: inflateWithZlib }, { totalBytes: 0 }, helper);
    const fedMs = Date.now() - t;
    const fastText = JSON.stringify(fast);
    const same = fastText === JSON.stringify(slow);
    const fedSame = fastText === JSON.stringify(fed);
    if (!fedSame) differ += 1;
    const cells = fast.sheets.reduce((n, s) => n + s.cells.reduce((m, r) => m + r.length, 0), 0);
    process.stdout.write(
      `${same ? "same" : "DIFFERENT"}  ${file}: ${fast.sheets.length} sheets, ${cells} cells; fast ${fastMs} ms, ExcelJS ${slowMs} ms; ` +
        `with the inflating helper: ${fedSame ? "same" : "DIFFERENT"}, ${fedMs} ms\n`,
    );
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
  await helper.close();
  process.exitCode = differ ? 1 : 0;
}

void main();
