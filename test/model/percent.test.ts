/** Exact rates (#16): hundredths of a percent as integers, shown as the rules always showed them. */
import { basisPointsFromFraction, basisPointsToFraction, basisPointsToPercent, formatBasisPoints } from "../../src/model/percent";
import { isMoneyValue, isPercentValue, percentValue, pointsValue } from "../../src/model/findings";
import { findingKey } from "../../src/model/host-port";
import type { Finding } from "../../src/model/findings";

describe("basis points", () => {
  it("round a fraction once, to the nearest hundredth of a percent", () => {
    expect(basisPointsFromFraction(11852.5 / 15329.53)).toBe(7732); // seed 003: 77.32%
    expect(basisPointsFromFraction(1)).toBe(10000);
    expect(basisPointsFromFraction(0.43)).toBe(4300); // 0.43 × 10000 = 4299.999…
    expect(basisPointsFromFraction(-0.00001)).toBe(0);
    expect(Object.is(basisPointsFromFraction(-0.00001), -0)).toBe(false);
  });

  it("format exactly at two decimals, or fewer as written", () => {
    expect(formatBasisPoints(7732)).toBe("77.32");
    expect(formatBasisPoints(10000)).toBe("100.00");
    expect(formatBasisPoints(5)).toBe("0.05");
    expect(formatBasisPoints(-300)).toBe("-3.00");
    expect(formatBasisPoints(-5)).toBe("-0.05");
    expect(formatBasisPoints(0)).toBe("0.00");
    expect(formatBasisPoints(4300, 0)).toBe("43");
    expect(formatBasisPoints(4350, 1)).toBe("43.5");
    expect(formatBasisPoints(4355, 1)).toBe("43.6"); // half away from zero
    expect(formatBasisPoints(-4355, 1)).toBe("-43.6");
    expect(formatBasisPoints(-4, 1)).toBe("0.0"); // no "-0.0"
  });

  it("agree with the text the rules wrote before rates were typed", () => {
    const before = (fraction: number) => `${(Math.round(fraction * 10000) / 100).toFixed(2)}`;
    for (let bp = -20000; bp <= 20000; bp += 7) expect(formatBasisPoints(bp)).toBe(before(bp / 10000));
  });

  it("convert to the percentage people read and the fraction a percent cell holds", () => {
    expect(basisPointsToPercent(7732)).toBe(77.32);
    expect(basisPointsToPercent(-300)).toBe(-3);
    expect(basisPointsToFraction(7732)).toBe(0.7732);
    expect(basisPointsToFraction(10000)).toBe(1);
  });
});

describe("PercentValue", () => {
  it("is told apart from amounts and text", () => {
    expect(isPercentValue(percentValue(7732))).toBe(true);
    expect(isPercentValue(pointsValue(-300))).toBe(true);
    expect(isPercentValue({ money: 7732, decimals: 2 })).toBe(false);
    expect(isPercentValue("77.32%")).toBe(false);
    expect(isPercentValue(null)).toBe(false);
    expect(isMoneyValue(percentValue(7732))).toBe(false);
    expect(percentValue(4300, 0)).toEqual({ basisPoints: 4300, decimals: 0 });
    expect(pointsValue(-300)).toEqual({ basisPoints: -300, decimals: 2, points: true });
  });

  it("keys a finding as its text did, so explanations saved before still match", () => {
    const finding = (rate: Finding["data"][string]): Finding => ({
      ruleId: "unexplained-execution",
      messageId: "rule.unexplained-execution.message",
      data: { rate },
      severity: "warning",
      sheet: "自评1",
      cell: "E5",
      related: [],
    });
    expect(findingKey(finding(percentValue(9525)))).toBe(findingKey(finding("95.25%")));
    expect(findingKey(finding(percentValue(9525)))).not.toBe(findingKey(finding(percentValue(9526))));
    expect(findingKey(finding(pointsValue(-300)))).not.toBe(findingKey(finding(pointsValue(300))));
  });
});
