import { columnIndex, columnLetters, parseA1, parseRange, qualifiedA1, rangeToA1, toA1 } from "../../src/model/a1";
import { countFindings, Finding, sortFindings } from "../../src/model/findings";

describe("A1 addresses", () => {
  it("round-trips columns and cells", () => {
    for (const c of [0, 25, 26, 701, 702, 16383]) expect(columnIndex(columnLetters(c))).toBe(c);
    expect(toA1(8, 4)).toBe("E9");
    expect(parseA1("$AB$10")).toEqual({ row: 9, col: 27 });
    expect(parseA1("E0")).toBeNull();
    expect(parseA1("Sheet!E9")).toBeNull();
    expect(parseRange("C3:A1")).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
    expect(rangeToA1({ top: 0, left: 0, bottom: 0, right: 0 })).toBe("A1");
    expect(qualifiedA1("收入总表", "E9")).toBe("'收入总表'!E9");
    expect(qualifiedA1("It's", "A1")).toBe("'It''s'!A1");
  });
});

describe("findings order", () => {
  const f = (sheet: string, cell: string, ruleId = "r", severity: Finding["severity"] = "error"): Finding => ({
    ruleId, severity, sheet, cell, related: [], data: {}, messageId: `${sheet}${cell}`,
  });

  it("orders by sheet position, then row, then column, then rule", () => {
    const list = [f("B", "A1"), f("A", "B10"), f("A", "C2"), f("A", "A2", "b"), f("A", "A2", "a"), f("A", "")];
    expect(sortFindings(list, ["A", "B"], (x) => x.messageId).map((x) => `${x.sheet}${x.cell}${x.ruleId}`)).toEqual(["Ar", "AA2a", "AA2b", "AC2r", "AB10r", "BA1r"]);
  });

  it("counts by severity", () => {
    expect(countFindings([f("A", "A1"), f("A", "A2", "r", "info")])).toEqual({ error: 1, warning: 0, info: 1 });
  });
});
