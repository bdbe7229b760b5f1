/**
 * Page bench: the browser page (dist/web/预算公开表检查.html, built here into bench/out/web) in
 * headless Chromium, checking the county workbook of the check bench and the bundled sample the
 * way a user does it: pick the file, wait for the list. Prints the time from picking to the list,
 * and the longest stretch the page's own thread was busy meanwhile (the check runs in a worker; a
 * long stretch is a page that does not scroll).
 *
 * Pick → list is timed inside the page: from the file input's change event to the frame that shows
 * the results (the toolbar's `hidden` goes; the next animation frame). Timed from outside, the run
 * also counted Playwright's wait for the selector, which polls at growing intervals (up to 0.5 s):
 * measured on the county workbook, 0.03–0.3 s was added to a run that way. That outside time is
 * printed too, as `seen by the harness`.
 *
 * Needs Debian's Chromium (`node scripts/ensure-browser.js` installs it); says so and skips otherwise.
 */
import * as path from "path";
import type { Browser } from "playwright-core";
import { COUNTY_WORKBOOK, median } from "./check-bench";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runWebpack } = require("../scripts/run-webpack");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configFactory = require("../webpack.config.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PAGE_FILE } = require("../scripts/web/page");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { chromiumPath, chineseFont } = require("../scripts/ensure-browser") as { chromiumPath(): string | undefined; chineseFont(): string };

const ROOT = path.join(__dirname, "..");
const OUT = path.join(__dirname, "out");
const SAMPLE = path.join(ROOT, "examples", "巨鹿县医疗保障局2023年部门预算.xlsx");

interface PageRun {
  /** Pick → list, timed in the page. */
  ms: number;
  /** Pick → Playwright saw the list (its polling included). */
  outsideMs: number;
  longestBusyMs: number;
  overall: string;
}

export async function runPageBench(): Promise<void> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    process.stdout.write("\n== page bench: skipped, no Chromium (node scripts/ensure-browser.js installs it) ==\n");
    return;
  }
  await build();
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"] });
  try {
    const runs = Math.max(1, Number(process.env.BENCH_RUNS) || 3);
    const font = chineseFont();
    const lines = [
      "",
      `== page bench: the browser page in headless Chromium (${runs} fresh pages: median, range) ==`,
      `Chinese font       ${font || "none: Chinese text shows as boxes and lays out slowly (node scripts/ensure-browser.js installs one)"}`,
    ];
    for (const [label, file] of [
      ["county workbook", COUNTY_WORKBOOK],
      ["sample workbook", SAMPLE],
    ] as const) {
      const all: PageRun[] = [];
      for (let i = 0; i < runs; i++) all.push(await checkInPage(browser, file));
      const spread = (pick: (r: PageRun) => number) => {
        const v = all.map(pick);
        return `${(median(v) / 1000).toFixed(2)} s (${(Math.min(...v) / 1000).toFixed(2)}–${(Math.max(...v) / 1000).toFixed(2)})`;
      };
      lines.push(`${label.padEnd(18)} ${path.relative(ROOT, file)}`);
      lines.push(`  pick → list      ${spread((r) => r.ms)}   ${all[0].overall}`);
      lines.push(`  seen by the harness ${spread((r) => r.outsideMs)} (Playwright's polling included)`);
      lines.push(`  page thread busy at most ${spread((r) => r.longestBusyMs)} at a stretch`);
    }
    process.stdout.write(lines.join("\n") + "\n");
  } finally {
    await browser.close();
  }
}

async function build(): Promise<void> {
  const configs = configFactory({ outDir: OUT }, { mode: "production" }).filter((c: { name: string }) => c.name === "web");
  await runWebpack(configs);
}

async function checkInPage(browser: Browser, file: string): Promise<PageRun> {
  const page = await browser.newPage();
  try {
    await page.goto("file://" + path.join(OUT, "web", PAGE_FILE));
    // A 50 ms heartbeat on the page's thread: the largest gap between beats is the longest busy stretch.
    // The pick and the frame that shows the list, timed in the page (see the header).
    await page.evaluate(() => {
      const w = window as unknown as { gaps: number[]; picked: number; shown: number };
      w.gaps = [];
      w.picked = 0;
      w.shown = 0;
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        w.gaps.push(now - last);
        last = now;
      }, 50);
      document.getElementById("files")!.addEventListener("change", () => (w.picked = performance.now()), { capture: true });
      const toolbar = document.getElementById("toolbar")!;
      new MutationObserver(() => {
        if (!toolbar.hidden && !w.shown) requestAnimationFrame(() => (w.shown ||= performance.now()));
      }).observe(toolbar, { attributes: true });
    });
    const started = Date.now();
    await page.setInputFiles("#files", file);
    await page.waitForSelector("#toolbar:not([hidden])", { timeout: 600_000 });
    const outsideMs = Date.now() - started;
    await page.waitForFunction(() => (window as unknown as { shown: number }).shown > 0);
    const { gaps, ms } = await page.evaluate(() => {
      const w = window as unknown as { gaps: number[]; picked: number; shown: number };
      return { gaps: w.gaps, ms: w.shown - w.picked };
    });
    return { ms, outsideMs, longestBusyMs: Math.max(0, ...gaps) - 50, overall: (await page.textContent("#overall")) ?? "" };
  } finally {
    await page.close();
  }
}
