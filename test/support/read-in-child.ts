/**
 * Reads one file the way budget-check does, in a process of its own, and prints what happened
 * with the process's peak memory: `{ ok, reason, message, ms, maxRssMb }`. Used by tests that must
 * measure memory without the test runner's own.
 */
import { loadWorkbookFile, WorkbookLoadError } from "../../src/adapters/xlsx/load";

async function main(): Promise<void> {
  const started = Date.now();
  let result: { ok: boolean; reason?: string; message?: string };
  try {
    const book = await loadWorkbookFile(process.argv[2]);
    result = { ok: true, message: `${book.sheets.length} sheets` };
  } catch (e) {
    result = e instanceof WorkbookLoadError ? { ok: false, reason: e.reason, message: e.message } : { ok: false, reason: "crash", message: String(e) };
  }
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify({ ...result, ms: Date.now() - started, maxRssMb }));
}

void main();
