/**
 * Property: on random consistent tables, change one or two random cells by random amounts. Whenever
 * the change is identifiable — the changed cells are the only smallest set whose change lets every
 * identity hold, with one way to change them — the located cells are the changed cells, at their
 * original values. How often a change is not identifiable is counted and printed.
 *
 * Identifiability is decided by brute force over every cell and every pair, solving the small
 * linear system exactly (an oracle independent of the solver's search).
 */
import fc from "fast-check";
import { locateErrors, type LocateSystem } from "../../../src/engine/locate";
import { grid } from "./grid";

/** Whether changing `cells` can make every equation hold exactly: "none", "unique" or "many" ways. */
function solvable(s: LocateSystem<unknown>, cells: number[]): "none" | "unique" | "many" {
  const rows: { a: number[]; r: number }[] = [];
  for (let eq = 0; eq < s.equationCount; eq++) {
    const a = cells.map((c) => s.coef(eq, c));
    const r = s.residual[eq];
    if (a.every((x) => x === 0)) {
      if (r !== 0) return "none";
      continue;
    }
    rows.push({ a, r });
  }
  if (cells.length === 1) {
    const d = -rows[0].r / rows[0].a[0];
    if (d === 0 || rows.some((row) => row.r + row.a[0] * d !== 0)) return "none";
    return "unique";
  }
  // Two unknowns: a non-zero 2×2 minor gives the one solution (Cramer), else a line of solutions.
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const [p, q] = [rows[i], rows[j]];
      const det = p.a[0] * q.a[1] - p.a[1] * q.a[0];
      if (det === 0) continue;
      const d1 = (-p.r * q.a[1] + q.r * p.a[1]) / det;
      const d2 = (-q.r * p.a[0] + p.r * q.a[0]) / det;
      if (d1 === 0 || d2 === 0) return "none";
      return rows.every((row) => row.r + row.a[0] * d1 + row.a[1] * d2 === 0) ? "unique" : "none";
    }
  }
  // Rank one: consistent when every row is a multiple of the first, with its residual.
  const [f] = rows;
  const consistent = rows.every((row) => f.a[0] * row.a[1] === f.a[1] * row.a[0] && f.a[0] * row.r === f.r * row.a[0] && f.a[1] * row.r === f.r * row.a[1]);
  return consistent ? "many" : "none";
}

/** Whether `changed` is the one smallest explanation, with one way to change it. */
function identifiable(s: LocateSystem<unknown>, changed: number[]): boolean {
  const singles: number[] = [];
  for (let c = 0; c < s.cellCount; c++) if (solvable(s, [c]) !== "none") singles.push(c);
  if (changed.length === 1) return singles.length === 1 && singles[0] === changed[0];
  if (singles.length) return false;
  let found = 0;
  for (let a = 0; a < s.cellCount; a++) {
    for (let b = a + 1; b < s.cellCount; b++) {
      const how = solvable(s, [a, b]);
      if (how === "none") continue;
      if (how === "many") return false;
      found += 1;
      if (a !== Math.min(...changed) || b !== Math.max(...changed)) return false;
    }
  }
  return found === 1;
}

describe("localisation property: random tables, one or two changed cells", () => {
  it("locates the changed cells whenever the change is identifiable", () => {
    const tally = { 1: { runs: 0, identifiable: 0 }, 2: { runs: 0, identifiable: 0 } };
    const table = fc
      .record({ rows: fc.integer({ min: 2, max: 4 }), cols: fc.integer({ min: 2, max: 4 }) })
      .chain(({ rows, cols }) =>
        fc.record({
          details: fc.array(fc.array(fc.integer({ min: 0, max: 99999 }).map((x) => x * 100), { minLength: cols, maxLength: cols }), {
            minLength: rows,
            maxLength: rows,
          }),
          changes: fc.uniqueArray(
            fc.record({
              r: fc.integer({ min: 0, max: rows }),
              c: fc.integer({ min: 0, max: cols }),
              // Often a round amount from a short list, so that two changes sometimes cancel or
              // mirror each other (the cases that cannot be told apart).
              by: fc.oneof(
                fc.constantFrom(-50000, 50000, 10000),
                fc
                  .integer({ min: -99999, max: 99999 })
                  .filter((x) => x !== 0)
                  .map((x) => x * 100),
              ),
            }),
            { minLength: 1, maxLength: 2, selector: (x) => `${x.r},${x.c}` },
          ),
        }),
      );
    fc.assert(
      fc.property(table, ({ details, changes }) => {
        const base = grid(details);
        const typed = changes.map(({ r, c, by }) => [r, c, base.original(base.cell(r, c)) + by] as [number, number, number]);
        const g = grid(details, { typed });
        const changed = changes.map(({ r, c }) => g.cell(r, c)).sort((a, b) => a - b);
        const k = changed.length as 1 | 2;
        tally[k].runs += 1;
        if (!identifiable(g.system, changed)) return;
        tally[k].identifiable += 1;
        const verdicts = locateErrors(g.system);
        expect(verdicts.every((v) => v.kind === "located")).toBe(true);
        const found = verdicts.flatMap((v) => (v.kind === "located" ? v.explanation.changes : []));
        expect(found.map((c) => c.cell).sort((a, b) => a - b)).toEqual(changed);
        for (const c of found) expect(c.to).toBe(g.original(c.cell));
      }),
      { numRuns: 600, seed: 20261207 },
    );
    const rate = (k: 1 | 2) => `${tally[k].runs - tally[k].identifiable}/${tally[k].runs} not identifiable`;
    // Printed for the record (the issue asks how often a change cannot be pinned down).
    process.stdout.write(`localisation property: one changed cell ${rate(1)}; two changed cells ${rate(2)}\n`);
    // Not vacuous: most single changes are identifiable on tables with row and column totals.
    expect(tally[1].identifiable).toBeGreaterThan(tally[1].runs / 2);
    expect(tally[2].identifiable).toBeGreaterThan(0);
  });
});
