import { runRule, at } from "./helpers/run";
import { basicRows, expenditureRows, seedWorkbook, withCell } from "./helpers/sheets";
import { money, say } from "../support/text";

describe("column-total", () => {
  it("passes the seed tables", () => {
    expect(runRule("column-total", seedWorkbook())).toEqual([]);
  });

  it("flags the 合计 row cell that is not the sum of the 类 rows", () => {
    const f = runRule("column-total", seedWorkbook({ t3: withCell(expenditureRows(), 5, 5, 237) }));
    expect(f.map(at)).toEqual(["支出!F6"]);
    expect(f[0].expected).toEqual(money("236.00"));
    expect(say(f[0])).toContain("类级科目");
  });

  it("works on economic codes (基本支出表 合计 = 301 + 302 + 303 + 310)", () => {
    const f = runRule("column-total", seedWorkbook({ t6: withCell(basicRows(), 5, 5, 24.9) }));
    expect(f.map(at)).toEqual(["基本!F6"]);
  });
});
