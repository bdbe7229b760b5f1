/** Examples of the cross-table identities (folder src/rules/cross) and of table recognition. */
import type { ExampleSheet, RuleExamples } from "./types";
import {
  basicSheet,
  department,
  expenditureSheet,
  fiscalSummarySheet,
  generalBudgetSheet,
  incomeSheet,
  summarySheet,
  threePublicSheet,
} from "./department";

function henanSummary(): ExampleSheet {
  return {
    name: "收支总体",
    rows: [
      ["部门收支总体情况表"],
      ["部门名称：某县医疗保障局", null, null, "单位：万元"],
      ["收入", null, "支出", null],
      ["项目", "金额", "项目", "合计"],
      ["一、一般公共预算", 100, "一、基本支出", 60],
      ["财政拨款", 100, "1、工资福利支出", 50],
      [null, null, "2、商品和服务支出", 10],
      [null, null, "3、对个人和家庭的补助", null],
      [null, null, "二、项目支出", 40],
      [null, null, "1、一般性项目", 40],
      [null, null, "2、专项资金", null],
      [null, null, "3、人员类项目", null],
      ["本年收入小计", 100, null, null],
      ["收入合计", 100, "支出合计", 100],
    ],
    merges: ["A3:B3", "C3:D3"],
  };
}

function henanExpenditure(): ExampleSheet {
  return {
    name: "支出总体",
    rows: [
      ["部门支出总体情况表"],
      ["部门名称：某县医疗保障局", null, null, null, null, null, null, null, null, null, null, null, "单位：万元"],
      ["科目编码", null, null, "科目名称", "合计", "基本支出", null, null, null, "项目支出", null, null, null],
      ["类", "款", "项", null, null, "小计", "工资福利支出", "对个人和家庭的补助", "商品和服务支出", "小计", "一般性项目", "专项资金", "人员类项目"],
      [null, null, null, "合计", 100, 60, 50, null, 10, 40, 40, null, null],
      ["210", "15", "01", "行政运行", 60, 60, 50, null, 10, null, null, null, null],
      ["210", "15", "04", "信息化建设", 40, null, null, null, null, 40, 40, null, null],
    ],
    merges: ["A3:C3", "D3:D4", "E3:E4", "F3:I3", "J3:M3"],
  };
}

/** A project goal table whose 成本指标 caps the project's amount. */
export function projectGoalSheet(name = "绩效目标", project = "医保信息化建设", cap = "≤40万元"): ExampleSheet {
  return {
    name,
    rows: [
      [`${project}项目绩效目标表`],
      ["项目名称", project],
      ["年度绩效目标", "完成 3 个医保业务功能模块建设，提升医保经办服务信息化水平。"],
      ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
      ["产出指标", "数量指标", "系统功能模块", "新建功能模块数", "≥3个", "计划标准"],
      [null, "质量指标", "系统运行正常率", "系统正常运行时间占比", "≥99%", "行业标准"],
      [null, "时效指标", "完成时间", "项目完成时间", "≤12月", "计划标准"],
      [null, "成本指标", "项目成本", "项目总成本", cap, "预算支出标准"],
      ["效益指标", "社会效益指标", "业务网上办理率", "可在网上办理的业务占比", "≥90%", "计划标准"],
      ["满意度指标", "服务对象满意度指标", "参保群众满意度", "抽样调查满意度", "≥90%", "历史标准"],
    ],
    merges: ["A5:A8"],
  };
}

function operatingCostsSheet(): ExampleSheet {
  return {
    name: "机关运行经费",
    rows: [
      ["一般公共预算机关运行经费支出情况表"],
      ["部门名称：某县医疗保障局", null, "单位：万元"],
      ["科目编码", "科目名称", "机关运行经费支出"],
      [null, "合计", 10],
      ["30201", "办公费", 8],
      ["30216", "培训费", 2],
    ],
  };
}

export const crossExamples: Record<string, RuleExamples> = {
  "cross-income-totals": {
    correct: [summarySheet(), incomeSheet()],
    failing: [
      { sheet: "收入总表", cell: "C5", value: 90 },
      { sheet: "收入总表", cell: "D5", value: 90 },
      { sheet: "收入总表", cell: "E5", value: 90 },
    ],
    explain: "收入总表合计行为 90，而收支总表的本年收入合计、收入总计为 100：两表应一致。",
  },
  "cross-expense-classes": {
    correct: [summarySheet(), expenditureSheet()],
    failing: [{ sheet: "支出总表", cell: "C5", value: 90 }, { sheet: "支出总表", cell: "E5", value: 30 }],
    explain: "收支总表“卫生健康支出”为 100，支出总表 210 类的合计为 90：应一致。",
  },
  "cross-expense-nature": {
    correct: [henanSummary(), henanExpenditure()],
    failing: [{ sheet: "收支总体", cell: "D7", value: 12 }, { sheet: "收支总体", cell: "D6", value: 48 }],
    explain: "收支总表的“1、工资福利支出”48、“2、商品和服务支出”12 与支出总表合计行的工资福利支出 50、商品和服务支出 10 不一致（基本支出仍为 60，收支总表自身的合计对得上）。",
  },
  "cross-fiscal-by-fund": {
    correct: [fiscalSummarySheet(), generalBudgetSheet()],
    failing: [{ sheet: "一般公共预算支出表", cell: "C5", value: 90 }, { sheet: "一般公共预算支出表", cell: "E5", value: 30 }],
    explain: "财政拨款收支总表“卫生健康支出”的一般公共预算为 100，一般公共预算支出表 210 类合计为 90：应一致。",
  },
  "cross-basic-expenditure": {
    correct: [generalBudgetSheet(), basicSheet()],
    failing: [{ sheet: "基本支出表", cell: "C4", value: 70 }, { sheet: "基本支出表", cell: "E4", value: 20 }],
    explain: "基本支出表合计 70 不等于一般公共预算支出表合计行的基本支出 60。",
  },
  "cross-general-within-total": {
    correct: [expenditureSheet(), generalBudgetSheet()],
    failing: [
      { sheet: "一般公共预算支出表", cell: "A8", value: "2101506" },
      { sheet: "一般公共预算支出表", cell: "B8", value: "医疗保障经办事务" },
    ],
    explain: "一般公共预算支出表列出了 2101506，支出总表中没有这个科目：一般公共预算是支出总表的一部分。",
  },
  "cross-economic-function": {
    correct: [
      {
        name: "一般公共预算支出表",
        rows: [
          ["一般公共预算财政拨款支出表"],
          ["单位：万元"],
          ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
          ["合计", null, 60, 60, null],
          ["210", "卫生健康支出", 40, 40, null],
          ["21015", "医疗保障管理事务", 40, 40, null],
          ["2101501", "行政运行", 40, 40, null],
          ["221", "住房保障支出", 20, 20, null],
          ["22102", "住房改革支出", 20, 20, null],
          ["2210201", "住房公积金", 20, 20, null],
        ],
      },
      {
        name: "基本支出表",
        rows: [
          ["一般公共预算财政拨款基本支出表"],
          ["单位：万元"],
          ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
          ["合计", null, 60, 50, 10],
          ["301", "工资福利支出", 50, 50, null],
          ["30101", "基本工资", 30, 30, null],
          ["30113", "住房公积金", 20, 20, null],
          ["302", "商品和服务支出", 10, null, 10],
          ["30201", "办公费", 10, null, 10],
        ],
      },
    ],
    failing: [
      { sheet: "基本支出表", cell: "C7", value: 25 },
      { sheet: "基本支出表", cell: "D7", value: 25 },
      { sheet: "基本支出表", cell: "C6", value: 25 },
      { sheet: "基本支出表", cell: "D6", value: 25 },
    ],
    explain: "基本支出表的住房公积金（30113）25 不等于一般公共预算支出表 2210201 住房公积金的基本支出 20（常见对应关系，作警告）。",
  },
  "cross-three-public-economic": {
    correct: [basicSheet(), threePublicSheet()],
    failing: [
      { sheet: "三公经费", cell: "B4", value: 3 },
      { sheet: "三公经费", cell: "C4", value: 3 },
      { sheet: "三公经费", cell: "B12", value: 3 },
      { sheet: "三公经费", cell: "C12", value: 3 },
    ],
    explain: "“三公”经费表的培训费 3 大于基本支出表的培训费（30216）2。",
  },
  "cross-project-amounts": {
    correct: [expenditureSheet(), projectGoalSheet()],
    failing: [{ sheet: "绩效目标", cell: "E8", value: "≤30万元" }],
    explain: "各项目绩效目标表的成本指标之和 30 不等于支出总表的项目支出合计 40（作警告）。",
  },
  "cross-operating-costs": {
    correct: [basicSheet(), operatingCostsSheet()],
    failing: [{ sheet: "机关运行经费", cell: "C4", value: 12 }, { sheet: "机关运行经费", cell: "C5", value: 10 }],
    explain: "机关运行经费表合计 12 不等于基本支出表的公用经费合计 10（河北口径，作警告）。",
  },
  "unrecognized-sheet": {
    correct: department().slice(0, 1),
    failing: [{ cell: "A1", value: "编制说明" }, { cell: "A3", value: "一、部门职责" }, { cell: "A4", value: null }, { cell: "C4", value: null }],
    explain: "这张工作表不是已知的公开表（标题、表头都对不上），列为提示，不套用模板。",
  },
};
