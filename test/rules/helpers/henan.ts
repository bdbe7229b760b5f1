/**
 * A Henan-layout department (docs/domain.md §1.3): 收支总表 with the expenditure by nature and its amounts
 * by source, and 支出总表 with 类|款|项 codes and 基本/项目 split into their parts. The two agree.
 */
import type { CellRange } from "../../../src/model/a1";
import { CellValue, sheetFromRows, SheetSnapshot, WorkbookSnapshot } from "../../../src/model/snapshot";

export type Row = CellValue[];

export function henanSummaryRows(): Row[] {
  return [
    ["部门收支总体情况表"],
    ["部门名称：某某县医疗保障局", null, null, null, null, null, null, "单位：万元"],
    ["收入", null, "支出", null, null, null, null, null],
    ["项目", "金额", "项目", "合计", "本年支出小计", "一般公共预算", "政府性基金预算", "部门财政性资金结转"],
    ["一、一般公共预算", 480, "一、基本支出", 300, 290, 290, null, 10],
    ["财政拨款", 470, "1、工资福利支出", 250, 245, 245, null, 5],
    ["行政事业性收费", 10, "2、商品和服务支出", 40, 35, 35, null, 5],
    ["二、政府性基金预算", 20, "3、对个人和家庭的补助", 10, 10, 10, null, null],
    ["三、国有资本经营预算", null, "二、项目支出", 220, 215, 195, 20, 5],
    ["四、财政专户", null, "1、一般性项目", 120, 115, 95, 20, 5],
    ["五、上级提前告知转移支付", null, "2、专项资金", 80, 80, 80, null, null],
    ["六、其他收入", 5, "3、人员类项目", 20, 20, 20, null, null],
    ["本年收入小计", 505, null, null, null, null, null, null],
    ["加：部门财政性资金结转", 15, null, null, null, null, null, null],
    ["收入合计", 520, "支出合计", 520, 505, 485, 20, 15],
  ];
}

export const HENAN_SUMMARY_MERGES: CellRange[] = [
  { top: 2, left: 0, bottom: 2, right: 1 },
  { top: 2, left: 2, bottom: 2, right: 7 },
];

/** 支出总体情况表: 合计 | 基本支出 (小计, 工资福利, 对个人和家庭, 商品和服务) | 项目支出 (小计, 一般性项目, 专项资金, 人员类项目). */
export function henanExpenditureRows(): Row[] {
  return [
    ["部门支出总体情况表"],
    ["部门名称：某某县医疗保障局", null, null, null, null, null, null, null, null, null, null, null, null, "单位：万元"],
    ["科目编码", null, null, "单位代码", "单位（科目名称）", "合计", "基本支出", null, null, null, "项目支出", null, null, null],
    ["类", "款", "项", null, null, null, "小计", "工资福利支出", "对个人和家庭的补助", "商品和服务支出", "小计", "一般性项目", "专项资金", "人员类项目"],
    ["**", "**", "**", "**", "**", 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [null, null, null, null, "合计", 520, 300, 250, 10, 40, 220, 120, 80, 20],
    ["210", "15", "01", "450001", "行政运行", 300, 300, 250, 10, 40, null, null, null, null],
    ["210", "15", "99", "450001", "其他医疗保障管理事务支出", 220, null, null, null, null, 220, 120, 80, 20],
  ];
}

export const HENAN_EXPENDITURE_MERGES: CellRange[] = [
  { top: 2, left: 0, bottom: 2, right: 2 },
  { top: 2, left: 3, bottom: 3, right: 3 },
  { top: 2, left: 4, bottom: 3, right: 4 },
  { top: 2, left: 5, bottom: 3, right: 5 },
  { top: 2, left: 6, bottom: 2, right: 9 },
  { top: 2, left: 10, bottom: 2, right: 13 },
];

export function henanSummarySheet(rows: Row[] = henanSummaryRows()): SheetSnapshot {
  return sheetFromRows("收支总体", rows, { merges: HENAN_SUMMARY_MERGES });
}

export function henanExpenditureSheet(rows: Row[] = henanExpenditureRows()): SheetSnapshot {
  return sheetFromRows("支出总体", rows, { merges: HENAN_EXPENDITURE_MERGES });
}

export function henanDepartment(t1: Row[] = henanSummaryRows(), t3: Row[] = henanExpenditureRows()): WorkbookSnapshot {
  return { source: "河南.xlsx", sheets: [henanSummarySheet(t1), henanExpenditureSheet(t3)] };
}
