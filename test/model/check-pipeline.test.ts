import { checkWorkbook, checkWorkbookSync, CheckProgress } from "../../src/engine/check";
import { seedWorkbook } from "../rules/helpers/sheets";
import { allMessageKeys, messageTable, t } from "../../src/catalog/messages";

describe("check pipeline", () => {
  it("gives the same findings sync and async, and reports progress per table", async () => {
    const progress: CheckProgress[] = [];
    const a = await checkWorkbook(seedWorkbook(), { onProgress: (p) => progress.push(p) });
    const b = checkWorkbookSync(seedWorkbook());
    expect(a.findings).toEqual(b.findings);
    expect(a.tables).toHaveLength(9);
    expect(progress).toHaveLength(10);
    expect(progress[progress.length - 1]).toEqual({ done: 10, total: 10, sheet: "" });
  });

  it("yields to the event loop between tables on a large workbook", async () => {
    const big = seedWorkbook();
    for (let i = 0; i < 60; i++) big.sheets.push(...seedWorkbook().sheets.map((s) => ({ ...s, name: `${s.name}${i}` })));
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    await checkWorkbook(big);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });

  it("is read-only: the snapshot is unchanged after a check", () => {
    const wb = seedWorkbook();
    const before = JSON.stringify(wb);
    checkWorkbookSync(wb);
    expect(JSON.stringify(wb)).toBe(before);
  });
});

describe("message tables", () => {
  it("use the same placeholders in zh-CN and English", () => {
    const zh = messageTable("zh-CN");
    const en = messageTable("en");
    const names = (s: string) => Array.from(new Set(s.match(/\{\w+\}/g) ?? [])).sort().join(",");
    for (const key of allMessageKeys()) expect([key, names(en[key])]).toEqual([key, names(zh[key])]);
  });

  it("switch locale", () => {
    expect(t("severity.error", {}, "en")).toBe("Error");
    expect(t("severity.error", {}, "zh-CN")).toBe("错误");
  });
});
