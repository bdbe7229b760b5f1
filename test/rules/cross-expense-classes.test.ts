import { runRule, at } from "./helpers/run";
import { seedWorkbook, summaryRows, withCell } from "./helpers/sheets";

describe("cross-expense-classes", () => {
  it("passes the seed", () => {
    expect(runRule("cross-expense-classes", seedWorkbook())).toEqual([]);
  });

  it("flags a 收支总表 class row that differs from 支出总表", () => {
    const f = runRule("cross-expense-classes", seedWorkbook({ t1: withCell(summaryRows(), 12, 4, 35.9) }));
    expect(f.map(at)).toEqual(["收支总表!E13"]);
    expect(f[0].message).toContain("208");
    expect(f[0].related).toEqual([{ sheet: "支出", cell: "D7" }]);
  });

  it("flags a class with money in 支出总表 but blank in 收支总表", () => {
    const f = runRule("cross-expense-classes", seedWorkbook({ t1: withCell(summaryRows(), 24, 4, null) }));
    expect(f.map(at)).toEqual(["收支总表!E25"]);
    expect(f[0].expected).toBe("25.00");
  });
});
