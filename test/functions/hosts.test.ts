import { installCustomFunctionsStub, uninstallCustomFunctionsStub, StubCustomFunctionsError } from "../stubs/custom-functions";
import { FUNCTIONS, FUNCTION_NAMESPACE, CHECKTOTAL, EXECRATE, YOYCHANGE } from "../../src/functions/functions";
import { setPresenter } from "../../src/functions/host-seam";
import { excelPresenter, toExcelError } from "../../src/functions/excel/presenter";
import { registerWpsFunctions } from "../../src/functions/wps";
import { unwrapArg, wpsCallable, wpsErrorValue, wpsPresenter } from "../../src/functions/wps/adapter";
import { fnError } from "../../src/functions/errors";

function thrown(f: () => unknown): StubCustomFunctionsError {
  try {
    f();
  } catch (e) {
    if (e instanceof StubCustomFunctionsError) return e;
    throw e;
  }
  throw new Error("did not throw");
}

describe("Excel: FnError → CustomFunctions.Error", () => {
  beforeEach(() => {
    installCustomFunctionsStub();
    setPresenter(excelPresenter);
  });
  afterEach(() => {
    setPresenter(undefined);
    uninstallCustomFunctionsStub();
  });

  test("a single-cell error is thrown with the most specific code", () => {
    const div = thrown(() => EXECRATE([[1]], [[""]]));
    expect(div.code).toBe("#DIV/0!");
    // Excel shows custom messages only with #VALUE! and #N/A
    expect(div.message).toBeUndefined();
    const value = thrown(() => EXECRATE([["abc"]], [[1]]));
    expect(value.code).toBe("#VALUE!");
    expect(value.message).toBe("执行数不是数字：“abc”");
    const na = thrown(() => YOYCHANGE([[5]], [[0]]));
    expect(na.code).toBe("#N/A");
    expect(na.message).toBe("上年数为 0，增减率不可比");
  });

  test("errors inside an array result are returned in place", () => {
    const m = EXECRATE([[1], [1], ["x"]], [[10], [0], [1]]) as unknown[][];
    expect(m[0][0]).toBe(0.1);
    expect(m[1][0]).toBeInstanceOf(StubCustomFunctionsError);
    expect((m[1][0] as StubCustomFunctionsError).code).toBe("#DIV/0!");
    expect((m[2][0] as StubCustomFunctionsError).message).toContain("执行数");
  });

  test("scalar results", () => {
    expect(CHECKTOTAL(534.8, [[[34.9]], [[474.9]], [[25]]])).toBe(true);
    expect(thrown(() => CHECKTOTAL(534.8, [[["小计"]]])).code).toBe("#VALUE!");
  });

  test("#REF! and #NAME? are never results: they become #VALUE! with the message", () => {
    const e = toExcelError(fnError("#REF!", "fn.err.inputError", { param: "合计", code: "#REF!" })) as unknown as StubCustomFunctionsError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("合计含错误值 #REF!");
  });

  test("error inputs arrive as CustomFunctions.Error objects and keep their code", () => {
    const input = new StubCustomFunctionsError("#N/A");
    expect(thrown(() => EXECRATE([[input]], [[1]])).code).toBe("#N/A");
  });
});

describe("WPS: registration and argument shapes", () => {
  afterEach(() => setPresenter(undefined));

  test("registers exactly the FUNCTIONS list under the namespace", () => {
    const calls: Array<[string, string]> = [];
    const names = registerWpsFunctions({ AddCustomFunction: (ns, name) => void calls.push([ns, name]) });
    expect(names).toEqual(FUNCTIONS.map((f) => f.id));
    expect(calls.every(([ns]) => ns === FUNCTION_NAMESPACE)).toBe(true);
    expect(registerWpsFunctions(undefined)).toEqual([]);
    expect(registerWpsFunctions({})).toEqual([]);
  });

  test("CHECKTOTAL gets its spread arguments gathered as Excel would pass them", () => {
    setPresenter(wpsPresenter);
    const entry = FUNCTIONS.find((f) => f.id === "CHECKTOTAL")!;
    const call = wpsCallable(entry);
    expect(call(534.8, 34.9, 474.9, 25)).toBe(true);
    expect(call(534.8, 34.9, 474.9, 25.01)).toBe(false);
    expect(call(534.8, [[34.9, 474.9]], 25, undefined, undefined)).toBe(true);
    expect(call(534.8, 34.9, 474.9, 25.01, "差额")).toBe(-0.01);
    expect(call(534.8)).toBe(false);
    expect(call()).toBe(true);
  });

  test("scalars, null/undefined and Range-like objects", () => {
    setPresenter(wpsPresenter);
    const exec = wpsCallable(FUNCTIONS.find((f) => f.id === "EXECRATE")!);
    expect((exec(630.97, 4108) as number[][])[0][0]).toBeCloseTo(0.1536, 4);
    expect((exec({ Value2: 630.97 }, { Value2: () => 4108 }) as number[][])[0][0]).toBeCloseTo(0.1536, 4);
    expect(exec({ Value2: [[1], [2]] }, 10)).toEqual([[0.1], [0.2]]);
    expect(exec(1, 10, undefined)).toEqual([[0.1]]);
    expect(unwrapArg(undefined)).toBeNull();
    expect(unwrapArg({ Value2: undefined })).toBeNull();
  });

  test("errors are shown as text starting with the code and carrying the message", () => {
    setPresenter(wpsPresenter);
    const exec = wpsCallable(FUNCTIONS.find((f) => f.id === "EXECRATE")!);
    expect(exec(1, null)).toEqual([["#DIV/0! 预算数为空，无法计算执行率"]]);
    const check = wpsCallable(FUNCTIONS.find((f) => f.id === "CHECKTOTAL")!);
    expect(check(1, "小计")).toBe("#VALUE! 明细中有不是数字的文字：“小计”（选项“容差…”“差额”须单独作为一个参数）");
    expect(wpsErrorValue(fnError("#N/A", "fn.err.actualEmpty"))).toBe("#N/A 实际值为空");
  });
});
