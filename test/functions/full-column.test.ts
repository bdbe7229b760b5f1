/**
 * A full column (Excel passes 1,048,576 rows for B:B) gives a full-size, correct result. How fast
 * is measured by `npm run bench` (bench/functions-bench.ts), not here.
 */
import { CHECKTOTAL, EXECRATE, TARGETMET, YOYCHANGE } from "../../src/functions/functions";
import { asMatrix } from "../../src/functions/args";

const ROWS = 1048576;

function column(f: (i: number) => unknown): unknown[][] {
  const m: unknown[][] = new Array(ROWS);
  for (let i = 0; i < ROWS; i++) m[i] = [f(i)];
  return m;
}

describe("full column of inputs", () => {
  // Mostly blank below the table, as a real B:B reference is.
  const actual = column((i) => (i < 5000 ? 100 + (i % 97) : i < 6000 ? "１,２３４.５" : ""));
  const budget = column((i) => (i < 6000 ? 1000 + (i % 13) : ""));

  test("EXECRATE over B:B and C:C", () => {
    const m = EXECRATE(actual as never, budget as never);
    expect(m.length).toBe(ROWS);
    expect(m[0][0]).toBe(0.1);
    expect((m[ROWS - 1][0] as { code: string }).code).toBe("#DIV/0!");
  });

  test("YOYCHANGE and TARGETMET over a full column", () => {
    const y = YOYCHANGE(actual as never, budget as never, "差额");
    const t = TARGETMET(column((i) => (i < 3000 ? "98%" : null)) as never, [["≥95%"]]);
    expect(y[0][0]).toBe(-900);
    expect(y).toHaveLength(ROWS);
    expect(t[0][0]).toBe(true);
  });

  test("CHECKTOTAL over a full column", () => {
    const parts = column((i) => (i < 100000 ? 0.01 : null));
    expect(CHECKTOTAL(1000, [parts] as never)).toBe(true);
    expect(CHECKTOTAL(1000.01, [parts] as never)).toBe(false);
  });

  test("asMatrix keeps host arrays as they are (no copy)", () => {
    expect(asMatrix(actual)).toBe(actual);
  });
});
