/**
 * Per-call cost of the custom functions over 100,000 calls each, called the way Excel calls them
 * (matrix parameters as [[x]], the repeating CHECKTOTAL parameter as an array of matrices).
 * Target: under 5 µs per call for EXECRATE, YOYCHANGE and CHECKTOTAL on scalars.
 */
import { performance } from "perf_hooks";
import { CHECKTOTAL, CODENAME, EXECRATE, RMBUPPER, SHARE, TARGETMET, TARGETSCORE, YOYCHANGE } from "../src/functions/functions";

const CALLS = 100000;
const TARGET_US = 5;

interface Case {
  name: string;
  /** Counts against the 5 µs target. */
  target?: boolean;
  call: (i: number) => unknown;
}

// Inputs vary with i so that nothing is constant-folded; the arrays are built once per value.
const amounts = Array.from({ length: 64 }, (_, i) => [[100 + i * 1.25]]);
const budgets = Array.from({ length: 64 }, (_, i) => [[1000 + i * 3.5]]);
const textAmounts = Array.from({ length: 64 }, (_, i) => [[(1000 + i * 3.5).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ",")]]);
const parts = Array.from({ length: 64 }, (_, i) => [[[34.9]], [[474.9]], [[25 + (i % 2) * 0.01]]]);

const CASES: Case[] = [
  { name: "EXECRATE(num, num)", target: true, call: (i) => EXECRATE(amounts[i & 63], budgets[i & 63]) },
  { name: "EXECRATE(text, text)", call: (i) => EXECRATE(textAmounts[i & 63], textAmounts[(i + 1) & 63]) },
  { name: "YOYCHANGE(num, num)", target: true, call: (i) => YOYCHANGE(amounts[i & 63], budgets[i & 63]) },
  { name: "YOYCHANGE(num, num, \"文字\")", target: true, call: (i) => YOYCHANGE(amounts[i & 63], budgets[i & 63], "文字") },
  { name: "CHECKTOTAL(num; 3 parts)", target: true, call: (i) => CHECKTOTAL(534.8, parts[i & 63]) },
  { name: "SHARE(num, num)", call: (i) => SHARE(amounts[i & 63], budgets[i & 63]) },
  { name: "RMBUPPER(num)", call: (i) => RMBUPPER(budgets[i & 63]) },
  { name: "TARGETMET(\"98%\", \"≥95%\")", call: () => TARGETMET([["98%"]], [["≥95%"]]) },
  { name: "TARGETSCORE(0.9, \"≥95%\", 10)", call: () => TARGETSCORE([[0.9]], [["≥95%"]], [[10]]) },
  { name: "CODENAME(2080505)", call: () => CODENAME([[2080505]]) },
];

export interface FunctionsBenchRow {
  name: string;
  microsPerCall: number;
  target: boolean;
}

export function measureFunctions(calls = CALLS): FunctionsBenchRow[] {
  const rows: FunctionsBenchRow[] = [];
  let sink = 0;
  for (const c of CASES) {
    for (let i = 0; i < 2000; i++) if (c.call(i) !== undefined) sink++; // warm-up
    const start = performance.now();
    for (let i = 0; i < calls; i++) if (c.call(i) !== undefined) sink++;
    const ms = performance.now() - start;
    rows.push({ name: c.name, microsPerCall: (ms * 1000) / calls, target: c.target === true });
  }
  if (sink === 0) throw new Error("unreachable");
  return rows;
}

/** Whole-column calls (B:B = 1,048,576 rows, a few thousand filled, the rest blank). */
function measureFullColumn(): { name: string; ms: number }[] {
  const ROWS = 1048576;
  const column = (f: (i: number) => unknown) => {
    const m: unknown[][] = new Array(ROWS);
    for (let i = 0; i < ROWS; i++) m[i] = [f(i)];
    return m;
  };
  const actual = column((i) => (i < 5000 ? 100 + (i % 97) : i < 6000 ? "１,２３４.５" : ""));
  const budget = column((i) => (i < 6000 ? 1000 + (i % 13) : ""));
  const targets = column((i) => (i < 3000 ? "98%" : null));
  const time = (name: string, f: () => unknown) => {
    const start = performance.now();
    f();
    return { name, ms: performance.now() - start };
  };
  return [
    time("EXECRATE(B:B, C:C)", () => EXECRATE(actual as never, budget as never)),
    time("YOYCHANGE(B:B, C:C, \"差额\")", () => YOYCHANGE(actual as never, budget as never, "差额")),
    time("TARGETMET(B:B, \"≥95%\")", () => TARGETMET(targets as never, [["≥95%"]])),
    time("CHECKTOTAL(1000, B:B)", () => CHECKTOTAL(1000, [actual] as never)),
  ];
}

export async function runFunctionsBench(): Promise<void> {
  const rows = measureFunctions();
  console.log(`custom functions: ${CALLS.toLocaleString("en-US")} calls each (target < ${TARGET_US} µs for EXECRATE/YOYCHANGE/CHECKTOTAL)`);
  for (const r of rows) {
    const mark = r.target ? (r.microsPerCall < TARGET_US ? "  ok" : "  SLOW") : "";
    console.log(`  ${r.name.padEnd(32)} ${r.microsPerCall.toFixed(3).padStart(8)} µs/call${mark}`);
  }
  console.log("custom functions on a full column (1,048,576 rows):");
  for (const c of measureFullColumn()) console.log(`  ${c.name.padEnd(32)} ${c.ms.toFixed(0).padStart(8)} ms`);
}

if (require.main === module) {
  void runFunctionsBench();
}
