import { YOYCHANGE } from "../../src/functions/functions";
import { parseYoyForm } from "../../src/functions/yoychange";
import { yearOverYear, yoySentence } from "../../src/functions/lib/yoy";
import { expectError, one, pct2 } from "./helpers";

const yoy = (...args: unknown[]) => one((YOYCHANGE as (...a: unknown[]) => never)(...args));

describe("YOYCHANGE", () => {
  test("S001: 534.8 against 460.99 → 增加73.81万元，增长16.01%", () => {
    expect(pct2(yoy([[534.8]], [[460.99]]))).toBe("16.01");
    expect(yoy([[534.8]], [[460.99]], "差额")).toBe(73.81);
    expect(yoy([[534.8]], [[460.99]], "文字")).toBe("增加73.81万元，增长16.01%");
  });

  test("decrease and no change", () => {
    expect(yoy([[400]], [[460.99]], "文字")).toBe("减少60.99万元，下降13.23%");
    expect(yoy([[400]], [[460.99]], "差额")).toBe(-60.99);
    expect(pct2(yoy([[400]], [[460.99]]))).toBe("-13.23");
    expect(yoy([[12.5]], [["12.50"]], "文字")).toBe("持平");
    expect(yoy([[12.5]], [[12.5]])).toBe(0);
    expect(yoy([[12.5]], [[12.5]], "差额")).toBe(0);
  });

  test("zero base: not comparable, never a fake 100% or 0%", () => {
    const e = expectError(yoy([[5]], [[0]]), "#N/A", "fn.err.notComparable");
    expect(e.message).toBe("上年数为 0，增减率不可比");
    expect(yoy([[5]], [[0]], "文字")).toBe("增加5.00万元（上年为0，不可比）");
    expect(yoy([[5]], [[""]], "文字")).toBe("增加5.00万元（上年为0，不可比）");
    expect(yoy([[-5]], [[0]], "文字")).toBe("减少5.00万元（上年为0，不可比）");
    expect(yoy([[5]], [[0]], "差额")).toBe(5);
    // both years zero: no change (S001 "与 2022 年相比无增减变化")
    expect(yoy([[0]], [[0]], "文字")).toBe("持平");
    expect(yoy([[0]], [[0]])).toBe(0);
    expect(yoy([[""]], [[""]], "文字")).toBe("持平");
  });

  test("negative base: the rate has the sign of the change", () => {
    expect(yoy([[-5]], [[-10]])).toBe(0.5);
    expect(yoy([[-5]], [[-10]], "文字")).toBe("增加5.00万元，增长50.00%");
    expect(yoy([[-15]], [[-10]], "文字")).toBe("减少5.00万元，下降50.00%");
  });

  test("two decimals, half away from zero, exact", () => {
    expect(yoy([[1.125]], [[1]], "文字")).toBe("增加0.13万元，增长12.50%");
    expect(yoy([[1]], [[1.125]], "文字")).toBe("减少0.13万元，下降11.11%");
    expect(yoy([[100.001]], [[100]], "文字")).toBe("持平");
    expect(yoy([[3]], [[2]], "文字")).toBe("增加1.00万元，增长50.00%");
    expect(yoy([[1]], [[3]], "文字")).toBe("减少2.00万元，下降66.67%");
  });

  test("unit of the sentence", () => {
    expect(yoy([[534.8]], [[460.99]], "文字", "元")).toBe("增加73.81元，增长16.01%");
    expect(yoy([[534.8]], [[460.99]], "文字", [["亿元"]])).toBe("增加73.81亿元，增长16.01%");
    expectError(yoy([[1]], [[2]], "文字", "12"), "#VALUE!", "fn.err.badUnit");
  });

  test("form names", () => {
    expect(parseYoyForm("")).toBe("rate");
    expect(parseYoyForm("比率")).toBe("rate");
    expect(parseYoyForm(" 差额 ")).toBe("amount");
    expect(parseYoyForm("文字")).toBe("text");
    expect(parseYoyForm("TEXT")).toBe("text");
    expect(parseYoyForm("说明")).toBe("text");
    const e = expectError(yoy([[1]], [[2]], "句式"), "#VALUE!", "fn.err.badOption");
    expect(e.message).toContain("形式");
    expect(e.message).toContain("句式");
    expectError(yoy([[1]], [[2]], [["文字", "差额"]]), "#VALUE!", "fn.err.notSingle");
  });

  test("text numbers, full-width digits, wrong types", () => {
    expect(yoy([["534.80"]], [["４６０．９９"]], "文字")).toBe("增加73.81万元，增长16.01%");
    expect(yoy([["1,534.80"]], [["1,460.99"]], "差额")).toBe(73.81);
    expect(expectError(yoy([["abc"]], [[1]]), "#VALUE!", "fn.err.notNumber").message).toContain("本年");
    expect(expectError(yoy([[1]], [[false]]), "#VALUE!", "fn.err.notNumber").message).toContain("上年");
    expectError(yoy([[{ code: "#REF!" }]], [[1]]), "#REF!", "fn.err.inputError");
  });

  test("ranges give arrays", () => {
    const m = YOYCHANGE([[534.8], [400], [5]], [[460.99], [460.99], [0]], "文字");
    expect(m).toEqual([["增加73.81万元，增长16.01%"], ["减少60.99万元，下降13.23%"], ["增加5.00万元（上年为0，不可比）"]]);
    const rates = YOYCHANGE([[534.8, 5]], [[460.99, 0]]);
    expect(pct2(rates[0][0])).toBe("16.01");
    expectError(rates[0][1], "#N/A");
  });

  test("core: yearOverYear and yoySentence", () => {
    const y = yearOverYear(534.8, 460.99);
    expect(y.delta).toBe(738100);
    expect(y.comparable).toBe(true);
    expect(yoySentence(y)).toBe("增加73.81万元，增长16.01%");
    expect(yearOverYear(10, 0).comparable).toBe(false);
    expect(Number.isNaN(yearOverYear(10, 0).rate)).toBe(true);
  });

  test("rates from the amounts as given, not rounded to 0.0001 first", () => {
    expect(one(YOYCHANGE([[1 / 3]], [[1 / 6]]))).toBeCloseTo(1, 12);
    expect(yoy([[0.345678]], [[0.123456]], "文字")).toBe("增加0.22万元，增长180.00%");
    expect(yoy([[12345.67 / 10000]], [[10000 / 10000]], "文字")).toBe("增加0.23万元，增长23.46%");
  });
});
