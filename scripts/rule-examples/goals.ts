/** Examples of the performance-indicator rules (src/rules/goals). Row numbers below are A1. */
import type { ExampleSheet, RuleExamples } from "./types";
import { projectGoalSheet } from "./cross";

/**
 * projectGoalSheet(): title, 项目名称, 年度绩效目标 (row 3), header (row 4), then 数量 (5), 质量 (6),
 * 时效 (7), 成本 ≤40万元 (8), 社会效益 (9), 满意度 (10); columns A 一级 … E 指标值, F 依据.
 */
const goal = () => [projectGoalSheet()];

/** A 项目支出绩效目标申报表 stating its funds: 年度资金总额 100 = 财政拨款 80 + 其他资金 20 (C4:C6). */
function declarationSheet(): ExampleSheet {
  return {
    name: "申报表",
    rows: [
      ["项目支出绩效目标申报表"],
      ["项目名称", null, "医保信息化建设"],
      ["主管部门", null, "某县医疗保障局"],
      ["项目资金（万元）", "年度资金总额：", 100],
      [null, "其中：财政拨款", 80],
      [null, "其他资金", 20],
      ["年度绩效目标", "完成 3 个医保业务功能模块建设"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "系统功能模块", "≥3个"],
      [null, "成本指标", "项目总成本", "≤100万元"],
      ["效益指标", "社会效益指标", "群众办事时间", "明显缩短"],
      ["满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%"],
    ],
    merges: ["A4:A6", "A9:A10"],
  };
}

/**
 * A 资金执行情况表 by fund source (rows 4–6): B 预算数, C 执行数, D 执行率, E 分值, F 得分; the total
 * line's score 10 × 86.20% = 8.62 is written 9.
 */
function fundsExecutionExample(): ExampleSheet {
  return {
    name: "资金执行",
    rows: [
      ["医保信息化建设项目资金执行情况表"],
      ["单位：万元"],
      ["资金来源", "年度预算数", "全年执行数", "执行率", "分值", "得分"],
      ["年度资金总额", 100, 86.2, "86.20%", 10, 9],
      ["其中：财政拨款", 80, 76.2, "95.25%", null, null],
      ["其他资金", 20, 10, "50.00%", null, null],
    ],
  };
}

/** A self-evaluation table: header on row 2; E 指标值, F 全年实际完成值, G 未完成原因和改进措施. */
function selfEvaluationSheet(): ExampleSheet {
  return {
    name: "自评",
    rows: [
      ["医保信息化建设项目绩效自评表"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
      [null, "产出指标", "数量指标", "系统功能模块", "≥3个", "3个", null],
      [null, "产出指标", "时效指标", "完成时间", "≤12月", "11月", null],
      [null, "效益指标", "社会效益指标", "业务网上办理率", "≥90%", "92%", null],
      [null, "满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", "95%", null],
    ],
  };
}

/** A self-evaluation with its 项目资金 block (rows 4–7: C 全年预算数, D 全年执行数, E 执行率), indicators (rows 9–11) and 说明 (row 12). */
function fundedSelfEvaluationSheet(): ExampleSheet {
  return {
    name: "自评",
    rows: [
      ["医疗救助补助资金绩效目标自评表"],
      ["（2020年度）"],
      ["项目名称", null, "医疗救助补助资金"],
      ["项目资金（万元）", null, "全年预算数（A）", "全年执行数（B）", "预算执行率（B/A）"],
      [null, "年度资金总额：", 200, 200, "100.00%"],
      [null, "其中：中央补助", 150, 150, "100.00%"],
      [null, "地方资金", 50, 50, "100.00%"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
      [null, "产出指标", "数量指标", "救助人次", "≥1000人次", "1200人次", null],
      [null, "效益指标", "社会效益指标", "困难群众医疗费用负担", "有效减轻", "有效减轻", null],
      [null, "满意度指标", "服务对象满意度", "救助对象满意度", "≥85%", "90%", null],
      ["说明", "无"],
    ],
    merges: ["A4:A7"],
  };
}

/**
 * A self-evaluation with 分值 and 得分: funds on rows 3–4 (D 全年预算数 100, E 全年执行数 100, F 分值 10,
 * G 执行率 100.00%, H 得分 10), the indicator header on row 5, indicators on rows 6–8 (F 分值, G 得分),
 * 总分 on row 9.
 */
function scoredSheet(): ExampleSheet {
  return {
    name: "自评",
    rows: [
      ["2022年项目支出绩效自评表"],
      ["项目名称", "医保信息化建设"],
      ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      [null, "年度资金总额", 100, 100, 100, 10, "100.00%", 10],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      ["产出指标", "数量指标", "系统功能模块", "≥3个", "3个", 50, 50, null],
      ["效益指标", "社会效益指标", "业务网上办理率", "≥90%", "81%", 30, 27, "部分业务尚未接入"],
      ["满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", "95%", 10, 10, null],
      ["总分", null, null, null, null, 100, 97, null],
    ],
  };
}

function blankRow(row: number): { cell: string; value: null }[] {
  return ["A", "B", "C", "D", "E", "F"].map((c) => ({ cell: `${c}${row}`, value: null }));
}

export const goalsExamples: Record<string, RuleExamples> = {
  "indicator-direction": {
    correct: goal(),
    failing: [{ cell: "E8", value: "≥40万元" }],
    explain: "成本指标是金额上限，应写“≤40万元”；“≥”方向写反了。",
  },
  "indicator-category": {
    correct: goal(),
    failing: [
      { cell: "C7", value: "项目成本" },
      { cell: "D7", value: "项目总成本" },
      { cell: "E7", value: "≤40万元" },
      { cell: "C8", value: "完成时间" },
      { cell: "D8", value: "项目完成时间" },
      { cell: "E8", value: "≤12月" },
    ],
    explain: "时效指标行填的是金额、成本指标行填的是时间：两行内容互换了。",
  },
  "indicator-target-form": {
    correct: goal(),
    failing: [{ cell: "E5", value: "3个左右" }],
    explain: "“3个左右”无法考核：应写“≥3个”或“=3个”。",
  },
  "unmet-without-reason": {
    correct: [selfEvaluationSheet()],
    failing: [{ cell: "F5", value: "85%" }],
    explain: "业务网上办理率实际 85%，未达到指标值 ≥90%，而“未完成原因和改进措施”为空。",
  },
  "indicator-duplicate": {
    correct: goal(),
    failing: [{ cell: "C6", value: "系统功能模块" }, { cell: "D6", value: "新建功能模块数" }, { cell: "E6", value: "≥3个" }],
    explain: "“系统功能模块”在数量指标和质量指标下各出现一次：同一指标只应填一次。",
  },
  "indicator-placeholder": {
    correct: goal(),
    failing: [{ cell: "C5", value: "指标1：系统功能模块" }],
    explain: "指标名称中保留了模板编号“指标1：”，应删去。",
  },
  "indicator-coverage": {
    correct: goal(),
    failing: blankRow(10),
    explain: "缺少满意度指标：项目绩效目标表应有产出、效益、满意度三类一级指标。",
  },
  "indicator-levels": {
    correct: goal(),
    failing: [{ cell: "A9", value: "满意度指标" }, { cell: "A10", value: null }],
    explain: "“社会效益指标”是效益指标下的二级指标，却放在了满意度指标之下。",
  },
  "cost-cap-amount": {
    correct: [declarationSheet()],
    failing: [{ cell: "D10", value: "≤120万元" }],
    explain: "成本指标上限 120 万元超过了年度资金总额 100 万元。",
  },
  "funds-total": {
    correct: [declarationSheet()],
    failing: [{ cell: "C5", value: 70 }],
    explain: "年度资金总额 100 应等于 财政拨款 + 其他资金，表中为 70 + 20 = 90。",
  },
  "execution-rate": {
    correct: [fundedSelfEvaluationSheet()],
    failing: [{ cell: "D7", value: 30 }, { cell: "D5", value: 180 }, { cell: "E5", value: "90.00%" }, { cell: "B12", value: "地方资金年底才下达，未全部拨付" }],
    explain: "地方资金执行率应为 30 ÷ 50 = 60.00%，表中仍写 100.00%。",
  },
  "unexplained-execution": {
    correct: [fundedSelfEvaluationSheet()],
    failing: [{ cell: "D7", value: 30 }, { cell: "D5", value: 180 }, { cell: "E5", value: "90.00%" }, { cell: "E7", value: "60.00%" }],
    explain: "预算执行率 90.00%（地方资金 60.00%）低于 100%，“说明”却是“无”：应说明原因和改进措施。",
  },
  "self-evaluation-score": {
    correct: [scoredSheet()],
    failing: [{ cell: "G7", value: 30 }, { cell: "G9", value: 100 }],
    explain: "业务网上办理率实际 81%、指标值 90%，应得分数最多为 81 ÷ 90 × 30 = 27 分，表中给了满分 30。",
  },
  "indicator-weights": {
    correct: [scoredSheet()],
    failing: [{ cell: "F7", value: 20 }, { cell: "G7", value: 18 }, { cell: "F9", value: 90 }, { cell: "G9", value: 88 }],
    explain: "分值合计 10（预算执行率）+ 50 + 20 + 10 = 90 分，应为 100 分。",
  },
  "indicator-unit": {
    correct: goal(),
    failing: [{ cell: "E9", value: "≥90人" }],
    explain: "业务网上办理率是比率，单位应为 %，表中写成了“人”。",
  },
  "goal-text-amount": {
    correct: goal(),
    failing: [{ cell: "B3", value: "投入 60 万元完成 3 个医保业务功能模块建设。" }],
    explain: "绩效目标写的是 60 万元，高于成本指标“≤40万元”：两者应一致。",
  },
  "score-total": {
    correct: [scoredSheet()],
    failing: [{ cell: "G9", value: 98 }],
    explain: "总分应为 10（预算执行率得分）+ 50 + 27 + 10 = 97，表中为 98。",
  },
  "duplicate-goal-table": {
    correct: [projectGoalSheet("绩效1", "医保信息化建设"), projectGoalSheet("绩效2", "医保宣传", "≤40万元")],
    failing: [{ sheet: "绩效2", cell: "A1", value: "医保信息化建设项目绩效目标表" }, { sheet: "绩效2", cell: "B2", value: "医保信息化建设" }],
    explain: "同一个项目“医保信息化建设”的绩效目标表出现了两次（工作表“绩效1”和“绩效2”）。",
  },
  "deviation-without-reason": {
    correct: [selfEvaluationSheet()],
    failing: [{ cell: "F3", value: "8个" }],
    explain: "系统功能模块实际 8 个，是指标值 3 个的两倍多，却没有说明原因（指标值是否定得过低）。",
  },
  "funds-execution": {
    correct: [fundsExecutionExample()],
    failing: [{ cell: "D5", value: "92.25%" }],
    explain: "财政拨款执行率应为 76.2 ÷ 80 = 95.25%，表中写成 92.25%。",
  },
};
