import { parseValue, parseText, normalizeText, numberDecimals, squeeze } from "../../src/model/values";

describe("parseValue", () => {
  it.each([
    ["1,234.50", 1234.5, 2],
    ["１２３４．５０", 1234.5, 2],
    ["  12.5 ", 12.5, 1],
    ["(1,234.00)", -1234, 2],
    ["－3", -3, 0],
    ["+7", 7, 0],
    [".5", 0.5, 1],
    ["￥1,234.50", 1234.5, 2],
    ["¥12", 12, 0],
    ["-￥12.5", -12.5, 1],
    ["￥(50.00)", -50, 2],
  ])("reads %j typed as text as %d", (text, value, decimals) => {
    expect(parseValue(text)).toEqual({ kind: "number", value, fromText: true, percent: false, decimals });
  });

  it("reads percentages as fractions without float noise", () => {
    expect(parseValue("77.32%")).toEqual({ kind: "number", value: 0.7732, fromText: true, percent: true, decimals: 2 });
    expect(parseValue("１００％")).toMatchObject({ value: 1, percent: true });
  });

  it.each(["", "-", "—", "——", "－", "--", "/", "   "])("treats %j as empty", (text) => {
    expect(parseValue(text)).toEqual({ kind: "empty" });
  });

  it("keeps real text and error values apart from numbers", () => {
    expect(parseValue("待定")).toEqual({ kind: "text", text: "待定" });
    expect(parseValue("12..5")).toMatchObject({ kind: "text" });
    expect(parseValue("￥")).toMatchObject({ kind: "text" });
    expect(parseValue("12￥")).toMatchObject({ kind: "text" });
    expect(parseValue("1,23,4")).toMatchObject({ kind: "text" });
    expect(parseValue({ error: "#REF!" })).toEqual({ kind: "error", code: "#REF!" });
    expect(parseText("#DIV/0!")).toEqual({ kind: "error", code: "#DIV/0!" });
    expect(parseValue(true)).toEqual({ kind: "text", text: "TRUE" });
    expect(parseValue(null)).toEqual({ kind: "empty" });
    expect(parseValue(Number.NaN)).toEqual({ kind: "error", code: "#NUM!" });
  });

  it("reports numbers' decimals for the hygiene rules", () => {
    expect(parseValue(534.8)).toMatchObject({ kind: "number", fromText: false, decimals: 1 });
    expect(numberDecimals(1.2345)).toBe(4);
    expect(numberDecimals(1e-7)).toBe(7);
    expect(numberDecimals(120)).toBe(0);
  });

  it("normalises full-width text and squeezes PDF-broken words", () => {
    expect(normalizeText("\u3000ＡＢＣ\u00a0")).toBe("ABC");
    expect(squeeze("行政事业单位 \n 医疗")).toBe("行政事业单位医疗");
  });
});
