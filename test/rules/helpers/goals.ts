import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot";
import { sheet, workbook, type Row } from "./sheets";

/** One indicator line: 一级, 二级, 三级, 指标值 (description and basis are filled in). */
export type Indicator = [level1: string, level2: string, name: string, target: CellValue];

/** The seven lines of a typical project goal table (S001 table 1), all correct. */
export function typicalIndicators(): Indicator[] {
  return [
    ["产出指标", "数量指标", "医保重点工作完成情况", "≥5项"],
    ["产出指标", "质量指标", "资金使用的准确性", "≥99%"],
    ["产出指标", "时效指标", "完成及时率", "≥99%"],
    ["产出指标", "成本指标", "资金成本", "≤20 万元"],
    ["效益指标", "社会效益指标", "权益保障率", "≥99%"],
    ["效益指标", "可持续影响指标", "长期使用率", "≥95%"],
    ["满意度指标", "服务对象满意度指标", "公众满意度", "≥95%"],
  ];
}

/**
 * A project goal table as the Hebei template lays it out: title, header on row 3 (0-based 2),
 * indicators from row 4 (0-based 3), so indicator i sits on sheet row 4 + i (A1 numbering).
 * Columns: A 一级, B 二级, C 三级, D 描述, E 指标值, F 依据.
 */
export function goalWorkbook(indicators: Indicator[], title = "1、长期护理保险专项经费绩效目标表"): WorkbookSnapshot {
  const rows: Row[] = [
    [title],
    ["项目名称", "长期护理保险专项经费"],
    ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
    ...indicators.map(([l1, l2, name, target]): Row => [l1, l2, name, `${name}的描述`, target, "计划标准"]),
  ];
  return workbook(sheet("绩效1", rows));
}

/** A self-evaluation table: header on row 1, indicators from row 2; E 指标值, F 实际完成值, G 原因. */
export function selfEvaluationWorkbook(lines: [name: string, target: CellValue, actual: CellValue, reason: CellValue][]): WorkbookSnapshot {
  const rows: Row[] = [
    ["城乡居民基本医疗保险补助资金绩效目标自评表"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
    ...lines.map(([name, target, actual, reason]): Row => [null, "产出指标", "数量指标", name, target, actual, reason]),
  ];
  return workbook(sheet("自评", rows));
}
