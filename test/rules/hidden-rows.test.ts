import { sheetFromRows } from "../../src/model/snapshot";
import { runRule, at } from "./helpers/run";
import { expenditureRows, workbook } from "./helpers/sheets";
import { say } from "../support/text";

describe("hidden-rows", () => {
  it("says nothing when no body row is hidden (hidden header rows do not count)", () => {
    const s = sheetFromRows("支出", expenditureRows(), { hiddenRows: [1] });
    expect(runRule("hidden-rows", workbook(s))).toEqual([]);
  });

  it("lists hidden body rows as info at the first one", () => {
    const s = sheetFromRows("支出", expenditureRows(), { hiddenRows: [9, 10] });
    const f = runRule("hidden-rows", workbook(s));
    expect(f.map(at)).toEqual(["支出!B10"]);
    expect(f[0].severity).toBe("info");
    expect(say(f[0])).toContain("10、11");
  });
});

describe("hidden-rows on a hidden sheet", () => {
  it("says that a recognised table sits on a hidden sheet, at its title", () => {
    const s = { ...sheetFromRows("支出", expenditureRows()), hidden: true };
    const f = runRule("hidden-rows", workbook(s));
    expect(f.map(at)).toEqual(["支出!A1"]);
    expect(f[0].severity).toBe("info");
    expect(say(f[0])).toContain("被隐藏");
  });
});
