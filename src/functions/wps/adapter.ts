/**
 * WPS 表格's view of the functions. What is known (research/wps-addin.md §2, §3):
 * - custom functions are synchronous and registered with wps.AddCustomFunction(ns, name, fn);
 * - the metadata (functions.json) has no repeating parameters, so CHECKTOTAL is declared with
 *   明细1…明细N and its trailing arguments are gathered here into the array Excel would pass;
 * - a single cell may arrive as a scalar, empty cells as null/undefined, a range as a 2-D array —
 *   and on some builds possibly as a Range object, read here through its Value2 (a read, never a
 *   write);
 * - how a JS function returns a *real* error value to the ET grid is not documented. Throwing is
 *   shown as an unspecific error (if at all), so an error is returned as text that starts with the
 *   most specific code and carries the zh-CN message: "#DIV/0! 预算数为空，无法计算执行率".
 *   It reads like an error and breaks arithmetic on it, but IFERROR does not catch it (use
 *   ISNUMBER). Verify on the target build and change wpsErrorValue only.
 */
import { isFnError, type FnError, type FnMatrix, type FnValue } from "../errors";
import type { Presenter } from "../host-seam";
import type { FunctionEntry } from "../functions";

export function wpsErrorValue(e: FnError): string {
  return `${e.code} ${e.message}`;
}

export const wpsPresenter: Presenter = {
  matrix(m: FnMatrix): unknown {
    let out: unknown[][] | undefined;
    for (let r = 0; r < m.length; r++) {
      const row = m[r];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (isFnError(v)) {
          if (!out) out = m.map((x) => x.slice());
          out[r][c] = wpsErrorValue(v);
        }
      }
    }
    return out ?? m;
  },
  scalar(v: FnValue): unknown {
    return isFnError(v) ? wpsErrorValue(v) : v;
  },
};

interface RangeLike {
  Value2: unknown;
}

/** A WPS argument as plain data: Range objects read through Value2; undefined → null. */
export function unwrapArg(v: unknown): unknown {
  if (v === undefined) return null;
  if (v !== null && typeof v === "object" && !Array.isArray(v) && "Value2" in (v as object)) {
    const raw = (v as RangeLike).Value2;
    const value = typeof raw === "function" ? (raw as () => unknown).call(v) : raw;
    return value === undefined ? null : value;
  }
  return v;
}

/** The function WPS calls: unwraps arguments and gathers a repeating tail into one array. */
export function wpsCallable(entry: FunctionEntry): (...args: unknown[]) => unknown {
  const from = entry.repeatingFrom;
  const fn = entry.fn;
  return function wpsCustomFunction(...args: unknown[]): unknown {
    const a = new Array<unknown>(args.length);
    for (let i = 0; i < args.length; i++) a[i] = unwrapArg(args[i]);
    if (from !== undefined) {
      const rest = a.length > from ? a.splice(from) : [];
      while (a.length < from) a.push(null);
      a.push(rest);
    }
    return fn(...a);
  };
}
