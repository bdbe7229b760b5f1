import { RMBUPPER } from "../../src/functions/functions";
import { rmbUppercase, RMB_MAX_CENTS } from "../../src/functions/lib/rmb-uppercase";
import { expectError, one } from "./helpers";

const rmb = (...args: unknown[]) => one((RMBUPPER as (...a: unknown[]) => never)(...args));

describe("rmbUppercase (core)", () => {
  test.each([
    [0, "零元整"],
    [1, "壹分"],
    [10, "壹角整"],
    [50, "伍角整"],
    [55, "伍角伍分"],
    [100, "壹元整"],
    [105, "壹元零伍分"],
    [150, "壹元伍角整"],
    [1600, "壹拾陆元整"],
    [1000, "壹拾元整"],
    [168032, "壹仟陆佰捌拾元零叁角贰分"], // 会计基础工作规范 example
    [10700053, "壹拾万柒仟元零伍角叁分"], // 会计基础工作规范 example
    [100200, "壹仟零贰元整"],
    [1000100, "壹万零壹元整"],
    [100010000, "壹佰万零壹佰元整"],
    [1000000100, "壹仟万零壹元整"],
    [10000000000, "壹亿元整"],
    [10001000000, "壹亿零壹万元整"],
    [10010000000, "壹亿零壹拾万元整"],
    [53480000, "伍拾叁万肆仟捌佰元整"],
    [123456789012, "壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元零壹角贰分"], // 元位 0 before 角: 零,
    [-1600, "负壹拾陆元整"],
    [RMB_MAX_CENTS, "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"],
  ])("%d 分 → %s", (cents, words) => {
    expect(rmbUppercase(cents)).toBe(words);
  });

  test("out of range or not whole 分", () => {
    expect(rmbUppercase(RMB_MAX_CENTS + 1)).toBeUndefined();
    expect(rmbUppercase(1.5)).toBeUndefined();
  });
});

describe("RMBUPPER", () => {
  test("元 by default, 万元 on request", () => {
    expect(rmb([[1680.32]])).toBe("壹仟陆佰捌拾元零叁角贰分");
    expect(rmb([[534.8]], "万元")).toBe("伍佰叁拾肆万捌仟元整");
    expect(rmb([[1.234567]], "万元")).toBe("壹万贰仟叁佰肆拾伍元陆角柒分");
    expect(rmb([[16]], "元")).toBe("壹拾陆元整");
    expectError(rmb([[16]], "美元"), "#VALUE!", "fn.err.badOption");
  });

  test("rounds to 分, half away from zero", () => {
    expect(rmb([[0.005]])).toBe("壹分");
    expect(rmb([[0.004]])).toBe("零元整");
    expect(rmb([[-0.005]])).toBe("负壹分");
  });

  test("text numbers, full-width digits, negatives, blanks", () => {
    expect(rmb([["1,680.32"]])).toBe("壹仟陆佰捌拾元零叁角贰分");
    expect(rmb([["１６８０．３２"]])).toBe("壹仟陆佰捌拾元零叁角贰分");
    expect(rmb([["(16.00)"]])).toBe("负壹拾陆元整");
    expect(rmb([[""]])).toBe("");
    expect(rmb([[null]])).toBe("");
    expect(rmb([[0]])).toBe("零元整");
  });

  test("wrong types and range limits", () => {
    expectError(rmb([["壹佰"]]), "#VALUE!", "fn.err.notNumber");
    expectError(rmb([[true]]), "#VALUE!", "fn.err.notNumber");
    expectError(rmb([[1e12]]), "#NUM!", "fn.err.tooLarge");
    expectError(rmb([[1e9]], "万元"), "#NUM!", "fn.err.tooLarge");
    expectError(rmb([[{ code: "#N/A" }]]), "#N/A");
  });

  test("ranges", () => {
    expect(RMBUPPER([[1], [10.5]])).toEqual([["壹元整"], ["壹拾元零伍角整"]]);
  });

  test("a percentage is not an amount", () => {
    expectError(RMBUPPER([["10%"]]), "#VALUE!", "fn.err.notNumber");
  });
});
