import { translateFormula } from "../../src/adapters/xlsx/formula";

describe("translateFormula (shared formulas)", () => {
  const cases: [string, number, number, string][] = [
    ["A1+B1", 1, 0, "A2+B2"],
    ["SUM(D7:J7)", 3, 0, "SUM(D10:J10)"],
    ["SUM(D7:J7)", 0, 2, "SUM(F7:L7)"],
    ["$A$1+A$1+$A1", 2, 2, "$A$1+C$1+$A3"],
    ["Z1+AA1", 0, 1, "AA1+AB1"],
    ["'收支总表'!C5-表2!C5", 1, 0, "'收支总表'!C6-表2!C6"],
    ["'It''s A1'!B2", 1, 1, "'It''s A1'!C3"],
    ['IF(A1="B2",C3,"")', 1, 0, 'IF(A2="B2",C4,"")'],
    ["LOG10(A1)+ATAN2(B1,C1)", 1, 0, "LOG10(A2)+ATAN2(B2,C2)"],
    ["SUM(A:A)+SUM(1:1)", 1, 1, "SUM(B:B)+SUM(2:2)"],
    ["SUM($A:$A)+SUM($1:$1)", 1, 1, "SUM($A:$A)+SUM($1:$1)"],
    ["Table1[合计]+A1", 1, 0, "Table1[合计]+A2"],
    ["A1*1.5E+3", 1, 0, "A2*1.5E+3"],
    ["TRUE+R1C1", 1, 0, "TRUE+R1C1"],
    ["A2-1", -1, 0, "A1-1"],
    ["A1", -1, 0, "#REF!"],
    ["A1", 0, -1, "#REF!"],
    ["XFD1", 0, 1, "#REF!"],
    ["A1", 0, 0, "A1"],
  ];
  it.each(cases)("%s moved by (%i,%i) → %s", (formula, dr, dc, expected) => {
    expect(translateFormula(formula, dr, dc)).toBe(expected);
  });

  it("leaves an unterminated string alone", () => {
    expect(translateFormula('"A1', 1, 1)).toBe('"A1');
  });
});
