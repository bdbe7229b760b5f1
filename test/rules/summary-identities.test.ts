import { runRule, at } from "./helpers/run";
import { fiscalSummaryRows, seedWorkbook, summaryRows, withCell } from "./helpers/sheets";
import { money } from "../support/text";

describe("summary-identities", () => {
  it("passes the seed 收支总表 and 财政拨款收支总表", () => {
    expect(runRule("summary-identities", seedWorkbook())).toEqual([]);
  });

  it("flags 本年支出合计 that is not the sum of the expenditure classes", () => {
    const f = runRule("summary-identities", seedWorkbook({ t1: withCell(summaryRows(), 36, 4, 533.8) }));
    // 支出总计 = 本年支出合计 + 年终结转 breaks too.
    expect(f.map(at)).toEqual(["收支总表!E37", "收支总表!E39"]);
    expect(f[0].expected).toEqual(money("534.80"));
  });

  it("flags 收入总计 that is not 本年收入合计 + 上年结转结余", () => {
    const rows = withCell(summaryRows(), 37, 2, 10);
    const f = runRule("summary-identities", seedWorkbook({ t1: rows }));
    expect(f.map(at)).toEqual(["收支总表!C39"]);
    expect(f[0].expected).toEqual(money("544.80"));
  });

  it("checks 年初结转 against the fund rows listed under it", () => {
    const rows = withCell(withCell(fiscalSummaryRows(), 37, 2, 3), 38, 2, 5);
    const f = runRule("summary-identities", seedWorkbook({ t4: rows }));
    expect(f.map(at)).toContain("财拨!C38");
  });
});
