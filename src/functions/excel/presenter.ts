/// <reference types="custom-functions-runtime" />
/**
 * Excel's view of FnError values: `CustomFunctions.Error` with the most specific code. Excel shows
 * a custom message only with #VALUE! and #N/A (the runtime ignores it, or may refuse it, for the
 * other codes), so the zh-CN message is passed for those two only.
 * A single-cell result that is an error is thrown (works from CustomFunctionsRuntime 1.1); errors
 * inside an array result are returned in place (CustomFunctionsRuntime 1.2).
 */
import { isFnError, type FnError, type FnErrorCode, type FnMatrix, type FnValue } from "../errors";
import type { Presenter } from "../host-seam";

/** #REF! and #NAME? can only be inputs of a custom function, never its result. */
const OUTPUT_CODE: Record<FnErrorCode, string> = {
  "#VALUE!": "#VALUE!",
  "#DIV/0!": "#DIV/0!",
  "#N/A": "#N/A",
  "#NUM!": "#NUM!",
  "#NULL!": "#NULL!",
  "#REF!": "#VALUE!",
  "#NAME?": "#VALUE!",
};

const WITH_MESSAGE: Record<string, boolean> = { "#VALUE!": true, "#N/A": true };

/** Shared FnErrors (see errors.ts) map to shared Excel errors: a blank column stays cheap. */
const converted = new WeakMap<FnError, CustomFunctions.Error>();

export function toExcelError(e: FnError): CustomFunctions.Error {
  let out = converted.get(e);
  if (!out) {
    const code = OUTPUT_CODE[e.code] as CustomFunctions.ErrorCode;
    out = WITH_MESSAGE[code] ? new CustomFunctions.Error(code, e.message) : new CustomFunctions.Error(code);
    if (Object.isFrozen(e)) converted.set(e, out);
  }
  return out;
}

function cell(v: FnValue): unknown {
  return isFnError(v) ? toExcelError(v) : v;
}

export const excelPresenter: Presenter = {
  matrix(m: FnMatrix): unknown {
    if (m.length === 1 && m[0].length === 1) {
      const v = m[0][0];
      if (isFnError(v)) throw toExcelError(v);
      return m;
    }
    let out: unknown[][] | undefined;
    for (let r = 0; r < m.length; r++) {
      const row = m[r];
      for (let c = 0; c < row.length; c++) {
        if (isFnError(row[c])) {
          if (!out) out = m.map((x) => x.slice());
          out[r][c] = cell(row[c]);
        }
      }
    }
    return out ?? m;
  },
  scalar(v: FnValue): unknown {
    if (isFnError(v)) throw toExcelError(v);
    return v;
  },
};
