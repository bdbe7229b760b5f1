/** Examples of the code rules (src/rules/codes) and the data hygiene rules (src/rules/hygiene). */
import type { RuleExamples } from "./types";
import { basicSheet, expenditureSheet } from "./department";

function emptyFundSheet(note: string | null) {
  return {
    name: "政府性基金",
    rows: [
      ["政府性基金预算财政拨款支出表"],
      ["某县医疗保障局    单位：万元"],
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ["合计", null, null, null, null],
      [note],
    ],
  };
}

function fixedAssetsSheet() {
  return {
    name: "固定资产",
    rows: [
      ["部门固定资产占用情况表"],
      ["某县医疗保障局", "单位：万元"],
      ["项目", "数量", "价值（万元）"],
      ["资产总额", null, 80],
      ["1、房屋（平方米）", 1200, 60],
      ["2、车辆（台、辆）", 1, 12],
      ["3、单价在20万元以上的设备", null, null],
      ["4、其他固定资产", null, 8],
    ],
  };
}

export const codesExamples: Record<string, RuleExamples> = {
  "function-code-structure": {
    correct: [expenditureSheet()],
    failing: [{ cell: "A8", value: "210154" }],
    explain: "功能分类科目编码应为 3、5 或 7 位（类、款、项），A8 的“210154”是 6 位：应为 2101504。",
  },
  "economic-code-structure": {
    correct: [basicSheet()],
    failing: [{ cell: "A7", value: "30104" }],
    explain: "30104 是 2018 年以前的经济分类科目（社会保障缴费），现行科目中已不用，应按内容改为 30108–30112 中的科目。",
  },
  "code-name-mismatch": {
    correct: [expenditureSheet()],
    failing: [{ cell: "B8", value: "行政运行" }],
    explain: "2101504 的名称是“信息化建设”，表中写成了另一个科目（2101501）的名称“行政运行”。",
  },
  "code-not-in-catalogue": {
    correct: [expenditureSheet()],
    failing: [{ cell: "A8", value: "2101588" }, { cell: "B8", value: "数据治理" }],
    explain: "2101588 不在内置科目目录中（内置目录只收录有出处的科目），请对照当年《政府收支分类科目》核实。",
  },
};

export const hygieneExamples: Record<string, RuleExamples> = {
  "text-number": {
    correct: [expenditureSheet()],
    failing: [{ cell: "C8", value: "40.00" }],
    explain: "C8 是以文本存放的“40.00”：检查时按 40 计算，但应改为数值，否则 Excel 的求和会漏掉它。",
  },
  "date-formatted-amount": {
    correct: [expenditureSheet()],
    failing: [{ cell: "C8", value: "1900-02-09", date: 40 }],
    explain: "C8 的金额 40 设置成了日期格式，公开的表格中显示为“1900-02-09”：应改为数字格式。",
  },
  "amount-display-format": {
    correct: [expenditureSheet()],
    failing: [{ cell: "C8", value: 40.5, shown: "41" }, { cell: "E8", value: 40.5 }, { cell: "C4", value: 100.5 }, { cell: "E4", value: 40.5 }, { cell: "C5", value: 100.5 }, { cell: "E5", value: 40.5 }, { cell: "C6", value: 100.5 }, { cell: "E6", value: 40.5 }],
    explain: "C8 的值为 40.50，数字格式只显示整数“41”：公开的表格上合计可能对不上，应显示两位小数。",
  },
  "excess-decimals": {
    correct: [expenditureSheet()],
    failing: [{ cell: "E8", value: 40.004 }],
    explain: "E8 的 40.004 超过两位小数：公开的表格保留两位小数，应为 40.00（并核对合计）。",
  },
  "negative-amount": {
    correct: [expenditureSheet()],
    failing: [{ cell: "E8", value: -40 }, { cell: "C8", value: -40 }],
    explain: "预算公开表的金额不应为负数（E8、C8）。",
  },
  "non-numeric-amount": {
    correct: [expenditureSheet()],
    failing: [{ cell: "E8", value: "待定" }],
    explain: "金额栏 E8 填了文字“待定”：应填数字或留空。",
  },
  "empty-table-note": {
    correct: [emptyFundSheet("注：本部门无政府性基金预算财政拨款支出，空表列示。")],
    failing: [{ cell: "A5", value: null }],
    explain: "没有数据的表格应列出空表并加说明（如“注：无政府性基金预算财政拨款预算，空表列示”）。",
  },
  "title-wording": {
    correct: [emptyFundSheet("注：本部门无政府性基金预算财政拨款支出，空表列示。")],
    failing: [{ cell: "A1", value: "政府基金预算财政拨款支出表" }],
    explain: "表名“政府基金”少了“性”字，应为“政府性基金预算财政拨款支出表”。",
  },
  "item-order": {
    correct: [fixedAssetsSheet()],
    failing: [
      { cell: "A6", value: "3、单价在20万元以上的设备" },
      { cell: "B6", value: null },
      { cell: "C6", value: null },
      { cell: "A7", value: "2、车辆（台、辆）" },
      { cell: "B7", value: 1 },
      { cell: "C7", value: 12 },
    ],
    explain: "第 3 项排在第 2 项之前：数字可能没错，但读者按编号找不到第 2 项。",
  },
  "merged-amount-cells": {
    correct: [expenditureSheet()],
    failing: [{ cell: "D7", merge: "D7:D8" }],
    explain: "D7:D8 合并后只有 D7 有值，D8 按空白计算：表体中的金额栏不应合并。",
  },
  "hidden-rows": {
    correct: [expenditureSheet()],
    failing: [{ cell: "A8", hideRow: true }],
    explain: "第 8 行被隐藏：仍参与校验和合计，但打印或公开时看不到。",
  },
};

