import { at, runRule } from "./helpers/run";
import { Row, seedWorkbook, sheet } from "./helpers/sheets";
import { checkWorkbookSync } from "../../src/engine/check";
import { money, say } from "../support/text";

/** A Henan 预算09表: 合计 then 302xx items, 机关运行经费 in 万元. The seed's 公用经费 is 23.90. */
function operatingCosts(total: number | null, items: [string, string, number][] = SEED_ITEMS): Row[] {
  return [
    ["一般公共预算机关运行经费支出情况表"],
    ["部门名称：巨鹿县医疗保障局", null, "单位：万元"],
    ["科目编码", "科目名称", "机关运行经费支出"],
    [null, "合计", total],
    ...items.map(([code, name, amount]): Row => [code, name, amount]),
  ];
}
const SEED_ITEMS: [string, string, number][] = [
  ["30201", "办公费", 10],
  ["30211", "差旅费", 1],
  ["30216", "培训费", 2.2],
  ["30229", "福利费", 2],
  ["30239", "其他交通费用", 6.7],
  ["30299", "其他商品和服务支出", 2],
];

const withT13 = (rows: Row[]) => {
  const wb = seedWorkbook();
  wb.sheets.push(sheet("机关运行经费", rows));
  return wb;
};

describe("cross-operating-costs (X9)", () => {
  test("机关运行经费 23.90 = the 基本支出表's 公用经费 23.90: passes; the table is recognised as T13", () => {
    const wb = withT13(operatingCosts(23.9));
    expect(runRule("cross-operating-costs", wb)).toEqual([]);
    expect(checkWorkbookSync(wb).tables.map((t) => t.template)).toContain("operating-costs");
  });

  test("a different total is a warning at the T13 合计, pointing at the 公用经费 total", () => {
    const findings = runRule("cross-operating-costs", withT13(operatingCosts(25.9, [...SEED_ITEMS, ["30231", "公务用车运行维护费", 2]])));
    expect(findings.map((f) => [at(f), f.severity, f.expected, f.actual])).toEqual([["机关运行经费!C4", "warning", money("23.90"), money("25.90")]]);
    expect(say(findings[0])).toContain("机关运行经费表的合计应等于基本支出表的公用经费合计");
  });

  test("A20: the T13 合计 is checked against its items like any coded table, a whole-number 合计 included", () => {
    const findings = runRule("column-total", withT13(operatingCosts(25)));
    expect(findings.map((f) => [at(f), f.expected, f.actual])).toEqual([["机关运行经费!C4", money("23.90"), money("25.00")]]);
  });
});
