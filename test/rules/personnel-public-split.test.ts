import { runRule, at } from "./helpers/run";
import { basicRows, seedWorkbook, withCell } from "./helpers/sheets";

describe("personnel-public-split", () => {
  it("passes the seed (274.90 = 271.90 + 3.00; 23.90 = 23.40 + 0.50)", () => {
    expect(runRule("personnel-public-split", seedWorkbook())).toEqual([]);
  });

  it("warns when 人员经费 on the 合计 row is not 301 + 303", () => {
    let rows = withCell(basicRows(), 5, 4, 271.9);
    rows = withCell(rows, 5, 5, 26.9);
    const f = runRule("personnel-public-split", seedWorkbook({ t6: rows }));
    expect(f.map(at)).toEqual(["基本!E6", "基本!F6"]);
    expect(f[0].severity).toBe("warning");
  });
});
