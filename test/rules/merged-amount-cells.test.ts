import { runRule, at } from "./helpers/run";
import { expenditureRows, sheet, workbook } from "./helpers/sheets";
import { say } from "../support/text";

describe("merged-amount-cells", () => {
  it("ignores header merges and merges over text columns", () => {
    const merges = [
      { top: 0, left: 0, bottom: 0, right: 8 },
      { top: 2, left: 1, bottom: 2, right: 2 },
      { top: 5, left: 1, bottom: 5, right: 2 },
    ];
    expect(runRule("merged-amount-cells", workbook(sheet("支出", expenditureRows(), merges)))).toEqual([]);
  });

  it("warns once per merge that covers amount cells in the body", () => {
    const merges = [{ top: 7, left: 4, bottom: 8, right: 4 }];
    const f = runRule("merged-amount-cells", workbook(sheet("支出", expenditureRows(), merges)));
    expect(f.map(at)).toEqual(["支出!E8"]);
    expect(say(f[0])).toContain("E8:E9");
    expect(f[0].severity).toBe("warning");
  });
});
