/**
 * The 绩效目标 tab in Chromium, through both host entries (the real pane over the in-memory Excel,
 * and WPS's entry over the in-memory WPS), on the sample workbook: the standard-indicator picker
 * (search, preview, insert as a sheet; at the selection only after a confirmation that lists the
 * cells it would overwrite), the project list with suggested types the user corrects and the cells
 * left to fill after generation, the self-evaluation; axe-core in each state.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../support/browser";
import { buildHarnesses, ROOT, workbookJsonOf, writePanePage } from "./pane-build";
import { axeViolations } from "./axe";

const SAMPLE = path.join(ROOT, "examples", "巨鹿县医疗保障局2023年部门预算.xlsx");

let work = "";
let browser: Browser;
const pages = { excel: "", wps: "" };

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "ys-goals-pane-"));
  await buildHarnesses(work);
  const sample = await workbookJsonOf(SAMPLE);
  pages.excel = writePanePage(work, "excel", sample, "harness.js");
  pages.wps = writePanePage(work, "wps", sample, "wps-harness.js");
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function openGoals(host: keyof typeof pages): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 350, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("file://" + pages[host]);
  await page.click("#tab-goals");
  await page.waitForSelector("#lib-type");
  return { page, errors };
}

const cell = (page: Page, sheet: string, a1: string) =>
  page.evaluate(([s, c]) => (window as unknown as { cellOf(s: string, c: string): { value: unknown } | undefined }).cellOf(s, c)?.value ?? null, [sheet, a1]);
const sheetNames = (page: Page) => page.evaluate(() => (window as unknown as { book: { sheets: { name: string }[] } }).book.sheets.map((s) => s.name));
const select = (page: Page, sheet: string, a1: string) =>
  page.evaluate(([s, c]) => ((window as unknown as { book: { active: unknown } }).book.active = { sheet: s, cell: c }), [sheet, a1]);
const said = (page: Page, where: string, pattern: RegExp) =>
  page.waitForFunction(([w, p]) => new RegExp(p).test(document.querySelector(`.feedback-${w}`)?.textContent ?? ""), [where, pattern.source]);

describe.each(["excel", "wps"] as const)("through %s", (host) => {
  it("picks a type by search, previews it, inserts it as a sheet, and asks before overwriting at the selection", async () => {
    const { page, errors } = await openGoals(host);
    const axe = await axeViolations(page);
    await page.fill("#lib-search", "救助");
    const listed0 = await page.$$eval("#lib-type option", (os) => os.map((o) => o.textContent));
    expect(listed0[0]).toBe("医疗救助（医保）");
    expect(listed0.length).toBeLessThan(6);
    expect(await page.inputValue("#lib-type")).toBe("medical-assistance");
    // Another of the matches can be picked; a new search picks the best again.
    await page.selectOption("#lib-type", listed0.length > 1 ? { index: 1 } : { index: 0 });
    await page.fill("#lib-search", "医疗救助");
    expect(await page.inputValue("#lib-type")).toBe("medical-assistance");
    // Without an amount the caps wait for it, and inserting says why under the field.
    expect(await page.textContent("#lib-preview")).toContain("预览：医疗救助");
    expect(await page.textContent("#lib-preview")).toContain("（按资金总额）");
    await page.click("#lib-insert-sheet");
    expect(await page.textContent("#library")).toContain("请填写资金总额（万元）");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("lib-amount");
    await page.fill("#lib-amount", "20");
    expect(await page.textContent("#lib-preview")).toContain("≤20万元");
    expect(await page.textContent("#lib-preview")).toMatch(/（待填：≥\{数量\}/);
    await page.fill("#lib-project", "城乡医疗救助");
    await page.click("#lib-insert-sheet");
    await said(page, "library", /已新建工作表「绩效目标-城乡医疗救助」/);
    expect(await cell(page, "绩效目标-城乡医疗救助", "A1")).toBe("城乡医疗救助项目支出绩效目标表");
    expect(await cell(page, "绩效目标-城乡医疗救助", "C3")).toBe(20);

    // At a selection that holds the sample's figures nothing is written until confirmed.
    const before = await cell(page, "收支总表", "A1");
    await select(page, "收支总表", "A1");
    await page.click("#lib-insert-here");
    await page.waitForSelector("#confirm-dialog");
    expect(await page.textContent("#confirm-question")).toMatch(/^以下 \d+ 个单元格已有内容，插入会覆盖它们：$/);
    const listed = await page.$$eval("#confirm-items li", (li) => li.map((l) => l.textContent));
    expect(listed[0]).toBe("收支总表!A1");
    expect(await page.textContent(".feedback-library")).toContain("所选位置已有内容，没有写入");
    axe.push(...(await axeViolations(page)));
    await page.click("#confirm-no");
    await page.waitForSelector("#confirm-dialog", { state: "detached" });
    await said(page, "library", /没有写入，所选位置保持原样/);
    expect(await cell(page, "收支总表", "A1")).toBe(before);
    await page.click("#lib-insert-here");
    await page.waitForSelector("#confirm-dialog");
    await page.click("#confirm-yes");
    await said(page, "library", /已在工作表「收支总表」的 A1 处插入指标模板/);
    expect(await cell(page, "收支总表", "A1")).toBe("城乡医疗救助项目支出绩效目标表");
    // Into empty cells it writes at once, without asking.
    await select(page, "收支总表", "AA100");
    await page.click("#lib-insert-here");
    await said(page, "library", /AA100 处插入指标模板/);
    expect(await page.locator("#confirm-dialog").count()).toBe(0);
    expect(await cell(page, "收支总表", "AA100")).toBe("城乡医疗救助项目支出绩效目标表");
    expect(axe).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists the projects with their suggested types, takes the user's correction, generates, and lists the cells to fill", async () => {
    const { page, errors } = await openGoals(host);
    await page.click("#goals-read");
    await said(page, "projects", /读到 9 个项目/);
    const names = await page.$$eval("#goals-list > li > span:first-child", (s) => s.map((x) => x.textContent));
    expect(names[8]).toBe("医疗救助经费");
    expect(await page.textContent('#goals-list [data-project="8"]')).toContain("5.00 万元");
    expect(await page.inputValue("#goals-type-8")).toBe("medical-assistance");
    // The three best suggestions come first, then every other type.
    const groups = await page.$$eval("#goals-type-4 optgroup", (gs) => gs.map((g) => [g.getAttribute("label"), g.querySelectorAll("option").length]));
    expect(groups[0][0]).toBe("建议");
    expect(groups[0][1]).toBeLessThanOrEqual(3);
    expect(groups[1][0]).toBe("其他类型");
    expect(await axeViolations(page)).toEqual([]);
    await page.selectOption("#goals-type-4", "information-systems");
    await page.selectOption("#goals-layout", "consolidated");
    const sheetsBefore = await sheetNames(page);
    await page.click("#goals-generate");
    await said(page, "projects", /已生成 1 张工作表/);
    expect((await sheetNames(page)).length).toBe(sheetsBefore.length + 1);
    const column = await page.evaluate(() => {
      const w = window as unknown as { book: { sheet(n: string): { cells: Map<string, { value: unknown }> } } };
      return [...w.book.sheet("项目绩效目标表").cells.entries()].filter(([k]) => k.endsWith(",8")).map(([, c]) => c.value);
    });
    expect(column).toContain("系统正常运行率");
    const toFill = await page.$$eval("#goals-placeholders li", (li) => li.map((l) => l.textContent ?? ""));
    expect(toFill.length).toBeGreaterThan(5);
    expect(toFill[0]).toMatch(/^项目绩效目标表!K\d+ /);
    // A listed cell is one click away.
    await page.click("#goals-placeholders li:first-child button");
    await page.waitForFunction(() => (window as unknown as { book: { active: { sheet: string } | null } }).book.active?.sheet === "项目绩效目标表");
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("creates the self-evaluation sheets from the goal tables with the stated weights", async () => {
    const { page, errors } = await openGoals(host);
    await page.fill("#self-weight-output", "40");
    expect(await page.textContent("#self-weights-sum")).toBe("四项分值合计应为 100，现为 90。");
    expect(await page.isDisabled("#self-create")).toBe(true);
    await page.fill("#self-weight-execution", "x");
    expect(await page.textContent("#self-weights")).toContain("请填写 0 到 100 的整数。");
    expect(await axeViolations(page)).toEqual([]);
    await page.fill("#self-weight-execution", "10");
    await page.fill("#self-weight-benefit", "40");
    await page.click("#self-create");
    await said(page, "self", /已生成 9 张绩效自评表/);
    expect(await cell(page, "自评-医疗救助经费", "A1")).toBe("医疗救助经费项目支出绩效自评表");
    await page.click("#self-fill");
    await said(page, "self", /已在空白单元格中填入 \d+ 个|没有找到绩效自评表/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
