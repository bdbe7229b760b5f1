/**
 * Functions stay fast on a full column: Excel passes 1,048,576 rows for B:B.
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
    const start = Date.now();
    const m = EXECRATE(actual as never, budget as never);
    const ms = Date.now() - start;
    expect(m.length).toBe(ROWS);
    expect(m[0][0]).toBe(0.1);
    expect((m[ROWS - 1][0] as { code: string }).code).toBe("#DIV/0!");
    expect(ms).toBeLessThan(5000);
  });

  test("YOYCHANGE and TARGETMET over a full column", () => {
    const start = Date.now();
    const y = YOYCHANGE(actual as never, budget as never, "差额");
    const t = TARGETMET(column((i) => (i < 3000 ? "98%" : null)) as never, [["≥95%"]]);
    expect(y[0][0]).toBe(-900);
    expect(t[0][0]).toBe(true);
    expect(Date.now() - start).toBeLessThan(8000);
  });

  test("CHECKTOTAL over a full column", () => {
    const parts = column((i) => (i < 100000 ? 0.01 : null));
    const start = Date.now();
    expect(CHECKTOTAL(1000, [parts] as never)).toBe(true);
    expect(Date.now() - start).toBeLessThan(3000);
  });

  test("asMatrix keeps host arrays as they are (no copy)", () => {
    expect(asMatrix(actual)).toBe(actual);
  });
});
