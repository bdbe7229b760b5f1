/**
 * The seam between the pure implementations and a host. The Excel and WPS layers install a
 * presenter once at start-up (mapping FnError values to what their grid shows); without one —
 * in tests, benchmarks, the CLI — results come back as plain FnValue data.
 */
import type { FnMatrix, FnValue } from "./errors";

export interface Presenter {
  /** An array result (functions declared with a matrix result). */
  matrix(m: FnMatrix): unknown;
  /** A single-value result. */
  scalar(v: FnValue): unknown;
}

const plain: Presenter = { matrix: (m) => m, scalar: (v) => v };

let current: Presenter = plain;

export function setPresenter(p: Presenter | undefined): void {
  current = p ?? plain;
}

export function presentMatrix(m: FnMatrix): unknown {
  return current.matrix(m);
}

export function presentScalar(v: FnValue): unknown {
  return current.scalar(v);
}
