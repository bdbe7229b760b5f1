import { checkWorkbookSync } from "../../src/engine/check";
import { runRule, at } from "./helpers/run";
import { expenditureRows, incomeRows, rowIndex, seedWorkbook, withCell } from "./helpers/sheets";
import { diff, money, say } from "../support/text";

const t3 = expenditureRows();
const r2101501 = rowIndex(t3, "2101501");

describe("row-sum", () => {
  it("passes every row of the seed tables", () => {
    expect(runRule("row-sum", seedWorkbook())).toEqual([]);
  });

  it("flags a 合计 cell that is not 基本 + 项目, at that cell, with expected, actual and difference", () => {
    const f = runRule("row-sum", seedWorkbook({ t3: withCell(t3, r2101501, 3, 249.4) }));
    expect(f.map(at)).toEqual(["支出!D21"]);
    expect(f[0].severity).toBe("error");
    expect(f[0].expected).toEqual(money("244.90"));
    expect(f[0].actual).toEqual(money("249.40"));
    expect(f[0].difference).toEqual(diff("+4.50"));
    expect(say(f[0])).toContain("2101501 行政运行");
    expect(f[0].related.map((r) => r.cell)).toEqual(expect.arrayContaining(["E21", "F21"]));
  });

  it("checks 合计 = 小计 + 上年结转 and 小计 = Σ本年收入 in 收入总表", () => {
    const f = runRule("row-sum", seedWorkbook({ t2: withCell(incomeRows(), rowIndex(incomeRows(), "208"), 3, 35.9) }));
    expect(f.map(at)).toEqual(["收入!D7"]);
    // a generic sub-column is named with its group ("本年收入/小计" → 本年收入小计, not just 小计)
    expect(say(f[0])).toContain("合计 = 本年收入小计 + 上年结转");
  });

  it("reports a gap of 0.01 per addend as a rounding warning, not an error", () => {
    const f = runRule("row-sum", seedWorkbook({ t3: withCell(t3, r2101501, 3, 244.91) }));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
    expect(say(f[0])).toContain("四舍五入");
  });

  it("reads numbers typed as text", () => {
    const f = runRule("row-sum", seedWorkbook({ t3: withCell(t3, r2101501, 4, " ２１９．９０ ") }));
    expect(f).toEqual([]);
  });

  it("widens the rounding tolerance only for addends that carry a figure (blank cells add no rounding)", () => {
    // 2101504 信息化建设: 合计 32.00 with one figure, 项目 32.00; 基本 is blank.
    const r = rowIndex(t3, "2101504");
    const gap = runRule("row-sum", seedWorkbook({ t3: withCell(t3, r, 3, 32.02) }));
    expect(gap.map(at)).toEqual(["支出!D22"]);
    expect(gap[0].severity).toBe("error");
    const rounding = runRule("row-sum", seedWorkbook({ t3: withCell(t3, r, 3, 32.01) }));
    expect(rounding[0].severity).toBe("warning");
  });

  it("leaves a row alone when one of its parts is an error value or text (the hygiene rule reports the cell)", () => {
    expect(runRule("row-sum", seedWorkbook({ t3: withCell(t3, r2101501, 4, { error: "#REF!" }) }))).toEqual([]);
    expect(runRule("row-sum", seedWorkbook({ t3: withCell(t3, r2101501, 4, "待定") }))).toEqual([]);
    expect(runRule("row-sum", seedWorkbook({ t3: withCell(t3, r2101501, 4, "3%") }))).toEqual([]);
    const all = checkWorkbookSync(seedWorkbook({ t3: withCell(t3, r2101501, 4, { error: "#REF!" }) })).findings;
    expect(all.filter((f) => f.severity === "error").map((f) => `${f.ruleId} ${at(f)}`)).toEqual(["non-numeric-amount 支出!E21"]);
  });
});
