import { runRule, at } from "./helpers/run";
import { seedWorkbook, threePublicRows, withCell } from "./helpers/sheets";

describe("three-public-structure", () => {
  it("leaves the seed's blank 合计 to blank-total and passes filled, consistent rows", () => {
    expect(runRule("three-public-structure", seedWorkbook())).toEqual([]);
    let rows = withCell(threePublicRows(), 5, 2, 2.2);
    rows = withCell(rows, 5, 3, 2.2);
    expect(runRule("three-public-structure", seedWorkbook({ t9: rows }))).toEqual([]);
  });

  it("warns when 公务接待费 is not in the 三公 小计", () => {
    let rows = withCell(threePublicRows(), 13, 2, 1.5);
    rows = withCell(rows, 13, 3, 1.5);
    rows = withCell(rows, 6, 2, 0.5);
    rows = withCell(rows, 6, 3, 0.5);
    const f = runRule("three-public-structure", seedWorkbook({ t9: rows }));
    expect(f.map(at)).toEqual(expect.arrayContaining(["三公!C7", "三公!D7"]));
    expect(f.every((x) => x.severity === "warning")).toBe(true);
  });
});
