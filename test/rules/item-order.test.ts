import { at, runRule } from "./helpers/run";
import { sheet, threePublicRows, workbook, type Row } from "./helpers/sheets";
import { say } from "../support/text";

const assets = (labels: string[]) =>
  workbook(
    sheet("固定资产", [
      ["部门固定资产占用情况表"],
      ["项 目", "数量", "价值（金额单位：万元）"],
      ["资产总额", null, 80.35],
      ...labels.map((l): Row => [l, null, null]),
    ]),
  );

describe("item-order", () => {
  test("items in order pass, 其中 lines and the seed's “三公” table included", () => {
    expect(runRule("item-order", assets(["1、房屋", "其中：办公用房", "2、车辆", "3、单价在20万元以上的设备", "4、其他固定资产"]))).toEqual([]);
    expect(runRule("item-order", workbook(sheet("三公", threePublicRows())))).toEqual([]);
  });

  test("seed 001: “2、车辆” after “3、单价在 20 万元以上的设备” is information at the misplaced item", () => {
    const findings = runRule("item-order", assets(["1、房屋", "3、单价在 20 万元以上的设备", "2、车辆", "4、其他固定资产"]));
    expect(findings.map((f) => [at(f), f.severity, say(f)])).toEqual([["固定资产!A6", "info", "“2、车辆”排在“3、单价在20万元以上的设备”之后，编号顺序不对"]]);
  });

  test("Chinese numbering is its own sequence (四、 after 五、)", () => {
    const findings = runRule("item-order", assets(["一、房屋", "二、车辆", "五、其他固定资产", "四、单价在20万元以上的设备"]));
    expect(findings.map(at)).toEqual(["固定资产!A7"]);
  });
});
