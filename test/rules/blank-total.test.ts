import { checkWorkbookSync } from "../../src/engine/check";
import { runRule, at } from "./helpers/run";
import { expenditureRows, rowIndex, seedWorkbook, withCell } from "./helpers/sheets";
import { money, say } from "../support/text";

describe("blank-total", () => {
  it("reports the seed's blank “三公” 合计 as a warning (the identity is regional)", () => {
    const f = runRule("blank-total", seedWorkbook());
    expect(f.map(at)).toEqual(["三公!C6", "三公!D6"]);
    expect(f.every((x) => x.severity === "warning")).toBe(true);
    expect(f[0].expected).toEqual(money("2.20"));
  });

  it("reports a blank 合计 of a hard identity as an error, once per cell", () => {
    const f = runRule("blank-total", seedWorkbook({ t3: withCell(expenditureRows(), rowIndex(expenditureRows(), "2101501"), 3, null) }));
    const cells = f.filter((x) => x.sheet === "支出");
    expect(cells.map(at)).toEqual(["支出!D21"]);
    expect(cells[0].severity).toBe("error");
    expect(say(cells[0])).toContain("该单元格为空，而明细之和为 244.90");
  });

  it("does not take a formula without its result for a blank total (the hygiene rule reports it)", () => {
    const rows = withCell(expenditureRows(), rowIndex(expenditureRows(), "2101501"), 3, null);
    const wb = seedWorkbook({ t3: rows });
    wb.sheets[2].formulas = { "20,3": "SUM(E21:I21)" };
    expect(runRule("blank-total", wb).filter((x) => x.sheet === "支出")).toEqual([]);
    // Nothing but the note that the formula has no result: no sum is judged against a missing value.
    const all = checkWorkbookSync(wb).findings.filter((f) => f.sheet === "支出");
    expect(all.map((f) => `${f.ruleId} ${f.severity} ${at(f)}`)).toEqual(["non-numeric-amount info 支出!D21"]);
  });
});
