import type { CellValue, WorkbookSnapshot } from "../../../src/model/snapshot";
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
export function goalWorkbook(indicators: Indicator[], title = "1、长期护理保险专项经费绩效目标表", project = projectInTitle(title)): WorkbookSnapshot {
  const rows: Row[] = [
    [title],
    ["项目名称", project],
    ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
    ...indicators.map(([l1, l2, name, target]): Row => [l1, l2, name, `${name}的描述`, target, "计划标准"]),
  ];
  return workbook(sheet("绩效1", rows));
}

/** The project a goal table's title names ("1、医保宣传经费绩效目标表" → 医保宣传经费). */
function projectInTitle(title: string): string {
  return title.replace(/^[0-9]+、/, "").replace(/绩效目标表$/, "");
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

/**
 * Seed 003 table 1 (绵阳 2020 医疗救助 self-evaluation) as published: the 项目资金 block on rows
 * 4–8 (A1 numbering; B labels, C 全年预算数, D 全年执行数, E 预算执行率), one indicator, and the
 * 说明 line on row 12. `change` edits the rows (0-based) before the workbook is built.
 */
export function s003Workbook(change: (rows: Row[]) => void = () => undefined): WorkbookSnapshot {
  const rows: Row[] = [
    ["城乡医疗救助补助资金（普遍补助部分）转移支付区域绩效目标自评表"],
    ["（2020年度）"],
    ["转移支付（项目）名称", null, "城乡医疗救助补助资金（普遍补助部分）"],
    ["项目资金（万元）", null, "全年预算数（A）", "全年执行数（B）", "预算执行率（B/A）"],
    [null, "年度资金总额：", 15329.53, 11852.5, "77.32%"],
    [null, "其中：中央补助", 11221.53, 11221.53, "100.00%"],
    [null, "地方资金", 4108, 630.97, "15.36%"],
    [null, "其他资金"],
    ["总体目标完成情况", "总体目标", null, "全年实际完成情况"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
    [null, "满意度指标", "服务对象满意度", "救助对象满意度", "≥85%", "85%"],
    ["说明", "无"],
    ["注：1. 其他资金包括与中央财政资金、地方财政资金共同投入到同一项目的自有资金、社会资金，以及以前年度的结转结余资金等。"],
  ];
  change(rows);
  return workbook(sheet("自评1", rows, [{ top: 3, left: 0, bottom: 7, right: 0 }]));
}

/**
 * A self-evaluation table with 分值 and 得分 (the wider layout of docs/domain.md §5): the funding block
 * on rows 3–7 (A1; total on row 4: D 全年预算数 120, E 全年执行数 108, F 分值 10, G 执行率, H 得分 9),
 * the indicator header on row 9, indicators from row 10 with E 实际完成值, F 分值, G 得分.
 */
export function scoredWorkbook(
  indicators: [name: string, target: CellValue, actual: CellValue, points: CellValue, score: CellValue][],
  executionScore: CellValue = 9,
): WorkbookSnapshot {
  const rows: Row[] = [
    ["2022年项目支出绩效自评表"],
    ["项目名称", "医保信息化建设"],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 100, 120, 108, 10, "90.00%", executionScore],
    [null, "其中：当年财政拨款", 100, 100, 90],
    [null, "上年结转资金", null, 20, 18],
    [null, "其他资金"],
    ["年度总体目标", "预期目标", null, "实际完成情况"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ...indicators.map(([name, target, actual, points, score]): Row => ["产出指标", "数量指标", name, target, actual, points, score, null]),
  ];
  return workbook(sheet("自评", rows));
}

/**
 * The Henan 部门预算项目绩效目标表: every project in one table, a two-row header (项目金额(万元)
 * over 资金总额 | 财政性资金 | 其他资金), each project's name and amounts merged down its block.
 * Columns: A 单位名称, B 项目名称, C 资金总额, D 财政性资金, E 其他资金, F 年度目标, G 一级, H 二级,
 * I 三级, J 指标值. Project 1 (rows 5–9, A1) is 200 = 200 + 0; project 2 (rows 10–12) 36 = 30 + 6.
 */
export function henanProjectGoals(change: (rows: Row[]) => void = () => undefined): WorkbookSnapshot {
  const rows: Row[] = [
    ["部门预算项目绩效目标表"],
    ["单位：万元"],
    ["单位名称", "项目名称", "项目金额(万元)", null, null, "年度目标", "一级指标", "二级指标", "三级指标", "指标值"],
    [null, null, "资金总额", "财政性资金", "其他资金", null, null, null, null, null],
    ["某县医疗保障局", "医保信息化建设", 200, 200, 0, "提升信息化水平", "产出指标", "数量指标", "系统模块", "≥3个"],
    [null, null, null, null, null, null, null, "时效指标", "完成时间", "≤12月"],
    [null, null, null, null, null, null, null, "成本指标", "资金成本", "≤200万元"],
    [null, null, null, null, null, null, "效益指标", "社会效益指标", "群众受益", "明显提高"],
    [null, null, null, null, null, null, "满意度指标", "服务对象满意度", "群众满意度", "≥90%"],
    [null, "医保宣传", 36, 30, 6, "加强宣传", "产出指标", "数量指标", "宣传次数", "≥4次"],
    [null, null, null, null, null, null, "效益指标", "社会效益指标", "政策知晓率", "≥90%"],
    [null, null, null, null, null, null, "满意度指标", "服务对象满意度", "群众满意度", "≥90%"],
  ];
  change(rows);
  const down = (col: number, top: number, bottom: number) => ({ top, left: col, bottom, right: col });
  const merges = [
    { top: 2, left: 2, bottom: 2, right: 4 },
    ...[0, 1, 5, 6, 7, 8, 9].map((c) => down(c, 2, 3)),
    down(0, 4, 11),
    ...[1, 2, 3, 4, 5].map((c) => down(c, 4, 8)),
    ...[1, 2, 3, 4, 5].map((c) => down(c, 9, 11)),
    down(6, 4, 6),
  ];
  return workbook(sheet("项目绩效", rows, merges));
}

/**
 * The Hebei 部门整体绩效目标表 with 指标值 split into 符号 | 值 | 单位（文字描述） and 评(扣)分标准
 * weights (docs/domain.md §4.2): header rows 3–4 (A1), indicators from row 5; D 符号, E 值, F 单位, G 分.
 */
export function splitTargetWorkbook(change: (rows: Row[]) => void = () => undefined): WorkbookSnapshot {
  const rows: Row[] = [
    ["2021年部门整体绩效目标表"],
    ["部门名称", "某市医疗保障局"],
    ["一级指标", "二级指标", "三级指标", "指标值", null, null, "评(扣)分标准"],
    [null, null, null, "符号", "值", "单位(文字描述)", null],
    ["产出指标", "数量指标", "参保人数", "≥", 410, "万人", 20],
    [null, "质量指标", "基金监管覆盖率", "=", 100, "%", 20],
    [null, "时效指标", "待遇发放及时率", "≥", 98, "%", 10],
    [null, "成本指标", "经费支出", "≤", 120, "万元", 10],
    ["效益指标", "社会效益指标", "群众就医负担", null, null, "明显减轻", 30],
    ["满意度指标", "服务对象满意度", "参保群众满意度", "≥", 90, "%", 10],
  ];
  change(rows);
  const down = (col: number) => ({ top: 2, left: col, bottom: 3, right: col });
  return workbook(sheet("整体", rows, [{ top: 2, left: 3, bottom: 2, right: 5 }, down(0), down(1), down(2), down(6)]));
}

/**
 * A 项目支出绩效目标申报表 (the national form): 项目资金 with one amount column and no header,
 * rows 4–6 (A1: C4 年度资金总额 100, C5 其中：财政拨款 80, C6 其他资金 20), then the goal and the
 * indicator header on row 8.
 */
export function declarationWorkbook(change: (rows: Row[]) => void = () => undefined): WorkbookSnapshot {
  const rows: Row[] = [
    ["项目支出绩效目标申报表"],
    ["项目名称", null, "医保信息化建设"],
    ["主管部门", null, "某县医疗保障局"],
    ["项目资金（万元）", "年度资金总额：", 100],
    [null, "其中：财政拨款", 80],
    [null, "其他资金", 20],
    ["年度绩效目标", "提升医保信息化水平"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "系统模块", "≥3个"],
    [null, "成本指标", "项目总成本", "≤100万元"],
    ["效益指标", "社会效益指标", "群众办事时间", "明显缩短"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ];
  change(rows);
  return workbook(sheet("申报表", rows, [{ top: 3, left: 0, bottom: 5, right: 0 }]));
}
