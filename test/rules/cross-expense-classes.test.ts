import { runRule, at } from "./helpers/run";
import { checkWorkbookSync } from "../../src/engine/check";
import { expenditureRows, seedWorkbook, summaryRows, withCell } from "./helpers/sheets";
import { money, say } from "../support/text";

describe("cross-expense-classes", () => {
  it("passes the seed", () => {
    expect(runRule("cross-expense-classes", seedWorkbook())).toEqual([]);
  });

  it("flags a 收支总表 class row that differs from 支出总表", () => {
    const f = runRule("cross-expense-classes", seedWorkbook({ t1: withCell(summaryRows(), 12, 4, 35.9) }));
    expect(f.map(at)).toEqual(["收支总表!E13"]);
    expect(say(f[0])).toContain("208");
    expect(f[0].related).toEqual([{ sheet: "支出", cell: "D7" }]);
  });

  it("flags a class with money in 支出总表 but blank in 收支总表", () => {
    const f = runRule("cross-expense-classes", seedWorkbook({ t1: withCell(summaryRows(), 24, 4, null) }));
    expect(f.map(at)).toEqual(["收支总表!E25"]);
    expect(f[0].expected).toEqual(money("25.00"));
  });

  it("compares a 万元 table with a 元 table in one unit", () => {
    const inYuan = expenditureRows().map((r, i) =>
      i === 1 ? ["450 巨鹿县医疗保障局 预算年度：2023 单位：元"] : i >= 5 ? r.map((v, j) => (j >= 3 && typeof v === "number" ? Math.round(v * 10000) : v)) : r,
    );
    const clean = checkWorkbookSync(seedWorkbook({ t3: inYuan }));
    expect(clean.tables.length).toBeGreaterThan(0);
    expect(clean.findings.filter((f) => f.ruleId.startsWith("cross-"))).toEqual([]);
    // 社会保障和就业支出 208 written as 350000 元 against 34.90 万元: 0.10 万元 apart.
    const f = runRule("cross-expense-classes", seedWorkbook({ t3: withCell(inYuan, 6, 3, 350000) }));
    expect(f.map(at)).toEqual(["收支总表!E13"]);
    expect(f[0].expected).toEqual(money("35.00"));
    expect(f[0].actual).toEqual(money("34.90"));
  });
});
