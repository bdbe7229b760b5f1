import { parsePlainTarget, parseTarget, parseTargetText } from "../../src/model/indicator-target";

/**
 * parseTarget reads the commonest targets ("≤102576.61万元") with one pattern: for every text it
 * takes, the answer must be the full parser's, and every look-alike must go the full way.
 */
describe("parseTarget: the plain-target pattern", () => {
  const ops = ["≤", "≥", "<", ">", "<=", ">="];
  const numbers = ["0", "5", "05", "20", "95", "100", "102576.61", "3.5", "0.25", "1000000", "12345678901234567890"];
  const units = ["万元", "亿元", "千元", "元", "人次", "人", "次", "个", "项", "户", "家", "所", "台", "套", "件", "场", "天", "小时"];

  test("takes symbol + digits + unit, and reads it as the full parser does", () => {
    let taken = 0;
    for (const op of ops) {
      for (const n of numbers) {
        for (const u of units) {
          const text = `${op}${n}${u}`;
          const plain = parsePlainTarget(text);
          expect(plain).toBeDefined();
          expect(plain).toEqual(parseTargetText(text));
          expect(parseTarget(text)).toEqual(parseTargetText(text));
          taken += 1;
        }
      }
    }
    expect(taken).toBe(ops.length * numbers.length * units.length);
  });

  test("gives the symbol, the number and the unit", () => {
    expect(parseTarget("≤102576.61万元")).toEqual({
      kind: "number",
      op: "<=",
      quantity: { value: 102576.61, unit: "万元" },
      explicitOp: true,
      text: "≤102576.61万元",
    });
    expect(parseTarget(">=20人")).toMatchObject({ op: ">=", quantity: { value: 20, unit: "人" } });
    expect(parseTarget("<3天")).toMatchObject({ op: "<", quantity: { value: 3, unit: "天" } });
  });

  // Spaces, full-width forms, other symbols, units the pattern does not list, separators, signs,
  // approximations, dates, ranges and suffixes: the full parser's business.
  test.each([
    "≤ 5 万元",
    "≤5 万元",
    " ≤5万元",
    "≤5万元 ",
    "≤5万",
    "<=5万",
    "≤5万元/人",
    "≤５万元",
    "≤5万元（含）",
    "≤5万元(含)",
    "≦5万元",
    "≧5万元",
    "＜5万元",
    "＞5万元",
    "=5万元",
    "=<5万元",
    "=>5万元",
    "5万元",
    "≤5",
    "≤5%",
    "≥95%",
    "≤1,000万元",
    "≤-5万元",
    "≤+5万元",
    "≤.5万元",
    "≤5.万元",
    "≤5.5.5万元",
    "≤5万元左右",
    "≤5万元以内",
    "≤5万元以下",
    "≤5天内",
    "≤5天前",
    "≤5个月",
    "≤5个工作日",
    "≤5日",
    "≤12月",
    "≤5-8万元",
    "约5万元",
    "不超过5万元",
    "≤5万元以上",
    "",
  ])("%j goes to the full parser, with the same answer", (text) => {
    expect(parsePlainTarget(text)).toBeUndefined();
    expect(parseTarget(text)).toEqual(parseTargetText(text));
  });

  test("look-alikes read as the standard form where the full parser folds them", () => {
    expect(parseTarget("≤ 5 万元")).toEqual({ ...parseTarget("≤5万元"), text: "≤ 5 万元" });
    expect(parseTarget("≤５万元")).toEqual({ ...parseTarget("≤5万元"), text: "≤５万元" });
    expect(parseTarget("≦5万元")).toEqual({ ...parseTarget("≤5万元"), text: "≦5万元" });
    expect(parseTarget("≤5万")).toMatchObject({ kind: "number", op: "<=", quantity: { value: 5, unit: "万" } });
    expect(parseTarget("≤5万元/人")).toMatchObject({ kind: "number", op: "<=", quantity: { value: 5, unit: "万元/人" } });
  });

  test("numbers and empty values are read as before", () => {
    expect(parseTarget(20)).toEqual({ kind: "number", op: "=", quantity: { value: 20, unit: "" }, explicitOp: false, text: "20" });
    expect(parseTarget(null)).toEqual({ kind: "invalid", reason: "empty", text: "" });
    expect(parseTarget(undefined)).toEqual({ kind: "invalid", reason: "empty", text: "" });
  });
});
