/**
 * The built task-pane pages (Excel's and WPS's taskpane.html, as `npm run build:addin` makes them)
 * in Chromium over the in-memory hosts: the first screen is in the HTML before any script runs;
 * taskpane.js hydrates it without replacing it (the same button element, no mismatch, no CSS rule
 * inserted twice); the lazy check chunk loads beside taskpane.js; a click before the pane is live
 * starts the check once it is; an English Office drops the zh-CN screen and renders its own.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../support/browser";
import { ROOT, workbookJsonOf } from "./pane-build";
import type { SheetJson } from "../../support/fake-workbook-json";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runWebpack } = require("../../../scripts/run-webpack");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configFactory = require("../../../webpack.config.js");

const SAMPLE = path.join(ROOT, "examples", "巨鹿县医疗保障局2023年部门预算.xlsx");

let work = "";
let browser: Browser;
let sample: SheetJson[] = [];

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "ys-prerender-"));
  const builds = configFactory({ outDir: work }, { mode: "production" }).filter((c: { name: string }) => c.name === "excel" || c.name === "wps");
  await runWebpack([
    ...builds.map((c: object) => ({ ...c, devtool: false })),
    {
      name: "host",
      mode: "production",
      target: ["web", "es2017"],
      entry: { host: path.join(__dirname, "prerendered-host.ts") },
      output: { path: path.join(work, "host"), filename: "[name].js" },
      resolve: { extensions: [".ts", ".tsx", ".js"] },
      optimization: { minimize: false },
      module: {
        rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: path.join(ROOT, "tsconfig.addin.json"), transpileOnly: true } } }],
      },
      performance: { hints: false },
    },
  ]);
  for (const dir of ["excel", "wps"]) fs.copyFileSync(path.join(work, "host", "host.js"), path.join(work, dir, "host.js"));
  sample = await workbookJsonOf(SAMPLE);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** The built page with the in-memory host in front: for Excel in place of office.js, for WPS before taskpane.js. */
function hostPage(host: "excel" | "wps", name: string, setup = ""): string {
  const dir = path.join(work, host);
  fs.writeFileSync(path.join(dir, `${name}.data.js`), `window.host = ${JSON.stringify(host)}; window.workbookJson = ${JSON.stringify(sample)};${setup}`);
  const built = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
  const front = `<script src="${name}.data.js"></script><script src="host.js"></script>`;
  const html =
    host === "excel"
      ? built.replace(/<script src="?https:\/\/appsforoffice\.microsoft\.com[^"\s>]*"?><\/script>/, front)
      : built.replace(/<script data-after-paint=/, `${front}$&`);
  if (html === built) throw new Error(`no place for the host script in ${host}/taskpane.html`);
  const file = path.join(dir, `${name}.html`);
  fs.writeFileSync(file, html);
  return "file://" + file;
}

/** Runs in the page first: keeps the prerendered button as parsed (before the deferred scripts run) and every console warning or error. */
const WATCH = `
window.__said = [];
window.__scripts = [];
document.addEventListener("securitypolicyviolation", function (e) { window.__said.push("csp: " + e.violatedDirective + " " + e.blockedURI); });
new MutationObserver(function (changes) {
  changes.forEach(function (c) {
    c.addedNodes.forEach(function (n) { if (n.tagName === "SCRIPT" && n.src) window.__scripts.push(n.src.split("/").pop()); });
  });
}).observe(document, { childList: true, subtree: true });
["warn", "error"].forEach(function (level) {
  var original = console[level];
  console[level] = function () { window.__said.push(level + ": " + Array.prototype.join.call(arguments, " ")); return original.apply(console, arguments); };
});
document.addEventListener("readystatechange", function () {
  if (document.readyState !== "interactive") return;
  var b = document.getElementById("check");
  window.__parsed = b ? { button: b, rect: b.getBoundingClientRect().toJSON(), background: getComputedStyle(b).backgroundColor, rules: cssRules() } : null;
});
function cssRules() {
  return Array.prototype.slice.call(document.querySelectorAll("style")).reduce(function (n, s) { return n + (s.sheet ? s.sheet.cssRules.length : 0); }, 0);
}
window.__cssRules = cssRules;
`;

const isLive = "(() => { const b = document.getElementById('check'); return !!b && Object.keys(b).some((k) => k.startsWith('__reactProps$')); })()";

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 350, height: 760 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript({ content: WATCH });
  await page.goto(url);
  return { page, errors };
}

async function checkedOutcome(page: Page): Promise<string | null> {
  await page.waitForSelector("#outcome", { timeout: 120_000 });
  return page.textContent("#outcome");
}

/** Hydration kept the parsed button (same element, same place and colour), reported no mismatch, and added no CSS rule twice. */
async function expectHydratedInPlace(page: Page): Promise<void> {
  await page.waitForFunction(isLive);
  const kept = await page.evaluate(() => {
    const w = window as unknown as { __parsed: { button: Element; rect: DOMRect; background: string } | null; __said: string[] };
    const b = document.getElementById("check")!;
    const rect = b.getBoundingClientRect().toJSON() as DOMRect;
    const rules = Array.from(document.querySelectorAll("style[data-make-styles-bucket]")).flatMap((s) => Array.from((s as HTMLStyleElement).sheet?.cssRules ?? [], (r) => r.cssText));
    return {
      parsed: w.__parsed !== null,
      same: w.__parsed?.button === b,
      moved: w.__parsed ? Math.abs(w.__parsed.rect.top - rect.top) + Math.abs(w.__parsed.rect.height - rect.height) + Math.abs(w.__parsed.rect.width - rect.width) : -1,
      background: [w.__parsed?.background, getComputedStyle(b).backgroundColor],
      duplicates: rules.length - new Set(rules).size,
      themeStyles: document.querySelectorAll("style[id^='fui-FluentProvider']").length,
      said: w.__said,
    };
  });
  expect(kept.parsed).toBe(true);
  expect(kept.same).toBe(true);
  expect(kept.moved).toBe(0);
  expect(kept.background[1]).toBe(kept.background[0]);
  expect(kept.duplicates).toBe(0);
  expect(kept.themeStyles).toBe(1);
  expect(kept.said).toEqual([]);
}

it("Excel: the 检查 button is in the page as parsed; taskpane.js hydrates it in place, and the check runs from the lazy chunk", async () => {
  const { page, errors } = await open(hostPage("excel", "excel"));
  // Office is not ready yet: the pane is only the prerendered HTML, styled.
  await page.waitForFunction("document.readyState === 'complete'");
  expect(await page.evaluate(isLive)).toBe(false);
  const parsed = await page.evaluate(() => {
    const b = document.getElementById("check")!;
    return { text: b.textContent, height: b.getBoundingClientRect().height, background: getComputedStyle(b).backgroundColor, tab: document.querySelector('[role="tab"][aria-selected="true"]')?.textContent };
  });
  expect(parsed).toEqual({ text: "检查本工作簿", height: 32, background: "rgb(15, 108, 189)", tab: "检查" });
  await page.evaluate("window.releaseOffice()");
  await expectHydratedInPlace(page);
  await page.click("#check");
  expect(await checkedOutcome(page)).toContain("发现 3 个错误");
  expect(await page.$$eval(".counts .count", (els) => els.map((e) => e.textContent))).toEqual(["错误 3", "警告 6", "提示 2"]);
  // The engine came in its own chunk, from beside taskpane.js.
  // (webpack removes a chunk's <script> once it has run: WATCH kept every script added to the page.)
  expect(await page.evaluate("window.__scripts")).toContain("check.js");
  expect(errors).toEqual([]);
  await page.close();
});

it("Excel: a click on 检查 before the pane is live is kept, and the check runs once it is", async () => {
  const { page, errors } = await open(hostPage("excel", "early"));
  await page.waitForFunction("document.readyState === 'complete'");
  await page.click("#check");
  expect(await page.evaluate(isLive)).toBe(false);
  expect(await page.$("#outcome")).toBeNull();
  await page.evaluate("window.releaseOffice()");
  expect(await checkedOutcome(page)).toContain("发现 3 个错误");
  // early.js is inline: the page's policy lets it run by its hash, and refuses nothing.
  expect(await page.evaluate("window.__said")).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

it("Excel in English: the zh-CN first screen is dropped and the pane renders in English", async () => {
  const { page, errors } = await open(hostPage("excel", "english", `window.displayLanguage = "en-US";`));
  await page.waitForFunction("document.readyState === 'complete'");
  expect(await page.textContent("#check")).toBe("检查本工作簿");
  await page.evaluate("window.releaseOffice()");
  await page.waitForFunction(isLive);
  expect(await page.textContent("#check")).not.toBe("检查本工作簿");
  expect(await page.evaluate("window.__said")).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

it("WPS: the same first screen, hydrated in place; the check finds the same and highlights", async () => {
  const { page, errors } = await open(hostPage("wps", "wps"));
  await expectHydratedInPlace(page);
  await page.click("#check");
  expect(await checkedOutcome(page)).toContain("发现 3 个错误");
  await page.click("#highlight");
  await page.waitForSelector(".feedback-actions");
  expect(await page.textContent(".feedback-actions")).toMatch(/^已给 \d+ 个单元格填色/);
  expect(errors).toEqual([]);
  await page.close();
});
