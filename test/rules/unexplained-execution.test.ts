import { at, runRule } from "./helpers/run";
import { s003Workbook } from "./helpers/goals";
import { fig, say } from "../support/text";

const run = (change?: Parameters<typeof s003Workbook>[0]) => runRule("unexplained-execution", s003Workbook(change));

describe("unexplained-execution", () => {
  test("seed 003 table 1: 77.32% executed and “说明 无” is an error at the rate cell", () => {
    const findings = run();
    expect(findings.map((f) => [at(f), f.severity, f.expected, f.actual])).toEqual([["自评1!E5", "error", { basisPoints: 10000, decimals: 2 }, { basisPoints: 7732, decimals: 2 }]]);
    expect([fig(findings[0].expected), fig(findings[0].actual)]).toEqual(["100.00%", "77.32%"]);
    expect(findings[0].data).toEqual({ rate: { basisPoints: 7732, decimals: 2 } });
    expect(findings[0].related).toEqual([{ sheet: "自评1", cell: "B12" }]);
    expect(say(findings[0])).toBe("预算执行率为 77.32%，未全部执行，但没有说明原因和改进措施（“说明”栏为空或为“无”）");
  });

  test("between 90% and 100% it is a warning", () => {
    expect(run((rows) => (rows[4][3] = 14500)).map((f) => f.severity)).toEqual(["warning"]);
  });

  test("fully executed, or explained on the 说明 line (in its own cell or after 说明：), passes", () => {
    expect(run((rows) => (rows[4][3] = 15329.53))).toEqual([]);
    expect(run((rows) => (rows[11] = ["说明", "地方资金年底才到位，结转下年使用"]))).toEqual([]);
    expect(run((rows) => (rows[11] = ["说明：地方资金年底才到位，结转下年使用"]))).toEqual([]);
  });
});
