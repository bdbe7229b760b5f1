/**
 * 指标性质 (or 指标方向) written as 正向 / 反向 beside a bare 指标值 (山西's pmkpi levels: 正向 = ＝ ≥ ＞,
 * 反向 = ＜ ≤): the target reads as ≥ / ≤, a 反向 cost is met below its cap, and a cost marked 正向
 * is told at the 指标性质 cell, naming the word to write.
 */
import { checkWorkbookSync } from "../../src/engine/check";
import type { IndicatorTable } from "../../src/recognize/model";
import type { Finding } from "../../src/model/findings";
import { renderMessage } from "../../src/present/render";
import { Row, sheet, workbook } from "../rules/helpers/sheets";

const _ = null;
const told = (f: Finding) => `${f.ruleId} ${f.cell} ${renderMessage(f, "zh-CN")}`;

function selfEvaluation(costKind: string, header = "指标性质"): Row[] {
  return [
    ["2024年项目支出绩效自评表", _, _, _, _, _, _, _],
    ["项目名称", "医疗救助资金", _, _, _, _, _, _],
    ["一级指标", "二级指标", "三级指标", header, "指标值", "度量单位", "实际完成值", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "医疗救助人次", "正向指标", 5000, "人次", 5200, _],
    ["产出指标", "质量指标", "审核准确率", "正向指标", 100, "%", 100, _],
    ["产出指标", "成本指标", "医疗救助资金", costKind, 300, "万元", 280, _],
    ["效益指标", "社会效益指标", "困难群众医疗负担", "反向指标", "≥10%", _, "12%", _],
    ["满意度指标", "服务对象满意度指标", "救助对象满意度", "正向", 90, "%", 93, _],
  ];
}
const check = (rows: Row[]) => checkWorkbookSync(workbook(sheet("自评", rows)));

describe("正向 / 反向 as the direction of a bare 指标值", () => {
  it("reads them as ≥ and ≤; a target that writes its own symbol keeps it", () => {
    const table = check(selfEvaluation("反向指标")).recognition.tables[0] as IndicatorTable;
    expect(table.indicators.map((r) => r.target)).toEqual(["≥5000人次", "≥100%", "≤300万元", "≥10%", "≥90%"]);
    expect(table.indicators.map((r) => r.direction)).toEqual(["正向指标", "正向指标", "反向指标", undefined, "正向"]);
  });

  it("judges a 反向 cost met below its cap, and a 正向 rate of 100% needs no \"=100%\"", () => {
    expect(check(selfEvaluation("反向指标")).findings.map(told)).toEqual([]);
  });

  it("tells a cost marked 正向 at its 指标性质 cell (and, as written, 280 misses ≥300: the reason cell is asked for too)", () => {
    expect(check(selfEvaluation("正向指标")).findings.map(told)).toEqual([
      "indicator-direction D6 成本指标“医疗救助资金”是金额上限，指标性质应为“反向指标”，表中为“正向指标”（指标值读作“≥300万元”）",
      "unmet-without-reason H6 “医疗救助资金”未达到指标值（指标值“≥300万元”，实际完成“280万元”），但没有填写未完成原因和改进措施",
    ]);
  });

  it("reads a column headed 指标方向 the same way", () => {
    expect(check(selfEvaluation("正向指标", "指标方向")).findings.map((f) => `${f.ruleId} ${f.cell}`)).toEqual(["indicator-direction D6", "unmet-without-reason H6"]);
  });
});

describe("正向 / 反向 in the 符号 of a 指标值 split into 符号 | 值 | 单位 (Hebei layout)", () => {
  it("is read and told the same way, at the 符号 cell", () => {
    const rows: Row[] = [
      ["部门整体绩效目标表", _, _, _, _, _],
      ["一级指标", "二级指标", "三级指标", "指标值", _, _],
      [_, _, _, "符号", "值", "单位"],
      ["产出指标", "数量指标", "医疗救助人次", "正向", 5000, "人次"],
      ["产出指标", "成本指标", "医疗救助资金", "正向", 300, "万元"],
      ["效益指标", "社会效益指标", "困难群众医疗负担减轻率", "正向", 10, "%"],
      ["满意度指标", "服务对象满意度指标", "救助对象满意度", "正向", 90, "%"],
    ];
    const merges = [
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 1, right: 5 },
    ];
    const result = checkWorkbookSync(workbook(sheet("目标", rows, merges)));
    expect((result.recognition.tables[0] as IndicatorTable).indicators.map((r) => r.target)).toEqual(["≥5000人次", "≥300万元", "≥10%", "≥90%"]);
    expect(result.findings.filter((f) => f.ruleId === "indicator-direction").map(told)).toEqual([
      "indicator-direction D5 成本指标“医疗救助资金”是金额上限，指标性质应为“反向”，表中为“正向”（指标值读作“≥300万元”）",
    ]);
  });
});
