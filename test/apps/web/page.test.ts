/**
 * The browser page end to end: built by webpack as the one HTML file users get, opened from disk in
 * headless Chromium, fed files through its pickers. Its findings must be the CLI's, nothing may
 * reach the network, Fluent UI's styles must apply under the hash-only policy without a single
 * violation, axe-core must find nothing serious, and the downloads must be real workbooks.
 * Screenshots at 320 and 350 px go to test-output/page/ (git-ignored).
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { Browser, Locator, Page } from "playwright-core";
import { checkXlsxBytes } from "../../../src/adapters/xlsx/check-bytes";
import { snapshotFromXlsx } from "../../../src/adapters/xlsx/xlsx-snapshot";
import { launchChromium } from "../../support/browser";
import { axeViolations } from "./axe";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runWebpack } = require("../../../scripts/run-webpack");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configFactory = require("../../../webpack.config.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PAGE_FILE, EMPTY_STYLE_HASH, sha256 } = require("../../../scripts/web/page");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PAGE_STYLE } = require("../../../scripts/web/styles");

const ROOT = path.resolve(__dirname, "..", "..", "..");
const BUDGET = path.join(ROOT, "examples", "巨鹿县医疗保障局2023年部门预算.xlsx");
const SELF_EVAL = path.join(ROOT, "examples", "绵阳市医疗保障局2020年转移支付区域绩效自评表.xlsx");
const SHOTS = path.join(ROOT, "test-output", "page");
/** Fluent's brand colour (webLightTheme colorBrandBackground, #0f6cbd): the primary button's background. */
const BRAND = "rgb(15, 108, 189)";

let work = "";
let pageUrl = "";
let browser: Browser;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "ys-web-"));
  fs.mkdirSync(SHOTS, { recursive: true });
  const configs = configFactory({ outDir: work }, { mode: "production" }).filter((c: { name: string }) => c.name === "web");
  await runWebpack(configs);
  pageUrl = "file://" + path.join(work, "web", PAGE_FILE);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  /** Every request the page made, every CSP violation it reported, its uncaught errors and console errors. */
  requests: string[];
  violations: string[];
  errors: string[];
  consoleErrors: string[];
}

async function open(width?: number): Promise<Opened> {
  const page = await browser.newPage({ acceptDownloads: true, ...(width ? { viewport: { width, height: 760 } } : {}) });
  const opened: Opened = { page, requests: [], violations: [], errors: [], consoleErrors: [] };
  page.on("request", (r) => opened.requests.push(r.url()));
  page.on("pageerror", (e) => opened.errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") opened.consoleErrors.push(m.text());
  });
  await page.exposeFunction("reportViolation", (v: string) => opened.violations.push(v));
  // Text, not a function: the test runner's compiler may add helpers the page does not have.
  await page.addInitScript({
    content: `document.addEventListener("securitypolicyviolation", function (e) { window.reportViolation(e.violatedDirective + " " + e.blockedURI + " " + (e.sample || "")); });`,
  });
  await page.goto(pageUrl);
  await page.waitForSelector("#pick-files");
  return opened;
}

/** Picks `files` and waits for the end of that run (#results counts finished runs). */
async function checkFiles(page: Page, selector: "#files" | "#folder", files: string | string[]): Promise<void> {
  const runs = Number(await page.getAttribute("#results", "data-runs"));
  await page.setInputFiles(selector, files);
  await page.waitForFunction((before) => Number(document.getElementById("results")!.dataset.runs) > before, runs, { timeout: 60_000 });
  await page.waitForSelector("#toolbar:not([hidden])", { timeout: 60_000 });
}

/**
 * Every finding a file's section lists, as "severity cell rule": the section is opened, then the
 * findings list (virtualised: only rows in view exist) is scrolled from top to bottom, opening
 * every closed table and same-message group on the way.
 */
async function findingsIn(file: Locator): Promise<string[]> {
  if ((await file.locator('[role="tree"], .load-error').count()) === 0) await file.locator("button").first().click();
  if ((await file.locator('[role="tree"]').count()) === 0) return [];
  return file.evaluate(async (el) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const tree = el.querySelector('[role="tree"]') as HTMLElement;
    const found = new Map<string, string>();
    tree.scrollTop = 0;
    await frame();
    for (let guard = 0; guard < 10_000; guard++) {
      const closed = tree.querySelector('[role="treeitem"][aria-expanded="false"]') as HTMLElement | null;
      if (closed) {
        closed.click();
        await frame();
        continue;
      }
      for (const row of Array.from(tree.querySelectorAll('[role="treeitem"].finding')) as HTMLElement[]) {
        found.set(row.parentElement!.dataset.rowKey!, `${/sev-(\w+)/.exec(row.className)![1]} ${row.dataset.cell} ${row.dataset.rule}`);
      }
      const before = tree.scrollTop;
      tree.scrollTop = before + Math.max(40, tree.clientHeight - 40);
      await frame();
      if (tree.scrollTop === before) break;
    }
    return Array.from(found.values());
  });
}

/** What the page lists for each file: its name, and each finding as "severity cell rule". */
async function listed(page: Page): Promise<{ file: string; findings: string[] }[]> {
  const files = page.locator("#results .file");
  const out: { file: string; findings: string[] }[] = [];
  for (let i = 0; i < (await files.count()); i++) {
    const file = files.nth(i);
    out.push({ file: (await file.locator(".file-name").textContent()) ?? "", findings: await findingsIn(file) });
  }
  return out;
}

const sorted = (list: readonly string[]) => list.slice().sort();

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

it("lists, for each file, exactly the findings budget-check reports, and reads no file it was not given", async () => {
  const { page, requests, errors, violations, consoleErrors } = await open();
  // The check runs in a worker, so the page stays responsive; the worker's script is inlined in the
  // page as text the browser does not run, and holds the reader and the rules but not the page's UI.
  expect(await page.getAttribute("html", "data-checker")).toBe("worker");
  const workerScript = (await page.textContent("script#check-worker")) ?? "";
  expect(await page.getAttribute("script#check-worker", "type")).toBe("text/plain");
  expect(workerScript).toMatch(/inflateSync/);
  expect(workerScript).not.toMatch(/react-dom|@fluentui/);
  await checkFiles(page, "#files", [BUDGET, SELF_EVAL]);
  // Two workers from the inlined script: the check worker and its helper, which inflates a large
  // file's sheet parts for it (sml/inflate-feed.ts); nothing else.
  expect(page.workers().map((w) => w.url().slice(0, 5))).toEqual(["blob:", "blob:"]);
  // The CLI's closing sentence, with the counts of both samples.
  expect(await page.textContent("#overall")).toBe("共 2 个文件：错误 5 个，警告 21 个，提示 19 个");
  // The messages say what was expected and found, e.g. the blank 合计 of the "三公" table.
  const blank = page.locator('[role="treeitem"].finding[data-rule="blank-total"]').first();
  expect(await blank.locator(".message").textContent()).toMatch(/该单元格为空，而明细之和为 2\.20/);
  expect(await blank.locator(".related").textContent()).toMatch(/C7、C15、C16/);
  // Errors first in each list (the pane's order), and every finding of the CLI, no other.
  expect(await page.locator("#results .file").first().locator('[role="treeitem"].finding').first().getAttribute("class")).toMatch(/sev-error/);
  const shown = await listed(page);
  expect(shown.map((s) => s.file)).toEqual([path.basename(BUDGET), path.basename(SELF_EVAL)]);
  for (const [i, file] of [BUDGET, SELF_EVAL].entries()) {
    const report = await checkXlsxBytes(fs.readFileSync(file), path.basename(file), { locale: "zh-CN" });
    expect(sorted(shown[i].findings)).toEqual(sorted(report.findings.map((f) => `${f.severity} ${f.cell} ${f.ruleId}`)));
    expect(report.findings.length).toBeGreaterThan(5);
  }
  expect(errors).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(violations).toEqual([]);
  // The page itself and its workers' script (a blob: URL made in the page), nothing else.
  expect(requests.filter((u) => !u.startsWith("blob:"))).toEqual([pageUrl.replace(/[^/:]+$/, encodeURIComponent(PAGE_FILE))]);
  // one blob: URL, loaded by the check worker and by its helper
  const blobs = requests.filter((u) => u.startsWith("blob:"));
  expect([blobs.length, new Set(blobs).size]).toEqual([2, 1]);
  await page.close();
});

it("cannot send anything anywhere: its policy blocks connections and other scripts", async () => {
  const { page, violations } = await open();
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  expect(csp).toMatch(/default-src 'none'/);
  expect(csp).toMatch(/connect-src 'none'/);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  const outcome = await page.evaluate(async () => {
    try {
      // eslint-disable-next-line no-restricted-globals -- the point: a leak attempt must be blocked
      await fetch("http://127.0.0.1:9/leak", { method: "POST", body: "data" });
      return "sent";
    } catch {
      return "blocked";
    }
  });
  expect(outcome).toBe("blocked");
  await page.waitForTimeout(100);
  expect(violations.some((v) => v.startsWith("connect-src"))).toBe(true);
  await page.close();
});

it("is styled by Fluent UI under its hash-only policy: no violation, no console error, the brand colour on the primary button", async () => {
  const { page, violations, errors, consoleErrors } = await open();
  const csp = (await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content")) ?? "";
  // Styles: the page's own (by hash) and empty elements that the components fill through the CSSOM.
  expect(/style-src ([^;]*)/.exec(csp)![1].split(" ").sort()).toEqual([sha256(PAGE_STYLE), EMPTY_STYLE_HASH].sort());
  // Fluent's styles are in place: the primary button in the brand colour, the secondary one white with a border.
  expect(await page.$eval("#pick-files", (b) => getComputedStyle(b).backgroundColor)).toBe(BRAND);
  expect(await page.$eval("#pick-files", (b) => getComputedStyle(b).color)).toBe("rgb(255, 255, 255)");
  expect(await page.$eval("#pick-folder", (b) => getComputedStyle(b).backgroundColor)).toBe("rgb(255, 255, 255)");
  expect(await page.$eval("#pick-folder", (b) => getComputedStyle(b).borderTopWidth)).toBe("1px");
  const filled = await page.$$eval("head style", (els) => els.map((e) => ({ text: e.textContent ?? "", rules: (e as HTMLStyleElement).sheet?.cssRules.length ?? -1 })));
  expect(filled.filter((e) => e.text === "" && e.rules > 0).length).toBeGreaterThan(3);
  await checkFiles(page, "#files", [BUDGET, SELF_EVAL]);
  expect(await page.$eval(".count[data-severity]", (b) => getComputedStyle(b).borderRadius)).not.toBe("0px");
  // The policy still refuses any style with content that is not the page's own.
  const applied = await page.evaluate(() => {
    const style = document.createElement("style");
    style.textContent = "body { background: rgb(1, 2, 3) !important; }";
    document.head.appendChild(style);
    const result = getComputedStyle(document.body).backgroundColor;
    style.remove();
    return result;
  });
  expect(applied).not.toBe("rgb(1, 2, 3)");
  await page.waitForTimeout(100);
  expect(violations).toHaveLength(1);
  expect(violations[0]).toMatch(/^style-src(-elem)? inline/);
  expect(errors).toEqual([]);
  expect(consoleErrors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
  await page.close();
});

it("passes axe-core with no serious or critical violation: at first, after a file, several files, an unreadable file", async () => {
  const dir = fs.mkdtempSync(path.join(work, "axe-"));
  const broken = path.join(dir, "损坏的文件.xlsx");
  fs.writeFileSync(broken, "PK\u0003\u0004 not really a zip");
  const found: string[] = [];
  const { page, violations } = await open();
  found.push(...(await axeViolations(page)).map((v) => `initial: ${v}`));
  await checkFiles(page, "#files", BUDGET);
  found.push(...(await axeViolations(page)).map((v) => `one file: ${v}`));
  // The page goes to no cell: its list says only how to move.
  expect(await page.getAttribute('[role="tree"]', "aria-label")).toMatch(/方向键在问题之间移动/);
  expect(await page.getAttribute('[role="tree"]', "aria-label")).not.toMatch(/跳到单元格/);
  await checkFiles(page, "#files", [BUDGET, SELF_EVAL]);
  await page.waitForFunction(() => document.querySelectorAll("#results .file").length === 2);
  found.push(...(await axeViolations(page)).map((v) => `two files: ${v}`));
  await checkFiles(page, "#files", [broken, SELF_EVAL]);
  await page.waitForSelector("#results .file.failed .load-error");
  found.push(...(await axeViolations(page)).map((v) => `unreadable: ${v}`));
  expect(found).toEqual([]);
  expect(violations).toEqual([]);
  await page.close();
});

it("fits 320 and 350 px: screenshots of the empty page, a checked file and an unreadable one", async () => {
  const dir = fs.mkdtempSync(path.join(work, "shots-"));
  const broken = path.join(dir, "损坏的文件.xlsx");
  fs.writeFileSync(broken, "not a workbook");
  for (const width of [320, 350]) {
    const { page, errors, violations } = await open(width);
    await shot(page, `${width}-1-initial`);
    await checkFiles(page, "#files", BUDGET);
    // Nothing sticks out sideways at this width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.locator("#results .file").first().scrollIntoViewIfNeeded();
    await shot(page, `${width}-2-checked`);
    await checkFiles(page, "#files", [broken, BUDGET, SELF_EVAL]);
    await page.waitForFunction(() => document.querySelectorAll("#results .file").length === 3);
    await page.locator("#toolbar").scrollIntoViewIfNeeded();
    await shot(page, `${width}-3-several-one-unreadable`);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  }
});

it("downloads the annotated copy of a file and the summary of the batch as real workbooks", async () => {
  const { page } = await open();
  await checkFiles(page, "#files", [BUDGET, SELF_EVAL]);

  const [copy] = await Promise.all([page.waitForEvent("download"), page.locator("#results .file").first().locator("button.download-copy").click()]);
  expect(copy.suggestedFilename()).toBe("巨鹿县医疗保障局2023年部门预算-校验.xlsx");
  const copied = await snapshotFromXlsx(fs.readFileSync(await copy.path()), copy.suggestedFilename());
  const original = await snapshotFromXlsx(fs.readFileSync(BUDGET), "original");
  expect(copied.sheets.map((s) => s.name)).toEqual([...original.sheets.map((s) => s.name), "校验报告"]);
  // The copy keeps every original cell.
  for (const [i, sheet] of original.sheets.entries()) expect(copied.sheets[i].cells).toEqual(sheet.cells);

  const [summary] = await Promise.all([page.waitForEvent("download"), page.click("#download-summary")]);
  expect(summary.suggestedFilename()).toBe("校验汇总.xlsx");
  const book = await snapshotFromXlsx(fs.readFileSync(await summary.path()), "summary");
  const files = book.sheets.find((s) => s.name === "文件汇总")!;
  const names = files.cells.flat().filter((v) => typeof v === "string" && v.endsWith(".xlsx"));
  expect(names).toEqual([path.basename(BUDGET), path.basename(SELF_EVAL)]);
  await page.close();
});

it("shows only one severity when its count is clicked, and everything again on a second click", async () => {
  const { page } = await open();
  await checkFiles(page, "#files", BUDGET);
  const file = page.locator("#results .file").first();
  const severities = async () => (await findingsIn(file)).map((f) => f.split(" ")[0]);
  const all = await severities();
  expect(all.filter((s) => s === "info")).toHaveLength(2);
  await file.locator('.count[data-severity="error"]').click();
  expect(await severities()).toEqual(["error", "error", "error"]);
  await file.locator('.count[data-severity="error"]').click();
  expect(sorted(await severities())).toEqual(sorted(all));
  await page.close();
});

it("says why a file cannot be checked, shows names as text, and checks the other files", async () => {
  const dir = fs.mkdtempSync(path.join(work, "bad-"));
  const html = path.join(dir, "<img src=x onerror=alert(1)>.xlsx");
  fs.writeFileSync(html, "<html><body>not a workbook</body></html>");
  const empty = path.join(dir, "空.xlsx");
  fs.writeFileSync(empty, "");
  const { page, errors } = await open();
  await checkFiles(page, "#files", [html, empty, BUDGET]);
  const failed = page.locator("#results .file.failed");
  expect(await failed.count()).toBe(2);
  expect(await failed.nth(0).locator(".load-error").textContent()).toMatch(/不是 \.xlsx|不是.*工作簿|网页/);
  expect(await failed.nth(1).locator(".load-error").textContent()).toMatch(/空/);
  // The file name is shown as text: no element was made from it.
  expect(await page.locator("#results img").count()).toBe(0);
  expect(await failed.nth(0).locator(".file-name").textContent()).toBe("<img src=x onerror=alert(1)>.xlsx");
  expect(await findingsIn(page.locator("#results .file:not(.failed)"))).toHaveLength(11);
  expect(await page.textContent("#overall")).toBe("共 3 个文件：错误 3 个，警告 6 个，提示 2 个；2 个文件无法读取");
  expect(errors).toEqual([]);
  await page.close();
});

it("checks the spreadsheets of a picked folder, subfolders included, in natural order", async () => {
  const dir = fs.mkdtempSync(path.join(work, "送审-"));
  const copy = (name: string) => fs.copyFileSync(SELF_EVAL, path.join(dir, name));
  copy("10.xlsx");
  copy("2.xlsx");
  copy("~$2.xlsx"); // Excel's lock file
  fs.writeFileSync(path.join(dir, "说明.txt"), "送审说明");
  fs.mkdirSync(path.join(dir, "乙县"));
  fs.copyFileSync(BUDGET, path.join(dir, "乙县", "1.xlsx"));
  const { page } = await open();
  await checkFiles(page, "#folder", dir);
  const top = path.basename(dir);
  expect((await listed(page)).map((s) => s.file)).toEqual([`${top}/2.xlsx`, `${top}/10.xlsx`, `${top}/乙县/1.xlsx`]);
  expect(await page.textContent("#status")).toMatch(/跳过 2 个不是表格的文件/);
  await page.close();
});

it("checks a file dropped anywhere on the page", async () => {
  const { page } = await open();
  const base64 = fs.readFileSync(SELF_EVAL).toString("base64");
  await page.evaluate(
    ({ base64, name }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], name));
      document.body.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
      document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { base64, name: path.basename(SELF_EVAL) },
  );
  await page.waitForSelector("#toolbar:not([hidden])", { timeout: 60_000 });
  expect((await listed(page)).map((s) => s.file)).toEqual([path.basename(SELF_EVAL)]);
  expect(await page.textContent("#overall")).toBe("共 1 个文件：错误 2 个，警告 15 个，提示 17 个");
  await page.close();
});

describe("a file whose worker dies costs that file only", () => {
  jest.setTimeout(240_000);
  /** Checks both samples; `sabotage` runs inside the worker before the first file is sent to it. */
  async function checkWithSabotage(sabotage: () => void, timeoutMs?: number) {
    const page = await browser.newPage();
    if (timeoutMs) await page.addInitScript((ms) => ((window as { budgetCheckFileTimeoutMs?: number }).budgetCheckFileTimeoutMs = ms), timeoutMs);
    await page.goto(pageUrl);
    await page.waitForFunction(() => document.documentElement.dataset.checker === "worker");
    const [first] = page.workers();
    await first.evaluate(sabotage);
    await page.setInputFiles("#files", [SELF_EVAL, BUDGET]);
    await page.waitForSelector("#toolbar:not([hidden])", { timeout: 200_000 });
    const files = page.locator("#results .file");
    const sections: { file: string; error: string; findings: number }[] = [];
    for (let i = 0; i < (await files.count()); i++) {
      const file = files.nth(i);
      const error = file.locator(".load-error");
      sections.push({
        file: (await file.locator(".file-name").textContent()) ?? "",
        error: (await error.count()) ? ((await error.textContent()) ?? "") : "",
        findings: (await findingsIn(file)).length,
      });
    }
    const overall = await page.textContent("#overall");
    await page.close();
    return { sections, overall };
  }

  it("lists a file whose worker crashes with the reason, and checks the next file in a new worker", async () => {
    // The worker's handler is replaced: the first file can only end in the crash.
    const { sections, overall } = await checkWithSabotage(() => {
      self.onmessage = () => {
        throw new Error("测试：崩溃");
      };
    });
    expect(sections.map((s) => s.file)).toEqual([path.basename(SELF_EVAL), path.basename(BUDGET)]);
    expect(sections[0].error).toMatch(/后台线程出错.*测试：崩溃.*此文件未检查/);
    expect(sections[1]).toMatchObject({ error: "" });
    expect(sections[1].findings).toBeGreaterThan(5);
    expect(overall).toMatch(/1 个文件无法读取/);
  });

  it("stops a file that hangs past the time limit, and checks the next file", async () => {
    const { sections } = await checkWithSabotage(() => {
      self.onmessage = (e: MessageEvent<{ id: number }>) => {
        self.postMessage({ id: e.data.id, started: true });
        for (;;) {
          // a pathological file: the worker never answers
        }
      };
    }, 15_000);
    expect(sections[0].error).toMatch(/超过 15 秒仍未完成/);
    expect(sections[1]).toMatchObject({ error: "" });
    expect(sections[1].findings).toBeGreaterThan(5);
  });
});
