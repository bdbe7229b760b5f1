/**
 * Pane bench: the Excel task pane's production bundle (dist/excel/taskpane.js, built here into
 * bench/out/excel) and its size after gzip (the budget is 250 KB); then the pane in headless
 * Chromium over the in-memory Excel with the CPU slowed down 4× (CDP
 * Emulation.setCPUThrottlingRate), timing from navigation to the first control (the 检查 button)
 * on screen (the target is 400 ms). Prints figures; asserts nothing.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { buildHarnesses, workbookJsonOf, writePanePage } from "../test/apps/web/pane-build";
import { median } from "./check-bench";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runWebpack } = require("../scripts/run-webpack");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configFactory = require("../webpack.config.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { chromiumPath } = require("../scripts/ensure-browser") as { chromiumPath(): string | undefined };

const ROOT = path.join(__dirname, "..");
const OUT = path.join(__dirname, "out");
const SAMPLE = path.join(ROOT, "examples", "巨鹿县医疗保障局2023年部门预算.xlsx");

export async function runPaneBench(): Promise<void> {
  const lines = ["", "== pane bench: the task pane's bundle and its first control =="];
  await runWebpack(configFactory({ outDir: OUT }, { mode: "production" }).filter((c: { name: string }) => c.name === "excel"));
  const js = fs.readFileSync(path.join(OUT, "excel", "taskpane.js"));
  const gz = zlib.gzipSync(js, { level: 9 }).length;
  lines.push(`taskpane.js (Excel)   ${(js.length / 1024).toFixed(1)} KB, gzip ${(gz / 1024).toFixed(1)} KB (budget 250 KB)`);
  process.stdout.write(lines.splice(0).join("\n") + "\n");
  const executablePath = chromiumPath();
  if (!executablePath) {
    lines.push("first control: skipped, no Chromium (node scripts/ensure-browser.js installs it)");
    process.stdout.write(lines.join("\n") + "\n");
    return;
  }
  const work = path.join(OUT, "pane");
  fs.mkdirSync(work, { recursive: true });
  await buildHarnesses(work);
  const page = writePanePage(work, "bench", await workbookJsonOf(SAMPLE), "harness.js");
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"] });
  try {
    const runs = Math.max(1, Number(process.env.BENCH_RUNS) || 3);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const tab = await browser.newPage({ viewport: { width: 350, height: 760 } });
      const cdp = await tab.context().newCDPSession(tab);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      // The moment the 检查 button is in the document and laid out, since navigation started.
      await tab.addInitScript(() => {
        const w = window as unknown as { firstControl?: number };
        // Polled every frame: a frame is when the button can first be seen.
        const seen = () => {
          const b = document.getElementById("check");
          if (b && b.getBoundingClientRect().height > 0) w.firstControl = performance.now();
          else requestAnimationFrame(seen);
        };
        requestAnimationFrame(seen);
      });
      await tab.goto("file://" + page);
      await tab.waitForFunction(() => (window as unknown as { firstControl?: number }).firstControl !== undefined, undefined, { timeout: 180_000 });
      times.push(await tab.evaluate(() => (window as unknown as { firstControl: number }).firstControl));
      await tab.close();
    }
    lines.push(`first control at 4× CPU slowdown: ${median(times).toFixed(0)} ms median (${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)}, ${runs} fresh pages; target 400 ms; the harness also parses the sample workbook's JSON first)`);
  } finally {
    await browser.close();
  }
  process.stdout.write(lines.join("\n") + "\n");
}

if (require.main === module) {
  runPaneBench().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
