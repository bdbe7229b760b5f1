/**
 * A column headed "其中：…" beside the total is a part of it, not all of it: the total is not
 * checked as its sum (桂林 2015 三公 table: 本年预算数 | 其中：公共预算财政拨款). Without "其中" the
 * two columns are the split, and the total must equal it.
 */
import { checkWorkbookSync } from "../../src/engine/check";
import { Row, sheet, workbook } from "./helpers/sheets";

const _ = null;

function threePublic(second: string): Row[] {
  return [
    ["2024年部门“三公”经费支出预算表", _, _],
    [_, "单位:万元", _],
    ["项目", "本年预算数", second],
    ["合计", 34.35, 30],
    ["1.因公出国(境)费用", 0, 0],
    ["2.公务接待费", 1.7, 1.7],
    ["3.公务用车购置及运行费", 32.65, 28.3],
    ["其中:(1)公务用车运行维护费", 32.65, 28.3],
    ["(2)公务用车购置", 0, 0],
  ];
}
const rowSums = (rows: Row[]) => checkWorkbookSync(workbook(sheet("三公", rows))).findings.filter((f) => f.ruleId === "row-sum");

describe("a 其中 column beside the total", () => {
  it("is not the total's only part: a total with other money in it passes", () => {
    expect(rowSums(threePublic("其中：一般公共预算财政拨款"))).toEqual([]);
  });

  it("without 其中, the one source column is the split and the total must equal it", () => {
    expect(rowSums(threePublic("一般公共预算财政拨款")).map((f) => f.cell)).toEqual(["B4", "B7", "B8"]);
  });
});
