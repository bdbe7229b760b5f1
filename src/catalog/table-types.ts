/** The tables the product knows (ids for templates, findings and JSON) and how their rows are organised. */
export type TemplateId =
  | "income-expense-summary" // T1 收支总表
  | "income" // T2 收入总表
  | "expenditure" // T3 支出总表
  | "fiscal-summary" // T4 财政拨款收支总表
  | "general-budget-expenditure" // T5 一般公共预算(财政拨款)支出表
  | "general-budget-basic" // T6 一般公共预算(财政拨款)基本支出表
  | "gov-fund-expenditure" // T7 政府性基金预算(财政拨款)支出表
  | "state-capital-expenditure" // T8 国有资本经营预算(财政拨款)支出表
  | "three-public" // T9 财政拨款"三公"经费支出表
  | "operating-costs" // T13 机关运行经费支出表 (Henan 预算09表)
  | "fixed-assets" // T14 固定资产占用情况表 (Hebei)
  | "procurement" // T11 政府采购预算表
  | "project-goal" // 项目绩效目标表
  | "department-goal" // 部门(单位)整体绩效目标表
  | "self-evaluation" // 绩效自评表
  | "evaluation-score" // 绩效评价(评分)表
  | "funds-execution"; // 资金执行情况表 (预算数 | 执行数 | 执行率 by fund source)

/** How rows are organised, which decides what rules can read. */
export type TableShape = "coded" | "summary" | "labeled" | "indicator";

export type Unit = "万元" | "元";
