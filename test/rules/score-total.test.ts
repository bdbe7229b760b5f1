import { at, runRule } from "./helpers/run";
import { scoredWorkbook } from "./helpers/goals";
import type { Row } from "./helpers/sheets";
import { say } from "../support/text";

/** Two indicators (50 and 40 points) and the execution rate's 10, with a 总分 line under them. */
function withTotal(points: number, score: number) {
  const wb = scoredWorkbook([
    ["系统模块", "≥3个", "3个", 50, 50],
    ["培训人次", "≥100人次", "90人次", 40, 36],
  ]);
  const sheet = wb.sheets[0];
  (sheet.cells as Row[]).push(["总分", null, null, null, null, points, score]);
  sheet.rowCount = sheet.cells.length;
  return wb;
}

describe("score-total", () => {
  test("总分 = the indicators' scores + the execution score (50 + 36 + 9 = 95), points 100", () => {
    expect(runRule("score-total", withTotal(100, 95))).toEqual([]);
  });

  test("a total that is not the sum is an error at the total, naming every part", () => {
    const findings = runRule("score-total", withTotal(100, 98));
    expect(findings.map((f) => [at(f), f.severity, f.expected, f.actual, f.difference])).toEqual([["自评!G12", "error", 95, 98, 3]]);
    expect(findings[0].related?.map((r) => r.cell)).toEqual(["G10", "G11", "H4"]);
    expect(say(findings[0])).toBe("总分行的“得分”应为各项之和 95，实为 98，差额 3");
  });

  test("the 分值 column is added up the same way", () => {
    expect(runRule("score-total", withTotal(90, 95)).map((f) => [at(f), f.expected])).toEqual([["自评!F12", 100]]);
  });

  test("a table without a total line, or with a total that is not a number, is not judged", () => {
    expect(runRule("score-total", scoredWorkbook([["系统模块", "≥3个", "3个", 50, 50]]))).toEqual([]);
    const wb = withTotal(100, 95);
    (wb.sheets[0].cells as Row[])[11][6] = "九十五";
    expect(runRule("score-total", wb)).toEqual([]);
  });
});
