/** T11 政府采购预算表: recognised by its title and column groups, A19 checked by the row-sum rule. */
import { at, runRule } from "./helpers/run";
import { sheet, workbook, type Row } from "./helpers/sheets";
import { checkWorkbookSync } from "../../src/engine/check";
import type { LabeledTable } from "../../src/recognize/model";
import { money } from "../support/text";

/** Hebei layout: two header rows, one purchase (合计 12 = 一般公共预算 10 + 单位资金 2). */
function procurement(line: (number | string | null)[] = ["医保信息系统维护", 12, "软件运维服务", "C16", "项", 1, 12, 12, 10, null, null, null, 2, null, null, 3]): Row[] {
  return [
    ["部门政府采购预算"],
    ["450 巨鹿县医疗保障局", null, null, null, null, null, null, "单位：万元"],
    ["政府采购项目来源", null, "采购物品名称", "政府采购目录序号", "计量单位", "数量", "单价", "政府采购金额（当年部门预算安排资金）", null, null, null, null, null, null, null, "2023年预留中小微企业份额"],
    ["项目名称", "预算资金", null, null, null, null, null, "合计", "一般公共预算拨款", "基金预算拨款", "国有资本经营预算拨款", "财政专户核拨", "单位资金", "财政拨款结转", "非财政拨款结转结余", null],
    line,
  ];
}
const merges = [
  { top: 2, left: 0, bottom: 2, right: 1 },
  { top: 2, left: 7, bottom: 2, right: 14 },
  ...[2, 3, 4, 5, 6, 15].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
];

describe("政府采购预算表 (T11)", () => {
  test("is recognised, its sources read from the column groups; a purchase that adds up passes A19", () => {
    const wb = workbook(sheet("政府采购", procurement(), merges));
    const result = checkWorkbookSync(wb);
    const table = result.recognition.tables[0] as LabeledTable;
    expect(table.template).toBe("procurement");
    expect(table.columns.map((c) => c.role)).toEqual([
      "label", "budget", "item", "catalogue", "measure", "quantity", "price",
      "total", "gp", "fund", "soe", "special", "unitFunds", "fiscalCarry", "otherCarry", "sme",
    ]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("A19: a 合计 that is not the sum of its sources is an error (the 中小微企业 share is not a source)", () => {
    const line = ["医保信息系统维护", 12, "软件运维服务", "C16", "项", 1, 12, 15, 10, null, null, null, 2, null, null, 3];
    const findings = runRule("row-sum", workbook(sheet("政府采购", procurement(line), merges)));
    expect(findings.map((f) => [at(f), f.severity, f.expected, f.actual])).toEqual([["政府采购!H5", "error", money("12.00"), money("15.00")]]);
  });
});
