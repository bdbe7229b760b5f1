import { runRule, at } from "./helpers/run";
import { basicRows, expenditureRows, rowIndex, seedWorkbook, withCell } from "./helpers/sheets";
import { money, say } from "../support/text";

describe("code-hierarchy", () => {
  it("passes the seed tables (类 = Σ款, 款 = Σ项 in every column)", () => {
    expect(runRule("code-hierarchy", seedWorkbook())).toEqual([]);
  });

  it("flags a 款 row that is not the sum of its 项 rows, at the 款 cell", () => {
    const f = runRule("code-hierarchy", seedWorkbook({ t3: withCell(expenditureRows(), rowIndex(expenditureRows(), "21015"), 5, 143) }));
    // 21015 项目支出 143 ≠ 25 + 32 + 40 + 45 = 142; 210 项目支出 232 ≠ 90 + 143 as well.
    expect(f.map(at)).toEqual(["支出!F16", "支出!F20"]);
    expect(say(f[1])).toContain("21015");
    expect(f[1].expected).toEqual(money("142.00"));
  });

  it("flags an economic class that is not the sum of its items", () => {
    const f = runRule("code-hierarchy", seedWorkbook({ t6: withCell(basicRows(), 6, 3, 270.9) }));
    expect(f.map(at)).toEqual(["基本!D7"]);
  });
});
