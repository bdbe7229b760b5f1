import { at, runRule } from "./helpers/run";
import { scoredWorkbook } from "./helpers/goals";
import { sheet, workbook } from "./helpers/sheets";
import { say } from "../support/text";

/** Indicators worth `points` each, with the funding block's 预算执行率 worth 10. */
const withPoints = (...points: number[]) =>
  scoredWorkbook(points.map((p, i) => [`指标${"甲乙丙丁戊己庚辛"[i]}`, "≥1个", "1个", p, p] as [string, string, string, number, number]));

describe("indicator-weights", () => {
  test("10 for the execution rate plus 90 over the indicators is 100: passes", () => {
    expect(runRule("indicator-weights", withPoints(50, 30, 10))).toEqual([]);
  });

  test("points that do not add up to 100 are a warning at the 分值 header, with the breakdown", () => {
    const findings = runRule("indicator-weights", withPoints(50, 30, 20));
    expect(findings.map((f) => [at(f), f.severity, f.expected, f.actual, f.difference])).toEqual([["自评!F9", "warning", 100, 110, 10]]);
    expect(say(findings[0])).toBe("分值合计为 110 分（3 项指标共 100 分，预算执行率 10 分），应为 100 分");
  });

  test("a 部门整体 table with 评(扣)分标准 weights; a 合计 row is not counted twice", () => {
    const rows = [
      ["部门整体绩效目标表"],
      ["一级指标", "二级指标", "三级指标", "指标值", "评(扣)分标准"],
      ["产出指标", "数量指标", "完成项目数", "≥5个", 60],
      ["效益指标", "社会效益", "群众受益面", "明显扩大", 30],
      ["满意度指标", "服务对象满意度", "群众满意度", "≥90%", 10],
      ["合计", null, "合计", null, 100],
    ];
    expect(runRule("indicator-weights", workbook(sheet("整体", rows)))).toEqual([]);
    rows[4][4] = 5;
    expect(runRule("indicator-weights", workbook(sheet("整体", rows))).map((f) => f.actual)).toEqual([95]);
  });

  test("a weight that is not a number leaves the sum unjudged", () => {
    const wb = scoredWorkbook([["指标甲", "≥1个", "1个", "五十", 50]]);
    expect(runRule("indicator-weights", wb)).toEqual([]);
  });
});
