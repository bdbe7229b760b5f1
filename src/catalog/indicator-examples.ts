/**
 * Example indicators for a medical-insurance project's goal table, one per 二级, taken from the
 * published 2023 巨鹿县医疗保障局 goal tables (seed 001; with the direction and category mistakes
 * docs/domain.md §8 lists put right). They show the accountant the expected form: a measurable name,
 * a description, a target with its symbol and unit, and the basis. The cost cap is the project's
 * own amount and is filled in by the template when it is known.
 */
export interface IndicatorExample {
  name: string;
  description: string;
  /** The target; "{amount}" stands for the project's amount in 万元. */
  target: string;
  basis: string;
}

/** By 二级 label (both frameworks); a 二级 without an example is left blank. */
export const INDICATOR_EXAMPLES: Readonly<Record<string, IndicatorExample>> = {
  数量指标: { name: "医保重点工作完成情况", description: "年度重点工作完成项目", target: "≥5项", basis: "计划标准" },
  质量指标: { name: "资金使用的准确性", description: "资金使用准确无误的比例", target: "≥99%", basis: "历史标准" },
  时效指标: { name: "完成时间", description: "完成该项工作的时间", target: "不晚于12月底", basis: "计划标准" },
  成本指标: { name: "资金成本", description: "项目资金支出", target: "≤{amount}万元", basis: "预算支出标准" },
  经济成本指标: { name: "资金成本", description: "项目资金支出", target: "≤{amount}万元", basis: "预算支出标准" },
  社会效益指标: { name: "医保重要政策知晓率", description: "参保群众知晓医保重要政策的比例", target: "≥90%", basis: "计划标准" },
  可持续影响指标: { name: "参保群众权益保障率", description: "参保群众权益得到保障的比例", target: "≥90%", basis: "历史标准" },
  服务对象满意度指标: { name: "参保群众满意度", description: "问卷调查中满意的比例", target: "≥90%", basis: "计划标准" },
};
