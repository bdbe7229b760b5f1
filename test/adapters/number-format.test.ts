import { formatShape, hiddenByFormat } from "../../src/adapters/xlsx/number-format";

describe("formatShape", () => {
  test.each([
    ["#,##0", { percent: false, decimals: 0, thousands: true }],
    ["0.00", { percent: false, decimals: 2, thousands: false }],
    ["#,##0.00", { percent: false, decimals: 2, thousands: true }],
    ["0.0%", { percent: true, decimals: 1, thousands: false }],
    ['#,##0.00"元"', { percent: false, decimals: 2, thousands: true }],
    ["#,##0.00_);[Red](#,##0.00)", { percent: false, decimals: 2, thousands: true }],
    ["0.0;[红色]-0.0", { percent: false, decimals: 1, thousands: false }],
  ])("%s", (format, shape) => {
    expect(formatShape(format)).toEqual(shape);
  });

  test.each(["General", "general", "@", "yyyy/m/d", "[$-804]yyyy年m月d日", "h:mm", "0.00E+00", "", undefined])("%s is not a plain number format", (format) => {
    expect(formatShape(format)).toBeUndefined();
  });
});

describe("hiddenByFormat", () => {
  const shape = (f: string) => formatShape(f)!;

  test("a format with fewer decimals than the number shows it rounded (half away from zero, as Excel)", () => {
    expect(hiddenByFormat(534.8, shape("#,##0"))).toBe("535");
    expect(hiddenByFormat(1234.5, shape("#,##0"))).toBe("1,235");
    expect(hiddenByFormat(-12.5, shape("0"))).toBe("-13");
    expect(hiddenByFormat(2.675, shape("0.00"))).toBe("2.68");
    expect(hiddenByFormat(34.95, shape("0.0"))).toBe("35.0");
  });

  test("nothing is hidden when the format shows every decimal, float noise included", () => {
    expect(hiddenByFormat(534.8, shape("0.00"))).toBeUndefined();
    expect(hiddenByFormat(0.1 + 0.2, shape("0.00"))).toBeUndefined();
    expect(hiddenByFormat(535, shape("#,##0"))).toBeUndefined();
  });

  test("a percentage format always shows something else than the number", () => {
    expect(hiddenByFormat(0.25, shape("0.0%"))).toBe("25.0%");
    expect(hiddenByFormat(534.8, shape("0%"))).toBe("53480%");
  });
});
