import { runRule, at } from "./helpers/run";
import { basicRows, rowIndex, seedWorkbook, withCell } from "./helpers/sheets";
import { say } from "../support/text";

describe("cross-economic-function", () => {
  it("passes the seed (30108 = 2080505, 30110 = 2101101 …)", () => {
    expect(runRule("cross-economic-function", seedWorkbook())).toEqual([]);
  });

  it("warns when 住房公积金 30113 differs from 2210201's basic expenditure", () => {
    const rows = basicRows();
    const f = runRule("cross-economic-function", seedWorkbook({ t6: withCell(rows, rowIndex(rows, "30113"), 3, 24) }));
    expect(f.map(at)).toEqual(["基本!D16"]);
    expect(f[0].severity).toBe("warning");
    expect(say(f[0])).toContain("2210201");
  });
});
