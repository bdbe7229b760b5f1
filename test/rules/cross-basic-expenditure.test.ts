import { runRule, at } from "./helpers/run";
import { basicRows, seedWorkbook, withCell } from "./helpers/sheets";

describe("cross-basic-expenditure", () => {
  it("passes the seed (298.80 = 298.80)", () => {
    expect(runRule("cross-basic-expenditure", seedWorkbook())).toEqual([]);
  });

  it("flags a 基本支出表 合计 that differs from 一般公共预算支出表 基本支出", () => {
    const f = runRule("cross-basic-expenditure", seedWorkbook({ t6: withCell(basicRows(), 5, 3, 297.8) }));
    expect(f.map(at)).toEqual(["基本!D6"]);
    expect(f[0].related).toEqual([{ sheet: "一般", cell: "E6" }]);
  });
});
