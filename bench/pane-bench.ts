/**
 * Pane bench: the Excel task pane's production bundle (dist/excel/taskpane.js, built here into
 * bench/out/excel) and its size after gzip (the budget is 250 KB); then that same bundle in
 * headless Chromium with the CPU slowed down 4× (CDP Emulation.setCPUThrottlingRate), timing from
 * navigation to the first frame with the first control (the 检查 button) laid out (the target is
 * 400 ms), and to the first frame in which React handles it (the pane is live). The page is the
 * built taskpane.html as shipped (its prerendered first screen, the inline early.js loading
 * functions.js and taskpane.js after the first paint) with Office.js replaced by a stub that is
 * ready at once (its own download is Office's). At least 5 fresh pages (BENCH_RUNS): the time
 * varies by ±20% from page to page on this machine. Prints figures; asserts nothing.
 *
 * Bounded: each load has its own time limit, a load that fails is reported with its reason, and
 * the whole browser part stops after BENCH_PANE_BUDGET_MS. (The first version timed out because
 * its in-page probe was a function that tsx compiled with esbuild's `__name` helper, which does
 * not exist in the page: the probe threw and nothing was ever measured. The probes are now text.)
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { median } from "./check-bench";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runWebpack } = require("../scripts/run-webpack");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configFactory = require("../webpack.config.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { chromiumPath } = require("../scripts/ensure-browser") as { chromiumPath(): string | undefined };

const OUT = path.join(__dirname, "out");
const LOAD_TIMEOUT_MS = 30_000;

/** Office.js as far as the pane's entry uses it at start: ready at once, Excel, Chinese. No workbook call ever answers. */
const OFFICE_STUB = `
window.Office = {
  HostType: { Excel: "Excel" },
  context: { displayLanguage: "zh-CN", requirements: { isSetSupported: function () { return true; } } },
  onReady: function (cb) { var info = { host: "Excel", platform: "PC" }; return Promise.resolve(info).then(function (i) { if (cb) cb(i); return i; }); }
};
window.Excel = { run: function () { return new Promise(function () {}); } };
window.CustomFunctions = { associate: function () {} };
`;

/**
 * Runs in the page before its scripts: records, on the first animation frame in which the 检查
 * button has a size, the time since navigation started (__firstControl), and on the first frame in
 * which React handles it (__live: hydrated; a click before that is kept and replayed, see
 * src/apps/pane/early-clicks.ts). Text, not a function: see the header.
 */
const FIRST_CONTROL_PROBE = `
(function () {
  function live(b) {
    for (var k in b) if (k.indexOf("__reactProps$") === 0) return true;
    return false;
  }
  function seen() {
    var b = document.getElementById("check");
    if (window.__firstControl === undefined && b && b.getBoundingClientRect().height > 0) window.__firstControl = performance.now();
    if (b && live(b)) window.__live = performance.now();
    else requestAnimationFrame(seen);
  }
  requestAnimationFrame(seen);
})();
`;

export async function runPaneBench(): Promise<void> {
  const lines = ["", "== pane bench: the task pane's bundle and its first control =="];
  const excelOut = path.join(OUT, "excel");
  const stats = await runWebpack(configFactory({ outDir: OUT }, { mode: "production" }).filter((c: { name: string }) => c.name === "excel"));
  const sizes = (file: string) => {
    const bytes = fs.readFileSync(path.join(excelOut, file));
    return { raw: bytes.length, gz: zlib.gzipSync(bytes, { level: 9 }).length };
  };
  const kb = (n: number) => (n / 1024).toFixed(1);
  const first = sizes("taskpane.js");
  lines.push(`first load: taskpane.js (Excel) ${kb(first.raw)} KB, gzip ${kb(first.gz)} KB (budget 250 KB)`);
  // Chunks the pane loads later, by the lazy group that asks for them first: not part of the first load, listed apart.
  const groups = lazyGroupsOf(stats);
  const WHEN: Record<string, string> = { check: "fetched on idle after the first paint; a check awaits it", goals: "loaded when the 绩效目标 tab opens" };
  let total = first.gz;
  for (const file of fs.readdirSync(excelOut).filter((f) => f.endsWith(".js") && f !== "taskpane.js" && f !== "functions.js" && f !== "office-stub.js")) {
    const s = sizes(file);
    total += s.gz;
    const names = groups.get(file) ?? [];
    lines.push(`  + ${file.padEnd(12)} ${kb(s.raw).padStart(6)} KB, gzip ${kb(s.gz).padStart(5)} KB (${names.map((n) => `${n}: ${WHEN[n] ?? "lazy"}`).join("; ") || "lazy"})`);
  }
  const fn = sizes("functions.js");
  lines.push(`pane JavaScript in all: gzip ${kb(total)} KB (taskpane.js and its lazy chunks); functions.js apart: ${kb(fn.raw)} KB, gzip ${kb(fn.gz)} KB`);
  process.stdout.write(lines.splice(0).join("\n") + "\n");
  const executablePath = chromiumPath();
  if (!executablePath) {
    process.stdout.write("first control: skipped, no Chromium (node scripts/ensure-browser.js installs it)\n");
    return;
  }
  fs.writeFileSync(path.join(excelOut, "office-stub.js"), OFFICE_STUB);
  // The built taskpane.html as shipped (its prerendered first screen, its scripts in their order), with office.js swapped for the stub.
  const built = fs.readFileSync(path.join(excelOut, "taskpane.html"), "utf8");
  const stubbed = built.replace(/<script src="?https:\/\/appsforoffice\.microsoft\.com[^"\s>]*"?><\/script>/, '<script src="office-stub.js"></script>');
  if (stubbed === built) throw new Error("pane bench: no office.js script in taskpane.html to swap for the stub");
  const page = path.join(excelOut, "bench-taskpane.html");
  fs.writeFileSync(page, stubbed);
  const runs = Math.max(5, Number(process.env.BENCH_RUNS) || 5);
  const budgetMs = Number(process.env.BENCH_PANE_BUDGET_MS) || 180_000;
  const { times, live, failures } = await firstControlTimes("file://" + page, runs, budgetMs);
  const spread = (xs: number[]) => `${median(xs).toFixed(0)} ms median (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}, ${xs.length} fresh pages`;
  if (times.length) {
    lines.push(`first control at 4× CPU slowdown: ${spread(times)}; target 400 ms; the built taskpane.html with its prerendered screen, Office.js stubbed)`);
    lines.push(`pane live (检查 hydrated, React handles it) at 4× CPU slowdown: ${spread(live)})`);
  } else {
    lines.push("first control at 4× CPU slowdown: not measured (every load failed, see below)");
  }
  for (const f of failures) lines.push(`  load failed: ${f}`);
  process.stdout.write(lines.join("\n") + "\n");
}

/** Each emitted chunk file → the names of the lazy chunk groups (webpackChunkName) that load it. */
function lazyGroupsOf(stats: { stats?: { toJson(o: object): StatsJson }[] }): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const json = stats.stats?.[0]?.toJson({ all: false, chunkGroups: true, chunkGroupChildren: true });
  for (const [name, group] of Object.entries(json?.namedChunkGroups ?? {})) {
    if (name === "taskpane" || name === "functions") continue;
    for (const asset of group.assets) if (asset.name.endsWith(".js")) out.set(asset.name, [...(out.get(asset.name) ?? []), name]);
  }
  return out;
}

interface StatsJson {
  namedChunkGroups?: Record<string, { assets: { name: string }[] }>;
}

/** Fresh pages, one at a time, each throttled 4× before navigating; bounded per load and in total. */
async function firstControlTimes(url: string, runs: number, budgetMs: number): Promise<{ times: number[]; live: number[]; failures: string[] }> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const times: number[] = [];
  const live: number[] = [];
  const failures: string[] = [];
  const deadline = Date.now() + budgetMs;
  try {
    for (let i = 0; i < runs && Date.now() < deadline; i++) {
      // bypassCSP: the page's policy (script-src 'self') would refuse the probes' polling, which Playwright evaluates from text.
      const context = await browser.newContext({ viewport: { width: 350, height: 760 }, bypassCSP: true });
      const tab = await context.newPage();
      const errors: string[] = [];
      tab.on("pageerror", (e) => errors.push(e.message));
      try {
        const cdp = await context.newCDPSession(tab);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
        await tab.addInitScript({ content: FIRST_CONTROL_PROBE });
        const timeout = Math.max(1_000, Math.min(LOAD_TIMEOUT_MS, deadline - Date.now()));
        await tab.goto(url, { timeout });
        await tab.waitForFunction("window.__live !== undefined", undefined, { timeout, polling: 50 });
        times.push(Number(await tab.evaluate("window.__firstControl")));
        live.push(Number(await tab.evaluate("window.__live")));
      } catch (e) {
        failures.push(`${e instanceof Error ? e.message.split("\n")[0] : String(e)}${errors.length ? `; page errors: ${errors.join(" | ")}` : ""}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return { times, live, failures };
}

if (require.main === module) {
  runPaneBench().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
