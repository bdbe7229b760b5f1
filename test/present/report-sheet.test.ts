import type { Finding } from "../../src/model/findings";
import { columnHeader, figureCell, figureFormat, findingCells, reportUnit } from "../../src/present/report-sheet";
import { reportPlan } from "../../src/present/report-plan";
import { planFormats } from "../../src/model/write-plan";

const amount = (money: number, signed = false) => ({ money, decimals: 2, ...(signed ? { signed } : {}) });
const mismatch = (unit?: string): Finding => ({
  ruleId: "row-sum",
  messageId: "sums.blankTotal",
  data: {},
  severity: "error",
  sheet: "表3",
  cell: "E9",
  related: [],
  expected: amount(2449000),
  actual: amount(2500000),
  difference: amount(51000, true),
  ...(unit ? { unit } : {}),
});
const score = (): Finding => ({ ruleId: "self-evaluation-score", messageId: "x", data: {}, severity: "info", sheet: "自评", cell: "H9", related: [], expected: 6 });
/** An execution-rate finding: 15.36% expected, 12.36% written, 3 points below. */
const rate = (): Finding => ({
  ruleId: "execution-rate",
  messageId: "rule.execution-rate.message",
  data: { label: "地方资金", expected: { basisPoints: 1536, decimals: 2 }, actual: { basisPoints: 1236, decimals: 2 } },
  severity: "error",
  sheet: "自评1",
  cell: "E7",
  related: [],
  expected: { basisPoints: 1536, decimals: 2 },
  actual: { basisPoints: 1236, decimals: 2 },
  difference: { basisPoints: -300, decimals: 2, points: true },
});
const target = (): Finding => ({ ruleId: "indicator-target-form", messageId: "x", data: {}, severity: "warning", sheet: "目标", cell: "D9", related: [], expected: "≤20万元" });

describe("report cells", () => {
  it("writes amounts as their exact decimal value, scores as numbers and text figures as text", () => {
    expect(findingCells(mismatch("万元"), "zh-CN").slice(5)).toEqual([244.9, 250, 5.1]);
    expect(figureCell(amount(-270000, true))).toBe(-27);
    expect(figureCell(6)).toBe(6);
    expect(figureCell("≤20万元")).toBe("≤20万元");
    expect(figureCell(undefined)).toBe("");
  });

  it("names the unit in the header when every number is an amount in that unit", () => {
    expect(reportUnit([mismatch("万元"), mismatch("万元"), target()])).toBe("万元");
    expect(columnHeader("report.col.expected", "万元", "zh-CN")).toBe("应为（万元）");
    expect(columnHeader("report.col.difference", "万元", "en")).toBe("Difference (万元)");
    expect(columnHeader("report.col.message", "万元", "zh-CN")).toBe("说明");
    // Mixed units, an amount of unknown unit, or a score: the header stays plain.
    expect(reportUnit([mismatch("万元"), mismatch("元")])).toBeUndefined();
    expect(reportUnit([mismatch("万元"), mismatch()])).toBeUndefined();
    expect(reportUnit([mismatch("万元"), score()])).toBeUndefined();
  });

  it("formats with two decimals, a sign on a difference, and the unit in the cell when the header lacks it", () => {
    expect(figureFormat(mismatch("万元"), "expected", "万元", "zh-CN")).toBe("#,##0.00");
    expect(figureFormat(mismatch("万元"), "difference", "万元", "zh-CN")).toBe("+#,##0.00;-#,##0.00;0.00");
    expect(figureFormat(mismatch("元"), "actual", undefined, "zh-CN")).toBe('#,##0.00" 元"');
    expect(figureFormat(mismatch("元"), "difference", undefined, "zh-CN")).toBe('+#,##0.00" 元";-#,##0.00" 元";0.00" 元"');
    expect(figureFormat(score(), "expected", undefined, "zh-CN")).toBe("#,##0.00");
  });

  it("writes a rate as the fraction of a percent cell and a difference between rates in percentage points", () => {
    const cells = findingCells(rate(), "zh-CN");
    expect(cells[4]).toBe("“地方资金”的预算执行率应为 15.36%（全年执行数 ÷ 全年预算数），表中为 12.36%");
    expect(cells.slice(5)).toEqual([0.1536, 0.1236, -3]);
    expect(figureFormat(rate(), "expected", undefined, "zh-CN")).toBe("0.00%");
    expect(figureFormat(rate(), "actual", "万元", "zh-CN")).toBe("0.00%");
    expect(figureFormat(rate(), "difference", undefined, "zh-CN")).toBe('+0.00" 个百分点";-0.00" 个百分点";0.00" 个百分点"');
    expect(figureFormat(rate(), "difference", undefined, "en")).toBe('+0.00" percentage points";-0.00" percentage points";0.00" percentage points"');
    // Rates leave the header plain: the amounts then carry their unit in their own format.
    expect(reportUnit([mismatch("万元"), rate()])).toBeUndefined();
    expect(reportUnit([rate()])).toBeUndefined();
  });
});

describe("the pane's report sheet plan", () => {
  it("writes 应为 / 实为 / 差额 as numbers under headers naming the unit", () => {
    const plan = reportPlan([{ finding: mismatch("万元") }, { finding: target(), note: "已核实" }], "校验结果", "zh-CN");
    expect(plan.rows[1].slice(6, 9)).toEqual(["应为（万元）", "实为（万元）", "差额（万元）"]);
    expect(plan.rows[2].slice(6, 9)).toEqual([244.9, 250, 5.1]);
    expect(plan.rows[3].slice(6, 10)).toEqual(["≤20万元", "", "", "已核实"]);
    // Each figure's number format: a sign on the difference; text cells have none.
    expect(plan.numberFormats?.[2].slice(6, 9)).toEqual(["#,##0.00", "#,##0.00", "+#,##0.00;-#,##0.00;0.00"]);
    expect(plan.numberFormats?.[3].slice(6, 9)).toEqual([null, null, null]);
    expect(plan.numberFormats?.length).toBe(plan.rows.length);
  });

  it("writes rates as percent cells and their difference in percentage points", () => {
    const plan = reportPlan([{ finding: rate() }, { finding: mismatch("元") }], "校验结果", "zh-CN");
    expect(plan.rows[1].slice(6, 9)).toEqual(["应为", "实为", "差额"]);
    expect(plan.rows[2].slice(6, 9)).toEqual([0.1536, 0.1236, -3]);
    expect(planFormats(plan)[2].slice(6, 9)).toEqual(["0.00%", "0.00%", '+0.00" 个百分点";-0.00" 个百分点";0.00" 个百分点"']);
    expect(planFormats(plan)[3].slice(6, 9)).toEqual(['#,##0.00" 元"', '#,##0.00" 元"', '+#,##0.00" 元";-#,##0.00" 元";0.00" 元"']);
    // Text stays text ("@"), including the numbering and the header.
    expect(planFormats(plan)[2][0]).toBe("@");
    expect(planFormats(plan)[1][6]).toBe("@");
  });
});
