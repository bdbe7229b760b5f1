import { isFnError, type FnError, type FnMatrix, type FnValue } from "../../src/functions/errors";

/** The single value of a 1×1 result. */
export function one(m: FnMatrix | FnValue): FnValue {
  if (Array.isArray(m)) {
    expect(m.length).toBe(1);
    expect(m[0].length).toBe(1);
    return m[0][0];
  }
  return m;
}

/** Asserts an FnError with the given code (and message key, when given) and returns it. */
export function expectError(v: FnValue | FnMatrix, code: string, key?: string): FnError {
  const e = Array.isArray(v) ? one(v) : v;
  if (!isFnError(e)) throw new Error(`expected ${code}, got ${JSON.stringify(e)}`);
  expect(e.code).toBe(code);
  if (key) expect(e.key).toBe(key);
  expect(e.message.length).toBeGreaterThan(0);
  return e;
}

/** Percent text with two decimals, the way reports print a fraction. */
export function pct2(x: FnValue): string {
  if (typeof x !== "number") throw new Error(`not a number: ${JSON.stringify(x)}`);
  return (Math.round(x * 10000) / 100).toFixed(2);
}
