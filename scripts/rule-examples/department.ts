/**
 * A small, consistent department (某县医疗保障局, 万元) for the rule examples: 100 of 一般公共预算 spent
 * on 2101501 行政运行 (basic 60) and 2101504 信息化建设 (project 40). Every identity holds; each
 * example changes a cell or two to break the one its rule checks.
 */
import type { ExampleSheet } from "./types";

const INFO = "某县医疗保障局    单位：万元";

export function summarySheet(): ExampleSheet {
  return {
    name: "收支总表",
    rows: [
      ["部门收支总表"],
      [INFO],
      ["收入", null, "支出"],
      ["项目", "预算数", "项目", "预算数"],
      ["一、一般公共预算拨款收入", 100, "一、卫生健康支出", 100],
      ["二、政府性基金预算拨款收入", null, null, null],
      ["本年收入合计", 100, "本年支出合计", 100],
      ["上年结转结余", null, "年终结转结余", null],
      ["收入总计", 100, "支出总计", 100],
    ],
    merges: ["A3:B3", "C3:D3"],
  };
}

export function incomeSheet(): ExampleSheet {
  return {
    name: "收入总表",
    rows: [
      ["部门收入总表"],
      [INFO],
      ["科目编码", "科目名称", "合计", "本年收入", null, "上年结转"],
      [null, null, null, "小计", "财政拨款收入", null],
      ["合计", null, 100, 100, 100, null],
      ["210", "卫生健康支出", 100, 100, 100, null],
      ["21015", "医疗保障管理事务", 100, 100, 100, null],
      ["2101501", "行政运行", 60, 60, 60, null],
      ["2101504", "信息化建设", 40, 40, 40, null],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4"],
  };
}

export function expenditureSheet(): ExampleSheet {
  return {
    name: "支出总表",
    rows: [
      ["部门支出总表"],
      [INFO],
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ["合计", null, 100, 60, 40],
      ["210", "卫生健康支出", 100, 60, 40],
      ["21015", "医疗保障管理事务", 100, 60, 40],
      ["2101501", "行政运行", 60, 60, null],
      ["2101504", "信息化建设", 40, null, 40],
    ],
  };
}

export function fiscalSummarySheet(): ExampleSheet {
  return {
    name: "财政拨款收支总表",
    rows: [
      ["财政拨款收支总表"],
      [INFO],
      ["收入", null, "支出"],
      ["项目", "金额", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
      ["一、一般公共预算拨款", 100, "一、卫生健康支出", 100, 100, null, null],
      ["二、政府性基金预算拨款", null, null, null, null, null, null],
      ["三、国有资本经营预算拨款", null, null, null, null, null, null],
      ["本年收入合计", 100, "本年支出合计", 100, 100, null, null],
      ["年初财政拨款结转和结余", null, "年末财政拨款结转和结余", null, null, null, null],
      ["收入总计", 100, "支出总计", 100, 100, null, null],
    ],
    merges: ["A3:B3", "C3:G3"],
  };
}

export function generalBudgetSheet(): ExampleSheet {
  return {
    name: "一般公共预算支出表",
    rows: [
      ["一般公共预算财政拨款支出表"],
      [INFO],
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ["合计", null, 100, 60, 40],
      ["210", "卫生健康支出", 100, 60, 40],
      ["21015", "医疗保障管理事务", 100, 60, 40],
      ["2101501", "行政运行", 60, 60, null],
      ["2101504", "信息化建设", 40, null, 40],
    ],
  };
}

export function basicSheet(): ExampleSheet {
  return {
    name: "基本支出表",
    rows: [
      ["一般公共预算财政拨款基本支出表"],
      [INFO],
      ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
      ["合计", null, 60, 50, 10],
      ["301", "工资福利支出", 50, 50, null],
      ["30101", "基本工资", 30, 30, null],
      ["30102", "津贴补贴", 20, 20, null],
      ["302", "商品和服务支出", 10, null, 10],
      ["30201", "办公费", 8, null, 8],
      ["30216", "培训费", 2, null, 2],
    ],
  };
}

export function threePublicSheet(): ExampleSheet {
  return {
    name: "三公经费",
    rows: [
      ["财政拨款“三公”经费支出表"],
      [INFO],
      ["项目", "合计", "一般公共预算财政拨款"],
      ["合计", 2, 2],
      ["“三公”经费小计", null, null],
      ["一、因公出国（境）费", null, null],
      ["二、公务用车购置及运行维护费", null, null],
      ["其中：公务用车购置费", null, null],
      ["公务用车运行维护费", null, null],
      ["三、公务接待费", null, null],
      ["四、会议费", null, null],
      ["五、培训费", 2, 2],
    ],
  };
}

/** The tables a department publishes, as far as the examples need them. */
export function department(): ExampleSheet[] {
  return [summarySheet(), incomeSheet(), expenditureSheet(), fiscalSummarySheet(), generalBudgetSheet(), basicSheet(), threePublicSheet()];
}
