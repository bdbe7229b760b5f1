/**
 * The browser page end to end: built by webpack as the one HTML file users get, opened from disk in
 * headless Chromium, fed files through its pickers. Its findings must be the CLI's, nothing may
 * reach the network, and the downloads must be real workbooks.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { checkXlsxBytes } from "../../../src/adapters/xlsx/check-bytes";
import { snapshotFromXlsx } from "../../../src/adapters/xlsx/xlsx-snapshot";
import { launchChromium } from "../../support/browser";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runWebpack } = require("../../../scripts/run-webpack");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configFactory = require("../../../webpack.config.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PAGE_FILE } = require("../../../scripts/web/page");

const ROOT = path.resolve(__dirname, "..", "..", "..");
const BUDGET = path.join(ROOT, "examples", "巨鹿县医疗保障局2023年部门预算.xlsx");
const SELF_EVAL = path.join(ROOT, "examples", "绵阳市医疗保障局2020年转移支付区域绩效自评表.xlsx");

let work = "";
let pageUrl = "";
let browser: Browser;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "ys-web-"));
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
  /** Every request the page made, and every CSP violation it reported. */
  requests: string[];
  violations: string[];
  errors: string[];
}

async function open(): Promise<Opened> {
  const page = await browser.newPage({ acceptDownloads: true });
  const opened: Opened = { page, requests: [], violations: [], errors: [] };
  page.on("request", (r) => opened.requests.push(r.url()));
  page.on("pageerror", (e) => opened.errors.push(e.message));
  await page.exposeFunction("reportViolation", (v: string) => opened.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(pageUrl);
  return opened;
}

async function checkFiles(page: Page, selector: "#files" | "#folder", files: string | string[]): Promise<void> {
  await page.setInputFiles(selector, files);
  await page.waitForSelector("#toolbar:not([hidden])", { timeout: 60_000 });
}

/** What the page lists for each file: name, and each finding as "severity sheet? cell rule". */
async function listed(page: Page): Promise<{ file: string; findings: string[] }[]> {
  return page.$$eval("details.file", (sections) =>
    sections.map((s) => ({
      file: s.querySelector(".file-name")!.textContent!,
      findings: Array.from(s.querySelectorAll("li.finding")).map(
        (li) => `${li.className.replace("finding sev-", "")} ${li.getAttribute("data-cell")} ${li.getAttribute("data-rule")}`,
      ),
    })),
  );
}

it("lists, for each file, exactly the findings budget-check reports, and reads no file it was not given", async () => {
  const { page, requests, errors } = await open();
  // The check runs in a worker started from the page's own script, so the page stays responsive.
  expect(await page.getAttribute("html", "data-checker")).toBe("worker");
  await checkFiles(page, "#files", [BUDGET, SELF_EVAL]);
  expect(page.workers().map((w) => w.url().slice(0, 5))).toEqual(["blob:"]);
  const shown = await listed(page);
  expect(shown.map((s) => s.file)).toEqual([path.basename(BUDGET), path.basename(SELF_EVAL)]);
  for (const [i, file] of [BUDGET, SELF_EVAL].entries()) {
    const report = await checkXlsxBytes(fs.readFileSync(file), path.basename(file));
    expect(shown[i].findings).toEqual(report.findings.map((f) => `${f.severity} ${f.cell} ${f.ruleId}`));
    expect(report.findings.length).toBeGreaterThan(5);
  }
  // The CLI's closing sentence, with the counts of both samples.
  expect(await page.textContent("#overall")).toBe("共 2 个文件：错误 5 个，警告 21 个，提示 19 个");
  // The messages say what was expected and found, e.g. the blank 合计 of the "三公" table.
  const blank = page.locator('li.finding[data-rule="blank-total"]').first();
  expect(await blank.locator(".message").textContent()).toMatch(/该单元格为空，而明细之和为 2\.20/);
  expect(await blank.locator(".related").textContent()).toMatch(/C7、C15、C16/);
  expect(errors).toEqual([]);
  // The page itself and its worker's script (a blob: URL made in the page), nothing else.
  expect(requests.filter((u) => !u.startsWith("blob:"))).toEqual([pageUrl.replace(/[^/:]+$/, encodeURIComponent(PAGE_FILE))]);
  expect(requests.filter((u) => u.startsWith("blob:")).length).toBe(1);
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

it("downloads the annotated copy of a file and the summary of the batch as real workbooks", async () => {
  const { page } = await open();
  await checkFiles(page, "#files", [BUDGET, SELF_EVAL]);

  const [copy] = await Promise.all([page.waitForEvent("download"), page.locator("details.file").first().locator("button.download-copy").click()]);
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

it("hides a severity when its box is unticked", async () => {
  const { page } = await open();
  await checkFiles(page, "#files", BUDGET);
  const visible = (sev: string) => page.locator(`li.sev-${sev}:visible`).count();
  expect(await visible("info")).toBe(2);
  await page.uncheck("#show-info");
  expect(await visible("info")).toBe(0);
  expect(await visible("error")).toBe(3);
  await page.check("#show-info");
  expect(await visible("info")).toBe(2);
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
  const failed = page.locator("details.file.failed");
  expect(await failed.count()).toBe(2);
  expect(await failed.nth(0).locator(".load-error").textContent()).toMatch(/不是 \.xlsx|不是.*工作簿|网页/);
  expect(await failed.nth(1).locator(".load-error").textContent()).toMatch(/空/);
  // The file name is shown as text: no element was made from it.
  expect(await page.locator("#results img").count()).toBe(0);
  expect(await failed.nth(0).locator(".file-name").textContent()).toBe("<img src=x onerror=alert(1)>.xlsx");
  expect(await page.locator("details.file:not(.failed) li.finding").count()).toBe(11);
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
    const sections = await page.$$eval("details.file", (all) =>
      all.map((s) => ({ file: s.querySelector(".file-name")!.textContent!, error: s.querySelector(".load-error")?.textContent ?? "", findings: s.querySelectorAll("li.finding").length })),
    );
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
