import { EXECRATE } from "../../src/functions/functions";
import { execrate } from "../../src/functions/execrate";
import { roundedRatio } from "../../src/functions/lib/ratio";
import { moneyFromNumber } from "../../src/model/money";
import { expectError, one, pct2 } from "./helpers";

const rate = (...args: unknown[]) => one((EXECRATE as (...a: unknown[]) => never)(...args));

describe("EXECRATE", () => {
  test("seed figures from S003 (执行率 77.32%, 15.36%, 42.34%)", () => {
    expect(rate([[11852.5]], [[15329.53]])).toBeCloseTo(0.77318, 5);
    expect(pct2(rate([[11852.5]], [[15329.53]]))).toBe("77.32");
    expect(pct2(rate([[630.97]], [[4108]]))).toBe("15.36");
    expect(pct2(rate([[109.67]], [[259]]))).toBe("42.34");
    // the exact two-decimal percentage of the same ratio
    expect(roundedRatio(moneyFromNumber(11852.5), moneyFromNumber(15329.53), 4)).toBe(0.7732);
  });

  test("is the plain quotient, not rounded", () => {
    expect(rate([[1]], [[3]])).toBe(1 / 3);
    expect(rate([[11852.5]], [[15329.53]])).toBe(11852.5 / 15329.53);
  });

  test("text numbers, thousands separators, full-width digits, spaces, accounting negatives", () => {
    expect(rate([["11,852.50"]], [[" 15329.53 "]])).toBe(rate([[11852.5]], [[15329.53]]));
    expect(rate([["１１８５２．５"]], [["１５３２９．５３"]])).toBe(rate([[11852.5]], [[15329.53]]));
    expect(rate([["(50.00)"]], [[100]])).toBe(-0.5);
    expect(rate([[-50]], [[100]])).toBe(-0.5);
  });

  test("percentages given as text are read as numbers", () => {
    expect(rate([["50%"]], [[1]])).toBe(0.5);
  });

  test("adjustment is added to the budget", () => {
    expect(rate([[100]], [[90]], [[10]])).toBe(1);
    expect(rate([[100]], [[90]], null)).toBeCloseTo(1.1111, 4);
    expect(rate([[100]], [[90]], [[""]])).toBeCloseTo(1.1111, 4);
    expect(rate([[100]], [[110]], [[-10]])).toBe(1);
  });

  test("blank or zero budget is #DIV/0! with a message", () => {
    const blank = expectError(rate([[1]], [[""]]), "#DIV/0!", "fn.err.budgetBlank");
    expect(blank.message).toBe("预算数为空，无法计算执行率");
    expectError(rate([[1]], [[null]]), "#DIV/0!", "fn.err.budgetBlank");
    expectError(rate([[1]], [["—"]]), "#DIV/0!", "fn.err.budgetBlank");
    expectError(rate([[1]], [[0]]), "#DIV/0!", "fn.err.budgetZero");
    expectError(rate([[1]], [["0.00"]]), "#DIV/0!", "fn.err.budgetZero");
    expectError(rate([[1]], [[10]], [[-10]]), "#DIV/0!", "fn.err.budgetZero");
  });

  test("blank or zero actual gives 0", () => {
    expect(rate([[""]], [[100]])).toBe(0);
    expect(rate([[null]], [[100]])).toBe(0);
    expect(rate([["-"]], [[100]])).toBe(0);
    expect(rate([[0]], [[100]])).toBe(0);
  });

  test("wrong types are #VALUE! with a message naming the parameter", () => {
    const e = expectError(rate([["abc"]], [[100]]), "#VALUE!", "fn.err.notNumber");
    expect(e.message).toBe("执行数不是数字：“abc”");
    expect(expectError(rate([[1]], [["预算"]]), "#VALUE!").message).toContain("预算数");
    expectError(rate([[true]], [[100]]), "#VALUE!", "fn.err.notNumber");
    expectError(rate([[1]], [[100]], [["x"]]), "#VALUE!", "fn.err.notNumber");
    expectError(rate([[{ something: 1 }]], [[100]]), "#VALUE!");
  });

  test("an error in an input cell is passed on with its own code", () => {
    expectError(rate([[{ code: "#N/A" }]], [[100]]), "#N/A", "fn.err.inputError");
    expectError(rate([[1]], [["#DIV/0!"]]), "#DIV/0!", "fn.err.inputError");
    expectError(rate([[1]], [[{ error: "#SPILL!" }]]), "#VALUE!", "fn.err.inputError");
    expectError(rate([[NaN]], [[1]]), "#NUM!");
  });

  test("scalars as hosts may pass them (not wrapped in a matrix)", () => {
    expect(one(execrate(630.97, 4108))).toBeCloseTo(0.1536, 4);
    expect(one(execrate([630.97], [4108]))).toBeCloseTo(0.1536, 4);
  });

  test("a range gives an array, element by element, with broadcasting", () => {
    const column = EXECRATE([[11852.5], [630.97], [109.67]], [[15329.53], [4108], [259]]);
    expect(column.map((r) => pct2(r[0]))).toEqual(["77.32", "15.36", "42.34"]);
    expect(EXECRATE([[1], [2], [3]], [[10]])).toEqual([[0.1], [0.2], [0.3]]);
    expect(EXECRATE([[1, 2, 3]], [[10]])).toEqual([[0.1, 0.2, 0.3]]);
    const mixed = EXECRATE([[1], ["x"], [3]], [[10], [""], [0]]);
    expect(mixed[0][0]).toBe(0.1);
    expectError(mixed[1][0], "#VALUE!");
    expectError(mixed[2][0], "#DIV/0!");
  });

  test("ranges of different sizes: missing cells are #N/A", () => {
    const m = EXECRATE([[1], [2], [3]], [[10], [20]]);
    expect(m[0][0]).toBe(0.1);
    expect(m[1][0]).toBe(0.1);
    expectError(m[2][0], "#N/A", "fn.err.shape");
  });
});

describe("argument values as hosts deliver them", () => {
  test("Excel data-type values are read through basicValue / text", () => {
    expect(rate([[{ type: "Double", basicValue: 630.97 }]], [[{ type: "FormattedNumber", basicValue: 4108, numberFormat: "0.00" }]])).toBeCloseTo(0.1536, 4);
    expect(rate([[{ type: "String", basicValue: "630.97" }]], [[4108]])).toBeCloseTo(0.1536, 4);
    expectError(rate([[{ type: "Error", basicValue: "#DIV/0!", errorType: "Div0" }]], [[1]]), "#DIV/0!", "fn.err.inputError");
    expect(expectError(rate([[{ type: "Entity", text: "某项目" }]], [[1]]), "#VALUE!", "fn.err.notNumber").message).toContain("某项目");
    expect(expectError(rate([[{ a: 1 }]], [[1]]), "#VALUE!", "fn.err.notNumber").message).toContain("[object Object]");
  });

  test("inputs keep all their digits (amounts converted by formula are not rounded first)", () => {
    expect(rate([[1234.56 / 10000]], [[3456.78 / 10000]])).toBeCloseTo(1234.56 / 3456.78, 12);
    expect(pct2(rate([[1234.56 / 10000]], [[3456.78 / 10000]]))).toBe("35.71");
    expect(rate([[0.00015]], [[0.00025]])).toBeCloseTo(0.6, 12);
    expect(rate([[1]], [[1 / 3]])).toBeCloseTo(3, 12);
    expect(rate([[1]], [[0.00001]])).toBeCloseTo(100000, 6);
    // budget + adjustment without float drift
    expect(rate([[0.3]], [[0.1]], [[0.2]])).toBe(1);
  });

  test("a blank budget counts as 0 next to an adjustment", () => {
    expect(rate([[50]], [[null]], [[100]])).toBe(0.5);
    expect(rate([[50]], [[""]], [[100]])).toBe(0.5);
    expectError(rate([[50]], [[null]]), "#DIV/0!", "fn.err.budgetBlank");
    expectError(rate([[50]], [[null]], [[0]]), "#DIV/0!", "fn.err.budgetBlank");
    expectError(rate([[50]], [[100]], [[-100]]), "#DIV/0!", "fn.err.budgetZero");
  });
});
