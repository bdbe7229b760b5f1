import { at, runRule } from "./helpers/run";
import { sheet, workbook, type Row } from "./helpers/sheets";
import { money, say } from "../support/text";

/** Seed 001's 固定资产占用情况表 (items 3 before 2, as published), with the values given. */
function assets(total: number | null, values: (number | null)[] = [null, null, null, null, 80.35]) {
  const rows: Row[] = [
    ["部门固定资产占用情况表"],
    ["450 巨鹿县医疗保障局", "预算年度：2023", "单位：万元"],
    ["项 目", "数量", "价值（金额单位：万元）"],
    ["资产总额", null, total],
    ["1、房屋（平方米）", 1200, values[0]],
    ["其中：办公用房（平方米）", 800, values[1]],
    ["3、单价在 20 万元以上的设备", null, values[2]],
    ["2、车辆（台、辆）", 2, values[3]],
    ["4、其他固定资产", null, values[4]],
  ];
  return workbook(sheet("固定资产", rows));
}

describe("assets-total (A21)", () => {
  test("seed 001: 资产总额 80.35 = 其他固定资产 80.35; 办公用房 is inside 房屋, 数量 is not added", () => {
    expect(runRule("assets-total", assets(80.35))).toEqual([]);
    expect(runRule("assets-total", assets(180.35, [60, 50, 20, 20, 80.35]))).toEqual([]);
  });

  test("a total that is not the sum of the four items is an error at the total's value cell", () => {
    const findings = runRule("assets-total", assets(90.35));
    expect(findings.map((f) => [at(f), f.severity, f.expected, f.actual])).toEqual([["固定资产!C4", "error", money("80.35"), money("90.35")]]);
    expect(say(findings[0])).toContain("资产总额 = 房屋(平方米) + 单价在20万元以上的设备 + 车辆(台、辆) + 其他固定资产");
  });
});
