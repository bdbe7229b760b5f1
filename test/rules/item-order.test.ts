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

  test("a 一、 heading starts its Arabic items again (“二、相关统计数” after “3、公务用车费”); out of order within a section is still found", () => {
    const items = (labels: string[]) =>
      workbook(
        sheet("三公", [
          ["台创园2017年度部门“三公”经费预算情况表", null, null],
          [null, null, "单位:元"],
          ["项目", "2016年执行数", "2017年预算数"],
          ...labels.map((l): Row => [l, null, null]),
        ]),
      );
    const sections = ["一、支出合计", "1、因公出国(境)费用", "2、公务接待费", "3、公务用车费", "其中:(1)公务用车运行维护费", "(2)公务用车购置"];
    expect(runRule("item-order", items([...sections, "二、相关统计数", "1.因公出国(境)团组数(个)", "2.因公出国(境)人数(人)", "三、“三公”经费增减变化原因等说明"]))).toEqual([]);
    const findings = runRule("item-order", items([...sections, "二、相关统计数", "2.因公出国(境)人数(人)", "1.因公出国(境)团组数(个)"]));
    expect(findings.map((f) => [at(f), say(f)])).toEqual([["三公!A12", "“1.因公出国(境)团组数(个)”排在“2.因公出国(境)人数(人)”之后，编号顺序不对"]]);
  });
});
