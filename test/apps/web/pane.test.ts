/**
 * The task pane in Chromium, over the in-memory Excel: check, go to a cell, highlight and clear,
 * explain a warning (kept across checks), write the report sheet.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { fakeExcelFromXlsx } from "../../support/fake-excel-from-xlsx";
import { workbookToJson } from "../../support/fake-workbook-json";
import { launchChromium } from "../../support/browser";
import { scoredWorkbook } from "../../rules/helpers/goals";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runWebpack } = require("../../../scripts/run-webpack");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PANE_STYLE } = require("../../../scripts/web/styles");

const ROOT = path.resolve(__dirname, "..", "..", "..");
const SAMPLE = path.join(ROOT, "examples", "巨鹿县医疗保障局2023年部门预算.xlsx");

let work = "";
let browser: Browser;
let pageFile = "";
let scoredPage = "";
let wpsPage = "";

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "ys-pane-"));
  await runWebpack(
    {
      mode: "development",
      devtool: false,
      target: ["web", "es2017"],
      entry: { harness: path.join(__dirname, "pane-harness.ts"), "wps-harness": path.join(__dirname, "wps-pane-harness.ts") },
      output: { path: work, filename: "[name].js" },
      resolve: { extensions: [".ts", ".js"] },
      module: {
        rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: path.join(ROOT, "tsconfig.addin.json"), transpileOnly: true } } }],
      },
    },
  );
  const book = await fakeExcelFromXlsx(fs.readFileSync(SAMPLE));
  const json = workbookToJson(book);
  fs.writeFileSync(path.join(work, "workbook.js"), `window.workbookJson = ${JSON.stringify(json)};`);
  // A second workbook: a scored self-evaluation table with blank scores.
  const scored = scoredWorkbook([["接入机构数", "≥30家", "25家", 10, null]], null);
  const scoredJson = scored.sheets.map((s) => ({
    name: s.name,
    visibility: "Visible",
    cells: s.cells.flatMap((line, r) => line.map((value, c) => [`${r},${c}`, { value }] as const).filter(([, cell]) => cell.value !== null)),
    merges: s.merges,
    hiddenRows: [],
  }));
  fs.writeFileSync(path.join(work, "workbook-scored.js"), `window.workbookJson = ${JSON.stringify(scoredJson)};`);
  const pageWith = (data: string, harness = "harness.js") =>
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${PANE_STYLE}</style></head><body><div id="app"></div><script src="${data}"></script><script src="${harness}"></script></body></html>`;
  pageFile = path.join(work, "pane.html");
  fs.writeFileSync(pageFile, pageWith("workbook.js"));
  wpsPage = path.join(work, "pane-wps.html");
  fs.writeFileSync(wpsPage, pageWith("workbook.js", "wps-harness.js"));
  scoredPage = path.join(work, "pane-scored.html");
  fs.writeFileSync(scoredPage, pageWith("workbook-scored.js"));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function checked(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("file://" + pageFile);
  await page.click("#check");
  await page.waitForSelector("#tools:not([hidden])");
  expect(errors).toEqual([]);
  return page;
}

const badges = (page: Page) => page.$$eval("#summary .count", (els) => els.map((e) => e.textContent));
const fillOf = (page: Page, sheet: string, a1: string) =>
  page.evaluate(([s, c]) => (window as unknown as { cellOf(s: string, c: string): { fill?: string } | undefined }).cellOf(s, c)?.fill ?? null, [sheet, a1]);

it("checks the open workbook and lists the findings budget-check gives, each going to its cell", async () => {
  const page = await checked();
  expect(await badges(page)).toEqual(["错误 3", "警告 6", "提示 2"]);
  expect(await page.locator("#diagnose").count()).toBe(0); // the self-test is WPS's
  await page.click('li.finding[data-rule="indicator-direction"][data-cell="E9"]');
  await page.waitForFunction(() => (window as unknown as { book: { active: unknown } }).book.active !== null);
  expect(await page.evaluate(() => (window as unknown as { book: { active: unknown } }).book.active)).toEqual({ sheet: "绩效2", cell: "E9" });
  await page.close();
});

it("highlights the cells by severity and clears them back to what they were", async () => {
  const page = await checked();
  expect(await fillOf(page, "绩效2", "E9")).toBeNull();
  await page.click("#highlight");
  await page.waitForFunction(() => /已给 \d+ 个单元格填色/.test(document.getElementById("status")!.textContent ?? ""));
  expect(await fillOf(page, "绩效2", "E9")).toBe("#FFC7CE");
  expect(await fillOf(page, "三公经费", "C6")).toBe("#FFEB9C");
  await page.click("#clear-highlights");
  await page.waitForFunction(() => /已恢复/.test(document.getElementById("status")!.textContent ?? ""));
  expect(await fillOf(page, "绩效2", "E9")).toBeNull();
  expect(await fillOf(page, "三公经费", "C6")).toBeNull();
  await page.close();
});

it("files an explained warning under 已说明, keeps it in the workbook across checks, and can withdraw it", async () => {
  const page = await checked();
  const warning = page.locator('li.finding[data-rule="blank-total"][data-cell="C6"]');
  await warning.locator("button.explain").click();
  await warning.locator("input").fill("按本地口径，培训费不计入“三公”合计");
  await warning.locator('button[type="submit"]').click();
  await page.waitForSelector("#explained");
  expect(await badges(page)).toEqual(["错误 3", "警告 5", "提示 2"]);
  expect(await page.textContent("#explained summary")).toBe("已说明的警告和提示（1）");
  await page.click("#explained summary");
  expect(await page.textContent("#explained .explanation")).toBe("说明：按本地口径，培训费不计入“三公”合计");
  // A new check (the pane reopened) still knows the explanation: it is in the workbook.
  await page.click("#check");
  await page.waitForFunction(() => !document.getElementById("check")!.hasAttribute("disabled") && !!document.getElementById("explained"));
  expect(await badges(page)).toEqual(["错误 3", "警告 5", "提示 2"]);
  // Highlighting leaves explained warnings alone.
  await page.click("#highlight");
  await page.waitForFunction(() => /已给/.test(document.getElementById("status")!.textContent ?? ""));
  expect(await fillOf(page, "三公经费", "C6")).toBeNull();
  expect(await fillOf(page, "三公经费", "D6")).toBe("#FFEB9C");
  await page.click("#explained summary");
  await page.click("#explained button.unexplain");
  await page.waitForFunction(() => !document.getElementById("explained"));
  expect(await badges(page)).toEqual(["错误 3", "警告 6", "提示 2"]);
  // Errors cannot be explained away.
  expect(await page.locator('li.finding.sev-error button.explain').count()).toBe(0);
  await page.close();
});

it("writes the report sheet, with explanations, and says where", async () => {
  const page = await checked();
  const warning = page.locator('li.finding[data-rule="blank-total"][data-cell="D6"]');
  await warning.locator("button.explain").click();
  await warning.locator("input").fill("本地口径");
  await warning.locator('button[type="submit"]').click();
  await page.waitForSelector("#explained");
  await page.click("#write-report");
  await page.waitForFunction(() => /已新建工作表/.test(document.getElementById("status")!.textContent ?? ""));
  expect(await page.textContent("#status")).toBe("已新建工作表「校验报告」，列出全部问题。");
  const report = await page.evaluate(() => {
    const w = window as unknown as { cellOf(s: string, c: string): { value: unknown } | undefined };
    const rows: unknown[][] = [];
    for (let r = 1; r <= 13; r++) rows.push(["A", "B", "D", "E", "J"].map((c) => w.cellOf("校验报告", `${c}${r}`)?.value ?? ""));
    return rows;
  });
  expect(report[0][0]).toBe("校验结果：错误 3 个，警告 5 个，提示 2 个；另有已说明的 1 个");
  expect(report[1]).toEqual(["序号", "严重程度", "单元格", "规则", "已说明的原因"]);
  expect(report.slice(2).filter((r) => r[0] !== "").length).toBe(11);
  expect(report.find((r) => r[2] === "D6" && r[3] === "blank-total")?.[4]).toBe("本地口径");
  await page.close();
});

it("inserts a blank goal table for a project, which the next check recognises", async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  await page.goto("file://" + pageFile);
  // Before a check there is nothing to highlight or report: those tools are not shown.
  expect(await page.isVisible("#highlight")).toBe(false);
  await page.click("#fill summary");
  await page.click("#insert-goal");
  expect(await page.textContent("#status")).toBe("请先填写项目名称。");
  await page.fill("#goal-project", "城乡医疗救助补助资金");
  await page.selectOption("#goal-framework", "2021");
  await page.fill("#goal-amount", "二十");
  await page.click("#insert-goal");
  expect(await page.textContent("#status")).toBe("资金总额“二十”不是一个正数（单位万元，例如 20 或 1,234.5）。");
  await page.fill("#goal-amount", "");
  await page.click("#insert-goal");
  await page.waitForFunction(() => /已新建工作表/.test(document.getElementById("status")!.textContent ?? ""));
  expect(await page.textContent("#status")).toBe("已新建工作表「绩效目标-城乡医疗救助补助资金」，请填写三级指标和指标值。");
  const cells = await page.evaluate(() => {
    const w = window as unknown as { cellOf(s: string, c: string): { value: unknown } | undefined; book: { active: { sheet: string } } };
    return { active: w.book.active.sheet, a1: w.cellOf("绩效目标-城乡医疗救助补助资金", "A1")?.value, b5: w.cellOf("绩效目标-城乡医疗救助补助资金", "A8")?.value };
  });
  expect(cells).toEqual({ active: "绩效目标-城乡医疗救助补助资金", a1: "城乡医疗救助补助资金绩效目标表", b5: "成本指标" });
  // With the amount (typed with full-width digits) and the examples: the cost cap is the amount.
  await page.fill("#goal-project", "医疗救助");
  await page.fill("#goal-amount", "２０");
  await page.check("#goal-examples");
  await page.click("#insert-goal");
  await page.waitForFunction(() => /绩效目标-医疗救助」/.test(document.getElementById("status")!.textContent ?? ""));
  const cap = await page.evaluate(() => {
    const w = window as unknown as { cellOf(s: string, c: string): { value: unknown } | undefined };
    return [w.cellOf("绩效目标-医疗救助", "C3")?.value, w.cellOf("绩效目标-医疗救助", "E9")?.value];
  });
  expect(cap).toEqual([20, "≤20万元"]);
  await page.click("#check");
  await page.waitForSelector("#tools:not([hidden])");
  // The new sheets are recognised as two more tables (the sample has 20); they report nothing yet.
  expect(await page.textContent("#summary .note")).toBe(" 识别出 22 张表。");
  expect(await badges(page)).toEqual(["错误 3", "警告 6", "提示 2"]);
  await page.close();
});

it("fills the blank scores with what the results earn, and only when asked", async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  await page.goto("file://" + scoredPage);
  await page.click("#check");
  await page.waitForSelector("#tools:not([hidden])");
  expect(await page.textContent("#fill-scores")).toBe("填入应得分数（2 个空白得分）");
  const score = (a1: string) => page.evaluate((c) => (window as unknown as { cellOf(s: string, c: string): { value: unknown } | undefined }).cellOf("自评", c)?.value ?? null, a1);
  expect([await score("H4"), await score("G10")]).toEqual([null, null]);
  await page.click("#fill-scores");
  await page.waitForFunction(() => /已在/.test(document.getElementById("status")!.textContent ?? ""));
  expect([await score("H4"), await score("G10")]).toEqual([9, 8.33]);
  // Checked again, the scores are there and nothing is left to fill.
  await page.click("#check");
  await page.waitForFunction(() => !document.getElementById("check")!.hasAttribute("disabled") && document.getElementById("fill-scores")!.hidden);
  expect(await page.locator('li.finding[data-rule="self-evaluation-score"]').count()).toBe(0);
  await page.close();
});

it("runs as WPS's task pane: the same findings, highlights restored, over WPS's API", async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("file://" + wpsPage);
  await page.click("#check");
  await page.waitForSelector("#tools:not([hidden])");
  expect(await badges(page)).toEqual(["错误 3", "警告 6", "提示 2"]);
  await page.click('li.finding[data-rule="indicator-direction"][data-cell="E9"]');
  await page.waitForFunction(() => (window as unknown as { book: { active: { cell: string } | null } }).book.active?.cell === "E9");
  await page.click("#highlight");
  await page.waitForFunction(() => /已给 \d+ 个单元格填色/.test(document.getElementById("status")!.textContent ?? ""));
  expect(await fillOf(page, "绩效2", "E9")).toBe("#FFC7CE");
  await page.click("#clear-highlights");
  await page.waitForFunction(() => /已恢复/.test(document.getElementById("status")!.textContent ?? ""));
  expect(await fillOf(page, "绩效2", "E9")).toBeNull();
  // The on-device self-test runs in a temporary workbook and leaves the user's alone.
  const sheetsBefore = await page.evaluate(() => (window as unknown as { book: { sheets: { name: string }[] } }).book.sheets.map((x) => x.name));
  await page.click("#diagnose summary");
  await page.click("#run-selftest");
  await page.waitForFunction(() => /自检完成/.test(document.getElementById("status")!.textContent ?? ""));
  expect(await page.textContent("#status")).toBe("自检完成：11/11 项通过。");
  expect((await page.textContent("#selftest-result"))!.split("\n")).toHaveLength(11);
  const sheetsAfter = await page.evaluate(() => (window as unknown as { book: { sheets: { name: string }[] } }).book.sheets.map((x) => x.name));
  expect(sheetsAfter).toEqual(sheetsBefore);
  expect(errors).toEqual([]);
  await page.close();
});
