import { at, runRule } from "./helpers/run";
import { s003Workbook } from "./helpers/goals";
import { fig, say } from "../support/text";

const run = (change?: Parameters<typeof s003Workbook>[0]) => runRule("execution-rate", s003Workbook(change));

describe("execution-rate", () => {
  test("seed 003's rates are B/A to two decimals: 77.32%, 100.00%, 15.36%; as text, as a fraction or as points", () => {
    expect(run()).toEqual([]);
    expect(run((rows) => (rows[4][4] = 0.7732))).toEqual([]);
    expect(run((rows) => (rows[4][4] = "77.32"))).toEqual([]);
    expect(run((rows) => (rows[4][4] = "77.31%"))).toEqual([]); // one hundredth: rounded down, tolerated
  });

  test("a rate that is not B/A is an error at the rate cell", () => {
    const findings = run((rows) => (rows[6][4] = "16.36%"));
    // Typed rates, exact in hundredths of a percent, and the difference in percentage points.
    expect(findings.map((f) => [at(f), f.severity, f.expected, f.actual, f.difference])).toEqual([
      ["自评1!E7", "error", { basisPoints: 1536, decimals: 2 }, { basisPoints: 1636, decimals: 2 }, { basisPoints: 100, decimals: 2, points: true }],
    ]);
    expect([findings[0].expected, findings[0].actual, findings[0].difference].map(fig)).toEqual(["15.36%", "16.36%", "1.00 个百分点"]);
    expect(say(findings[0])).toBe("“地方资金”的预算执行率应为 15.36%（全年执行数 ÷ 全年预算数），表中为 16.36%");
    expect(findings[0].related?.map((r) => r.cell)).toEqual(["D7", "C7"]);
  });

  test("lines without both figures, with a zero budget or a blank rate are not judged", () => {
    expect(run((rows) => (rows[7] = [null, "其他资金", 0, 5, "50%"]))).toEqual([]);
    expect(run((rows) => (rows[4][4] = null))).toEqual([]);
  });

  test("a rate below B/A has a negative difference in percentage points", () => {
    const [f] = run((rows) => (rows[4][4] = "74.32%"));
    expect([f.expected, f.actual, f.difference]).toEqual([{ basisPoints: 7732, decimals: 2 }, { basisPoints: 7432, decimals: 2 }, { basisPoints: -300, decimals: 2, points: true }]);
    expect(fig(f.difference)).toBe("-3.00 个百分点");
  });
});
