import { isTransposition } from "../../../src/engine/locate";

describe("isTransposition", () => {
  it("sees two neighbouring digits swapped", () => {
    expect(isTransposition(15230000, 12530000)).toBe(true); // 1523.00 for 1253.00
    expect(isTransposition(8900, 9800)).toBe(true); // 0.89 for 0.98
    expect(isTransposition(-5400, -4500)).toBe(true);
  });
  it("rejects other differences, even multiples of 9", () => {
    expect(isTransposition(15230000, 12530000 + 9)).toBe(false);
    expect(isTransposition(3210000, 1230000)).toBe(false); // 321 for 123: not neighbours
    expect(isTransposition(50000, 5000)).toBe(false); // 5.00 for 0.50: a slipped decimal point
    expect(isTransposition(1800, 900)).toBe(false);
    expect(isTransposition(5400, -4500)).toBe(false);
    expect(isTransposition(1234, 1234)).toBe(false);
  });
});
