import { CHECKTOTAL } from "../../src/functions/functions";
import { checktotal, parseCheckTotalOption, DEFAULT_TOLERANCE } from "../../src/functions/checktotal";
import { expectError } from "./helpers";

/** As Excel calls it: the repeating parameter is one array of matrices. */
const check = (total: unknown, ...parts: unknown[]) => CHECKTOTAL(total, parts.map((p) => (Array.isArray(p) ? p : [[p]])) as never);

describe("CHECKTOTAL", () => {
  test("the issue's figures: 534.80 = 34.90 + 474.90 + 25.00", () => {
    expect(check(534.8, 34.9, 474.9, 25.0)).toBe(true);
    expect(check(534.8, 34.9, 474.9, 25.01)).toBe(false);
    expect(check(534.8, [[34.9, 474.9, 25.0]])).toBe(true);
    expect(check(534.8, [[34.9], [474.9]], 25)).toBe(true);
  });

  test("exact: no float drift", () => {
    expect(check(0.3, 0.1, 0.2)).toBe(true);
    expect(check(311.15, [[100.05], [211.1]])).toBe(true);
    const many = Array.from({ length: 1000 }, () => [0.01]);
    expect(check(10, many)).toBe(true);
  });

  test("default tolerance is 0.005, inclusive", () => {
    expect(DEFAULT_TOLERANCE).toBe(50);
    expect(check(1.005, 1)).toBe(true);
    expect(check(1.0051, 1)).toBe(false);
    expect(check(0.995, 1)).toBe(true);
  });

  test("tolerance and difference options", () => {
    expect(check(534.8, 34.9, 474.9, 25.01, "容差0.01")).toBe(true);
    expect(check(534.8, 34.9, 474.9, 25.01, "±0.01")).toBe(true);
    expect(check(534.8, 34.9, 474.9, 25.02, "容差=0.01")).toBe(false);
    expect(check(534.8, "容差：0.02", 34.9, 474.9, 25.02)).toBe(true);
    expect(check(534.8, 34.9, 474.9, 25.01, "差额")).toBe(-0.01);
    expect(check(534.8, 34.9, 474.9, 25.0, "差额")).toBe(0);
    expect(check(535, 34.9, 474.9, 25.0, "差额")).toBe(0.2);
    expectError(check(1, 1, "容差abc"), "#VALUE!", "fn.err.tolerance");
    expectError(check(1, 1, "容差-0.01"), "#VALUE!", "fn.err.tolerance");
    expect(parseCheckTotalOption("DIFF")).toEqual({ form: "difference" });
    expect(parseCheckTotalOption("容差 0.01")).toEqual({ tolerance: 100 });
    expect(parseCheckTotalOption("25.00")).toBeUndefined();
  });

  test("blanks count as zero", () => {
    expect(check(534.8, 34.9, "", 474.9, null, 25)).toBe(true);
    expect(check(534.8, [[34.9, "", "—"], [474.9, null, 25]])).toBe(true);
    expect(check("", 0)).toBe(true);
    expect(check(null, "-")).toBe(true);
    expect(check(0.01, "")).toBe(false);
  });

  test("text numbers and full-width digits are parsed", () => {
    expect(check("534.80", "34.90", "474.90", "25.00")).toBe(true);
    expect(check("５３４．８０", "３４．９０", "４７４．９０", "２５．００")).toBe(true);
    expect(check("1,534.80", "1,034.90", " 474.90 ", 25)).toBe(true);
  });

  test("negatives", () => {
    expect(check(-10, -4, -6)).toBe(true);
    expect(check(0, 10, "(10.00)")).toBe(true);
    expect(check(5, 10, -5)).toBe(true);
  });

  test("wrong types are #VALUE! with a message", () => {
    const e = expectError(check(534.8, [["小计", 34.9]]), "#VALUE!", "fn.err.textInParts");
    expect(e.message).toContain("小计");
    expectError(check(534.8, "合计"), "#VALUE!", "fn.err.textInParts");
    expectError(check(534.8, true), "#VALUE!", "fn.err.textInParts");
    expect(expectError(check("abc", 1), "#VALUE!", "fn.err.notNumber").message).toContain("合计");
    expectError(check([[1, 2]], 3), "#VALUE!", "fn.err.notSingle");
    expectError(check(1, { code: "#N/A" }), "#N/A", "fn.err.inputError");
    // an option inside a multi-cell range is not an option
    expectError(check(534.8, [[34.9, "差额"]]), "#VALUE!", "fn.err.textInParts");
  });

  test("pure form takes plain values too", () => {
    expect(checktotal(534.8, [34.9, 474.9, 25])).toBe(true);
    expect(checktotal([[534.8]], [[[34.9, 474.9, 25]]])).toBe(true);
    expect(checktotal(0, [])).toBe(true);
  });
});
