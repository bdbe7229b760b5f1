/**
 * Small, seed-shaped tables as snapshots, for recognizer and rule specs. Amounts are seed 001's
 * (巨鹿县医疗保障局 2023, 万元); tests copy and change them to plant errors.
 */
import { CellValue, sheetFromRows, SheetSnapshot, WorkbookSnapshot } from "../../../src/core/snapshot";

export type Row = CellValue[];

const INFO = "450 巨鹿县医疗保障局 预算年度：2023 单位：万元";

/** 支出总表 (Hebei layout): 序号 | 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 | 经营支出 | 上解上级支出 | 对附属单位补助支出 */
export function expenditureRows(): Row[] {
  return [
    ["部门预算支出总表"],
    [INFO],
    ["序号", "功能分类科目", null, "合计", "基本支出", "项目支出", "经营支出", "上解上级支出", "对附属单位补助支出"],
    [null, "科目编码", "科目名称"],
    ["栏次", 1, 2, 3, 4, 5, 6, 7, 8],
    [1, "合计", null, 534.8, 298.8, 236],
    [2, "208", "社会保障和就业支出", 34.9, 30.9, 4],
    [3, "20805", "行政事业单位养老支出", 29, 29],
    [4, "2080501", "行政单位离退休", 3, 3],
    [5, "2080505", "机关事业单位基本养老保险缴费支出", 26, 26],
    [6, "20827", "财政对其他社会保险基金的补助", 1.9, 1.9],
    [7, "2082701", "财政对失业保险基金的补助", 0.9, 0.9],
    [8, "2082702", "财政对工伤保险基金的补助", 1, 1],
    [9, "20899", "其他社会保障和就业支出", 4, null, 4],
    [10, "2089999", "其他社会保障和就业支出", 4, null, 4],
    [11, "210", "卫生健康支出", 474.9, 242.9, 232],
    [12, "21011", "行政事业单位医疗", 113, 23, 90],
    [13, "2101101", "行政单位医疗", 109, 19, 90],
    [14, "2101103", "公务员医疗补助", 4, 4],
    [15, "21015", "医疗保障管理事务", 361.9, 219.9, 142],
    [16, "2101501", "行政运行", 244.9, 219.9, 25],
    [17, "2101504", "信息化建设", 32, null, 32],
    [18, "2101506", "医疗保障经办事务", 40, null, 40],
    [19, "2101599", "其他医疗保障管理事务支出", 45, null, 45],
    [20, "221", "住房保障支出", 25, 25],
    [21, "22102", "住房改革支出", 25, 25],
    [22, "2210201", "住房公积金", 25, 25],
  ];
}

export function sheet(name: string, rows: Row[], merges: SheetSnapshot["merges"] = []): SheetSnapshot {
  return sheetFromRows(name, rows, { merges });
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { source: "test.xlsx", sheets };
}

/** Returns a copy of rows with one cell replaced (0-based row/col). */
export function withCell(rows: Row[], row: number, col: number, value: CellValue): Row[] {
  const copy = rows.map((r) => r.slice());
  while (copy[row].length <= col) copy[row].push(null);
  copy[row][col] = value;
  return copy;
}
