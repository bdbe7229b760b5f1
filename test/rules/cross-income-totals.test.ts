import { runRule, at } from "./helpers/run";
import { incomeRows, seedWorkbook, summaryRows, withCell } from "./helpers/sheets";

describe("cross-income-totals", () => {
  it("passes the seed", () => {
    expect(runRule("cross-income-totals", seedWorkbook())).toEqual([]);
  });

  it("flags 收支总表 本年收入合计 ≠ 收入总表 合计 小计, at the 收支总表 cell", () => {
    const f = runRule("cross-income-totals", seedWorkbook({ t2: withCell(withCell(incomeRows(), 5, 4, 533.8), 5, 3, 533.8) }));
    expect(f.map(at)).toEqual(["收支总表!C37", "收支总表!C39"]);
    expect(f[0].related).toEqual([{ sheet: "收入", cell: "E6" }]);
  });

  it("flags fiscal income in 财政拨款收支总表 that disagrees with 收支总表", () => {
    const f = runRule("cross-income-totals", seedWorkbook({ t1: withCell(summaryRows(), 5, 2, 530) }));
    expect(f.map(at)).toEqual(["财拨!C37"]);
  });
});
