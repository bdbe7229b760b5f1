import { runRule, at } from "./helpers/run";
import { fiscalSummaryRows, seedWorkbook, withCell } from "./helpers/sheets";
import { say } from "../support/text";

describe("cross-fiscal-by-fund", () => {
  it("passes the seed", () => {
    expect(runRule("cross-fiscal-by-fund", seedWorkbook())).toEqual([]);
  });

  it("flags a 一般公共预算 class amount that differs from 一般公共预算支出表", () => {
    const f = runRule("cross-fiscal-by-fund", seedWorkbook({ t4: withCell(fiscalSummaryRows(), 14, 5, 470.9) }));
    expect(f.map(at)).toEqual(["财拨!F15"]);
    expect(say(f[0])).toContain("210");
  });

  it("flags a 政府性基金 amount when the 基金 table is empty", () => {
    const f = runRule("cross-fiscal-by-fund", seedWorkbook({ t4: withCell(fiscalSummaryRows(), 14, 6, 3) }));
    expect(f.map(at)).toEqual(["财拨!G15"]);
  });
});
