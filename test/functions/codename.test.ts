import { CODENAME } from "../../src/functions/functions";
import { codeOf } from "../../src/functions/codename";
import { expectError, one } from "./helpers";

const name = (code: unknown) => one(CODENAME([[code]]));

describe("CODENAME", () => {
  test("function and economic codes from the bundled catalogue", () => {
    expect(name(2080505)).toBe("机关事业单位基本养老保险缴费支出");
    expect(name("2101101")).toBe("行政单位医疗");
    expect(name(210)).toBe("卫生健康支出");
    expect(name("301")).toBe("工资福利支出");
    expect(name("30101")).toBe("基本工资");
    expect(name("50101")).toBe("工资奖金津补贴");
  });

  test("codes written the way tables write them", () => {
    expect(name("２０８０５０５")).toBe("机关事业单位基本养老保险缴费支出");
    expect(name(" 2080505 ")).toBe("机关事业单位基本养老保险缴费支出");
    expect(name("[2080505]")).toBe("机关事业单位基本养老保险缴费支出");
    expect(name("2080505 机关事业单位基本养老保险缴费支出")).toBe("机关事业单位基本养老保险缴费支出");
    expect(codeOf("208050")).toBeUndefined();
    expect(codeOf(20805.5)).toBeUndefined();
  });

  test("blank gives empty text; unknown is #N/A; not a code is #VALUE!", () => {
    expect(name("")).toBe("");
    expect(name(null)).toBe("");
    const e = expectError(name("999"), "#N/A", "fn.err.codeNotFound");
    expect(e.message).toBe("内置科目目录中没有编码 999");
    expectError(name("abc"), "#VALUE!", "fn.err.codeInvalid");
    expectError(name("208050"), "#VALUE!", "fn.err.codeInvalid");
    expectError(name(true), "#VALUE!", "fn.err.codeInvalid");
    expectError(name({ code: "#REF!" }), "#REF!", "fn.err.inputError");
  });

  test("ranges", () => {
    expect(CODENAME([[201], [205]])).toEqual([["一般公共服务支出"], ["教育支出"]]);
  });

  test("codes written with separators between 类, 款 and 项", () => {
    expect(one(CODENAME([["208.05.05"]]))).toBe(one(CODENAME([[2080505]])));
    expect(one(CODENAME([["208-05"]]))).toBe(one(CODENAME([[20805]])));
    expect(one(CODENAME([["２０８．０５．０５"]]))).toBe(one(CODENAME([[2080505]])));
    expectError(CODENAME([["208.05.055"]]), "#VALUE!", "fn.err.codeInvalid");
    expectError(CODENAME([["2080505.5"]]), "#VALUE!", "fn.err.codeInvalid");
  });
});
