import { runRule, at } from "./helpers/run";
import { seedWorkbook, summaryRows, withCell } from "./helpers/sheets";
import { diff } from "../support/text";

describe("income-expense-balance", () => {
  it("passes when 收入总计 = 支出总计", () => {
    expect(runRule("income-expense-balance", seedWorkbook())).toEqual([]);
  });

  it("flags 支出总计 that differs from 收入总计", () => {
    const f = runRule("income-expense-balance", seedWorkbook({ t1: withCell(summaryRows(), 38, 4, 535.8) }));
    expect(f.map(at)).toEqual(["收支总表!E39"]);
    expect(f[0].related).toEqual([{ sheet: "收支总表", cell: "C39" }]);
    expect(f[0].difference).toEqual(diff("+1.00"));
  });
});
