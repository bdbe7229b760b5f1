import { SHARE } from "../../src/functions/functions";
import { ratioUnits, roundedRatio, percentUnitsText } from "../../src/functions/lib/ratio";
import { expectError, one } from "./helpers";

const share = (...args: unknown[]) => one((SHARE as (...a: unknown[]) => never)(...args));

describe("SHARE", () => {
  test("two-decimal percentage convention (S003 figures)", () => {
    expect(share([[630.97]], [[4108]])).toBe(0.1536);
    expect(share([[11221.53]], [[15329.53]])).toBe(0.732);
    expect(share([[4108]], [[15329.53]])).toBe(0.268);
    expect(share([[109.67]], [[259]])).toBe(0.4234);
  });

  test("decimals option", () => {
    expect(share([[630.97]], [[4108]], 0)).toBe(0.15);
    expect(share([[630.97]], [[4108]], "1")).toBe(0.154);
    expect(share([[630.97]], [[4108]], 4)).toBe(0.153595);
    expect(share([[630.97]], [[4108]], "")).toBe(0.1536);
    expectError(share([[1]], [[2]], 5), "#VALUE!", "fn.err.decimals");
    expectError(share([[1]], [[2]], "两位"), "#VALUE!", "fn.err.decimals");
    expectError(share([[1]], [[2]], 1.5), "#VALUE!", "fn.err.decimals");
  });

  test("rounding is exact, half away from zero", () => {
    expect(share([[1]], [[8]], 1)).toBe(0.125);
    expect(share([[1]], [[16]], 0)).toBe(0.06);
    expect(share([[1]], [[20000]])).toBe(0.0001); // 0.005% → 0.01%
    expect(share([[-1]], [[20000]])).toBe(-0.0001);
    expect(share([[1]], [[3]])).toBe(0.3333);
    expect(share([[2]], [[3]])).toBe(0.6667);
  });

  test("blank part is 0; blank or zero total is #DIV/0!", () => {
    expect(share([[""]], [[100]])).toBe(0);
    expect(expectError(share([[1]], [[""]]), "#DIV/0!", "fn.err.shareTotalZero").message).toBe("合计为空或为零，无法计算占比");
    expectError(share([[1]], [[0]]), "#DIV/0!");
  });

  test("text numbers, full-width, percent text, wrong types", () => {
    expect(share([["６３０．９７"]], [["4,108.00"]])).toBe(0.1536);
    expect(share([["50%"]], [[2]])).toBe(0.25);
    expectError(share([["abc"]], [[1]]), "#VALUE!", "fn.err.notNumber");
    expectError(share([[1]], [[true]]), "#VALUE!", "fn.err.notNumber");
  });

  test("ranges: the share of each row", () => {
    const m = SHARE([[34.9], [474.9], [25]], [[534.8]]);
    expect(m).toEqual([[0.0653], [0.888], [0.0467]]);
  });

  test("core ratio helpers", () => {
    expect(ratioUnits(6309700, 41080000, 4)).toBe(1536);
    expect(ratioUnits(-1, 8, 3)).toBe(-125);
    expect(ratioUnits(5, 10, 0)).toBe(1);
    expect(roundedRatio(1, 3, 2)).toBe(0.33);
    expect(percentUnitsText(1601, 2)).toBe("16.01");
    expect(percentUnitsText(5, 2)).toBe("0.05");
    expect(percentUnitsText(-1234, 2)).toBe("-12.34");
  });

  test("inputs keep all their digits", () => {
    expect(one(SHARE([[0.000015]], [[0.00006]]))).toBe(0.25);
    expect(one(SHARE([[1234.56 / 10000]], [[3456.78 / 10000]]))).toBe(0.3571);
  });
});
