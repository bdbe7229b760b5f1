import { sheetFromRows, type WorkbookSnapshot } from "../../src/model/snapshot";
import { ValueReader } from "../../src/rules/lib/values";
import { columnSum, gridResult, sumsByColumn } from "../../src/rules/lib/sums";

/**
 * Blank parts of a sum: they add nothing and are not addends (the rounding tolerance is 0.01 per
 * addend), unless the blank cell holds a formula whose result the file does not carry: then the
 * sum cannot be judged. The sum loops skip blanks without asking on sheets without formulas.
 */
describe("sums over blank parts", () => {
  // Rows: 0 total; 1..4 parts (two blank). Column 0 plain, column 1 with a part beyond its row's end.
  const rows = [
    [0.03, 100.03],
    [0.01, 100],
    [null, null],
    [0.01],
    [],
  ];
  const partRows = [1, 2, 3, 4];

  function reader(formulas: Record<string, string> = {}): ValueReader {
    const wb: WorkbookSnapshot = { source: "t", sheets: [sheetFromRows("s", rows.map((r) => r.slice()), { formulas })] };
    return new ValueReader(wb);
  }

  test("blanks add nothing and do not count as addends", () => {
    const values = reader();
    // 0.03 against 0.02 from two addends: within 0.01 × 2, a rounding gap.
    expect(gridResult(values, 0, 0, 0, partRows, [0])).toEqual({ outcome: "rounding", total: 300, sum: 200 });
    // 100.03 against 100 from one addend (the other parts are blank or beyond the row): a mismatch.
    expect(gridResult(values, 0, 0, 1, partRows, [1])).toEqual({ outcome: "mismatch", total: 1000300, sum: 1000000 });
    expect(columnSum(values, 0, partRows.map((row) => ({ row })), 0)).toBe(200);
    const sums = [NaN, NaN];
    const counts = [NaN, NaN];
    sumsByColumn(values, 0, partRows, [0, 1], sums, counts);
    expect(sums).toEqual([200, 1000000]);
    expect(counts).toEqual([2, 1]);
  });

  test("a blank part holding a formula without its result leaves the sum unjudged", () => {
    const values = reader({ "2,0": "SUM(A9:A10)" });
    expect(gridResult(values, 0, 0, 0, partRows, [0])).toBeUndefined();
    expect(columnSum(values, 0, partRows.map((row) => ({ row })), 0)).toBeNaN();
    const sums = [0, 0];
    const counts = [0, 0];
    sumsByColumn(values, 0, partRows, [0, 1], sums, counts);
    expect(sums[0]).toBeNaN();
    // The other column's blanks hold no formula: still blanks, on a sheet that has formulas.
    expect(sums[1]).toBe(1000000);
    expect(counts[1]).toBe(1);
  });
});
