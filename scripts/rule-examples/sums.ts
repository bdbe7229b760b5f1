/** Examples of the within-table identities (folder src/rules/sums). */
import type { ExampleSheet, RuleExamples } from "./types";
import { basicSheet, expenditureSheet, summarySheet, threePublicSheet } from "./department";

export const sumsExamples: Record<string, RuleExamples> = {
  "row-sum": {
    correct: [expenditureSheet()],
    failing: [{ cell: "C7", value: 65 }],
    explain: "C7 合计 65 不等于 基本支出 60 + 项目支出 0，应为 60。",
  },
  "column-total": {
    correct: [expenditureSheet()],
    failing: [{ cell: "C4", value: 110 }, { cell: "D4", value: 70 }],
    explain: "合计行 C4、D4 不等于各类（此处只有 210）之和：应为 100 和 60。",
  },
  "code-hierarchy": {
    correct: [expenditureSheet()],
    failing: [{ cell: "C6", value: 90 }, { cell: "D6", value: 50 }],
    explain: "款 21015 的合计 90、基本支出 50 不等于其下各项之和（100、60），类 210 也不等于该款。",
  },
  "summary-identities": {
    correct: [summarySheet()],
    failing: [{ cell: "B7", value: 90 }, { cell: "B9", value: 90 }],
    explain: "本年收入合计 B7 应等于各项收入之和 100。",
  },
  "income-expense-balance": {
    correct: [summarySheet()],
    failing: [{ cell: "B5", value: 110 }, { cell: "B7", value: 110 }, { cell: "B9", value: 110 }],
    explain: "收入总计 110 不等于支出总计 100。",
  },
  "three-public-structure": {
    correct: [threePublicSheet()],
    failing: [{ cell: "B4", value: 0 }, { cell: "C4", value: 0 }],
    explain: "合计 B4 应为 小计 + 会议费 + 培训费 = 2（河北口径；有的地区会议费、培训费不计入合计，所以是警告）。",
  },
  "personnel-public-split": {
    correct: [basicSheet()],
    failing: [{ cell: "D4", value: 45 }, { cell: "E4", value: 15 }],
    explain: "人员经费合计 D4 应为 301 + 303 = 50，公用经费合计 E4 应为 302 + 310 = 10。",
  },
  "subtotal-group": {
    correct: [
      {
        name: "基本支出表",
        rows: [
          ["一般公共预算基本支出表"],
          ["单位：万元"],
          ["部门经济分类编码", "部门经济分类名称", "政府经济分类编码", "政府经济分类名称", "合计", "人员经费", "公用经费"],
          [null, null, null, "合计", 60, 50, 10],
          ["30101", "基本工资", "50101", "工资奖金津补贴", 30, 30, null],
          ["30102", "津贴补贴", "50101", "工资奖金津补贴", 20, 20, null],
          [null, null, null, "小计", 50, 50, null],
          ["30201", "办公费", "50201", "办公经费", 10, null, 10],
          [null, null, null, "小计", 10, null, 10],
        ],
      },
    ],
    failing: [{ cell: "E7", value: 45 }, { cell: "F7", value: 45 }],
    explain: "小计行 E7、F7 应等于其上所属明细行（30101、30102）之和 50。",
  },
  "fiscal-fund-balance": {
    correct: [
      {
        name: "财政拨款决算总表",
        rows: [
          ["财政拨款收入支出决算总表"],
          ["编制单位：某县医疗保障局", null, null, null, null, null, null, "单位：万元"],
          ["收入", null, null, "支出", null, null, null, null],
          ["项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款"],
          ["一、一般公共预算财政拨款", 1, 100, "一、卫生健康支出", 4, 95, 90, 5],
          ["二、政府性基金预算财政拨款", 2, 5, null, null, null, null, null],
          ["本年收入合计", 3, 105, "本年支出合计", 5, 95, 90, 5],
          ["年初财政拨款结转和结余", 6, 10, "年末财政拨款结转和结余", 9, 20, 20, null],
          ["一般公共预算财政拨款", 7, 10, null, null, null, null, null],
          ["政府性基金预算财政拨款", 8, null, null, null, null, null, null],
          ["总计", 10, 115, "总计", 11, 115, 110, 5],
        ],
        merges: ["A3:C3", "D3:H3"],
      },
    ],
    failing: [{ cell: "G8", value: 25 }, { cell: "F8", value: 25 }, { cell: "G11", value: 115 }, { cell: "F11", value: 120 }, { cell: "C11", value: 120 }, { cell: "C8", value: 15 }],
    explain: "一般公共预算财政拨款的年末结转和结余应为 年初 10 + 本年收入 100 − 本年支出 90 = 20，表中为 25（总计也随之改过，只有按资金来源核对才看得出）。",
  },
  "three-public-completion": {
    correct: [
      {
        name: "三公决算",
        rows: [
          ["财政拨款“三公”经费支出决算表"],
          ["编制单位：某县医疗保障局", null, null, null, null, null, null, null, null, null, null, "单位：万元"],
          ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
          ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
          [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费", null],
          [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
          [null, null, null, null, null, null, 4.5, 0, 3.6, 0, 3.6, 0.9],
        ],
        merges: ["A3:F3", "G3:L3", "A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:K4", "L4:L5"],
      },
    ],
    failing: [{ cell: "A7", value: 5 }, { cell: "B7", value: 0 }, { cell: "C7", value: 4 }, { cell: "D7", value: 0 }, { cell: "E7", value: 4 }, { cell: "F7", value: 1 }],
    explain: "填了预算数后列出决算数占预算数的百分比：合计 4.50 ÷ 5.00 = 90.00%，公务用车 90.00%，公务接待 90.00%，供与公开说明中“完成预算 %”的文字核对（提示）。",
  },
  "carryover-balance": {
    correct: [
      {
        name: "基金决算",
        rows: [
          ["政府性基金预算财政拨款收入支出决算表"],
          ["编制单位：某县医疗保障局", null, null, null, null, null, null, "单位：万元"],
          ["项目", null, "年初结转和结余", "本年收入", "本年支出", null, null, "年末结转和结余"],
          ["功能分类科目编码", "科目名称", null, null, "小计", "基本支出", "项目支出", null],
          ["合计", null, 10, 50, 45, 0, 45, 15],
          ["229", "其他支出", 10, 50, 45, 0, 45, 15],
          ["22960", "彩票公益金安排的支出", 10, 50, 45, 0, 45, 15],
          ["2296002", "用于社会福利的彩票公益金支出", 10, 50, 45, 0, 45, 15],
        ],
        merges: ["A3:B3", "C3:C4", "D3:D4", "E3:G3", "H3:H4"],
      },
    ],
    failing: [{ cell: "H8", value: 5 }, { cell: "H7", value: 5 }, { cell: "H6", value: 5 }, { cell: "H5", value: 5 }],
    explain: "年末结转和结余应为 年初 10 + 本年收入 50 − 本年支出 45 = 15，表中为 5。",
  },
  "assets-total": {
    correct: [
      {
        name: "固定资产",
        rows: [
          ["部门固定资产占用情况表"],
          ["某县医疗保障局", "单位：万元"],
          ["项目", "数量", "价值（万元）"],
          ["资产总额", null, 80.35],
          ["1、房屋（平方米）", 1200, 60],
          ["其中：办公用房（平方米）", 800, 50],
          ["2、车辆（台、辆）", 1, 12],
          ["3、单价在20万元以上的设备", null, null],
          ["4、其他固定资产", null, 8.35],
        ],
      },
    ],
    failing: [{ cell: "C4", value: 90.35 }],
    explain: "资产总额 C4 应等于 房屋 60 + 车辆 12 + 设备 0 + 其他 8.35 = 80.35（办公用房已含在房屋中，数量不相加）。",
  },
  "blank-total": {
    correct: [expenditureSheet()],
    failing: [{ cell: "C7", value: null }],
    explain: "2101501 的合计 C7 为空，而基本支出为 60：应填 60。",
  },
  "goal-unit-total": {
    correct: [consolidatedGoalSheet()],
    failing: [
      { cell: "C3", value: 160 },
      { cell: "D3", value: 160 },
      { cell: "C4", value: 160 },
      { cell: "D4", value: 160 },
    ],
    explain: "单位 312001 的资金总额、财政性资金写成 160，所属两个项目之和为 10 + 140 = 150（部门行 312 随之写成 160，与单位行一致）。",
  },
};

/**
 * A consolidated Henan 部门预算项目绩效目标表: department 312 (row 3), unit 312001 (row 4), two
 * projects (rows 5–6); C 资金总额, D 财政性资金, E 其他资金, then 三级指标 | 指标值.
 */
function consolidatedGoalSheet(): ExampleSheet {
  return {
    name: "项目绩效目标",
    rows: [
      ["某某区2021年度部门预算项目绩效目标表"],
      ["单位编码(项目编码)", "单位名称(项目名称)", "资金总额", "财政性资金", "其他资金", "三级指标", "指标值"],
      ["312", "某某区医疗保障局", 150, 150, 0, null, null],
      ["312001", "某某区医疗保障局", 150, 150, 0, null, null],
      ["312001-1", "医保政策宣传培训费", 10, 10, 0, "培训场次", "≥2次"],
      ["312001-2", "离休干部住院及医疗补贴", 140, 140, 0, "报销及时率", "≥95%"],
    ],
  };
}
