/**
 * The system the registry builds around failures: every equation through a suspect cell (a cell of
 * a failed identity), none other. Families are skipped line by line where no suspect lies on the
 * line; a linear identity goes in when one of its terms is a suspect.
 */
import { IdentityRegistry } from "../../../src/engine/locate/registry";
import { ValueReader } from "../../../src/rules/lib/values";
import type { Identity } from "../../../src/rules/lib/equations";
import { sheet } from "../../rules/helpers/sheets";
import type { WorkbookSnapshot } from "../../../src/model/snapshot";

// Sheet 0: three rows a | b | a+b, and a 合计 row; C2 is mistyped (30 where 3 + 4 = 7).
const SHEET0 = [
  [1, 2, 3],
  [3, 4, 30],
  [5, 6, 11],
  [9, 12, 44],
];
// Sheet 1: figures that repeat sheet 0's A1, C2, B3 and C4 (each as written there).
const SHEET1 = [[1, 30, 6, 44]];

function workbook(): WorkbookSnapshot {
  return { source: "test.xlsx", sheets: [sheet("表一", SHEET0), sheet("表二", SHEET1)] };
}

function registry(): IdentityRegistry {
  const reg = new IdentityRegistry();
  const sink = reg.sinkFor(() => "test-rule");
  const rows: Identity = { kind: "sums", sheetIndex: 0, along: "rows", lines: [0, 1, 2, 3], total: 2, parts: [0, 1] };
  const cols: Identity = { kind: "sums", sheetIndex: 0, along: "columns", lines: [0, 1, 2], total: 3, parts: [0, 1, 2] };
  sink.add(0, () => [rows, cols]);
  const same = (row: number, col: number, other: number): Identity => ({
    kind: "linear",
    terms: [
      { at: { sheetIndex: 1, row: 0, col: other }, coef: 1 },
      { at: { sheetIndex: 0, row, col }, coef: -1 },
    ],
  });
  // The 合计 C4 as the first term, its repeat in 表二 second.
  const total: Identity = {
    kind: "linear",
    terms: [
      { at: { sheetIndex: 0, row: 3, col: 2 }, coef: 1 },
      { at: { sheetIndex: 1, row: 0, col: 3 }, coef: -1 },
    ],
  };
  sink.add([0, 1], () => [same(0, 0, 0), same(1, 2, 1), same(2, 1, 2), total]);
  return reg;
}

/** The equations of a system as "sheet!row,col" lists of their cells. */
function equations(reg: IdentityRegistry, failing: number[]): string[] {
  const system = reg.systemAround(failing, new ValueReader(workbook()));
  const out: string[] = [];
  for (let eq = 0; eq < system.equationCount; eq++) {
    out.push(system.cellsOf[eq].map((c) => `${system.positions[c].sheetIndex}!${system.positions[c].row},${system.positions[c].col}`).join(" "));
  }
  return out.sort();
}

describe("IdentityRegistry.systemAround", () => {
  it("holds every equation through the mistyped cell's row and column, and the repeat of it in another table", () => {
    expect(equations(registry(), [0])).toEqual(
      [
        // Row 1's sum (it fails) and the 合计 of column C (it fails too): their cells are the suspects.
        "0!1,2 0!1,0 0!1,1",
        "0!3,2 0!0,2 0!1,2 0!2,2",
        // The row sum of the 合计 row (through suspect C4), the column sums through suspects A2 and B2.
        "0!3,2 0!3,0 0!3,1",
        "0!3,0 0!0,0 0!1,0 0!2,0",
        "0!3,1 0!0,1 0!1,1 0!2,1",
        // The figures repeated in 表二 (they hold, but go through suspects C2 and C4).
        "1!0,1 0!1,2",
        "0!3,2 1!0,3",
      ].sort(),
    );
  });

  it("leaves out the lines and the repeats through no suspect cell (rows 1 and 3, A1 and B3 in 表二)", () => {
    const eqs = equations(registry(), [0]);
    expect(eqs).not.toContain("0!0,2 0!0,0 0!0,1");
    expect(eqs).not.toContain("0!2,2 0!2,0 0!2,1");
    expect(eqs).not.toContain("1!0,0 0!0,0");
    expect(eqs).not.toContain("1!0,2 0!2,1");
  });

  it("builds nothing when the failing sheet's identities all hold", () => {
    // Only the row sums of rows 1 and 3, which hold: no suspect, no equation.
    const reg = new IdentityRegistry();
    const sink = reg.sinkFor(() => "test-rule");
    sink.add(0, () => [{ kind: "sums", sheetIndex: 0, along: "rows", lines: [0, 2], total: 2, parts: [0, 1] }]);
    expect(equations(reg, [0])).toEqual([]);
  });
});
