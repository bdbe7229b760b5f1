import { formatMoney, moneyFromDecimalString, moneyFromNumber, roundMoney, sumMoney, decimalsUsed } from "../../src/model/money";

describe("money", () => {
  it("adds without float drift", () => {
    const parts = [0.1, 0.2, 311.05, 0.1].map(moneyFromNumber);
    expect(formatMoney(sumMoney(parts))).toBe("311.45");
    expect(0.1 + 0.2 + 311.05 + 0.1).not.toBe(311.45); // the float sum drifts; ours does not
    expect(sumMoney([34.9, 474.9, 25].map(moneyFromNumber))).toBe(moneyFromNumber(534.8));
  });

  it("reads Excel doubles such as 311.15000000000009 as the amount typed", () => {
    expect(moneyFromNumber(311.15000000000009)).toBe(3111500);
    expect(moneyFromNumber(-0.1 - 0.2)).toBe(-3000);
  });

  it("parses decimal strings exactly, rounding past four places half away from zero", () => {
    expect(moneyFromDecimalString("1234.50")).toBe(12345000);
    expect(moneyFromDecimalString("-0.00005")).toBe(-1);
    expect(moneyFromDecimalString("1e3")).toBe(10000000);
    expect(moneyFromDecimalString("12.3.4")).toBeNull();
    expect(moneyFromDecimalString("")).toBeNull();
  });

  it("formats with a fixed number of decimals, rounding half away from zero", () => {
    expect(formatMoney(5348000)).toBe("534.80");
    expect(formatMoney(12350, 2)).toBe("1.24");
    expect(formatMoney(-12350, 2)).toBe("-1.24");
    expect(formatMoney(12349, 2)).toBe("1.23");
    expect(formatMoney(7732, 4)).toBe("0.7732");
    expect(formatMoney(5348000, 0)).toBe("535");
    expect(roundMoney(-50, 2)).toBe(-100);
  });

  it("knows how many decimals an amount uses", () => {
    expect([decimalsUsed(10000), decimalsUsed(15000), decimalsUsed(12300), decimalsUsed(12340), decimalsUsed(12345)]).toEqual([0, 1, 2, 3, 4]);
  });
});
