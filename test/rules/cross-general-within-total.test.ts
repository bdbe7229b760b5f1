import { runRule, at } from "./helpers/run";
import { generalBudgetRows, seedWorkbook, withCell } from "./helpers/sheets";
import { money, say } from "../support/text";

describe("cross-general-within-total", () => {
  it("passes the seed (一般公共预算 equals 支出总表 code by code)", () => {
    expect(runRule("cross-general-within-total", seedWorkbook())).toEqual([]);
  });

  it("flags a code whose 一般公共预算 amount exceeds 支出总表", () => {
    const f = runRule("cross-general-within-total", seedWorkbook({ t5: withCell(generalBudgetRows(), 26, 3, 26) }));
    expect(f.map(at)).toEqual(["一般!D27"]);
    expect(f[0].actual).toEqual(money("26.00"));
  });

  it("flags a code missing from 支出总表", () => {
    const rows = generalBudgetRows();
    rows.push([23, "2101502", "一般行政管理事务", 1, 1]);
    const f = runRule("cross-general-within-total", seedWorkbook({ t5: rows }));
    expect(f.some((x) => say(x).includes("支出总表却没有"))).toBe(true);
  });
});
