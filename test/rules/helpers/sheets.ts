/**
 * Small, seed-shaped tables as snapshots, for recognizer and rule specs. Amounts are seed 001's
 * (巨鹿县医疗保障局 2023, 万元); tests copy and change them to plant errors.
 */
import { CellValue, sheetFromRows, SheetSnapshot, WorkbookSnapshot } from "../../../src/model/snapshot";

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

const CLASS_NAMES = [
  "一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出", "文化旅游体育与传媒支出",
  "社会保障和就业支出", "社会保险基金支出", "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出",
  "资源勘探工业信息等支出", "商业服务业等支出", "金融支出", "援助其他地区支出", "自然资源海洋气象等支出", "住房保障支出",
  "粮油物资储备支出", "国有资本经营预算支出", "灾害防治及应急管理支出", "预备费", "其他支出", "转移性支出", "债务还本支出",
  "债务付息支出", "债务发行费用支出", "抗疫特别国债安排的支出",
];
const ORDINALS = [
  "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九",
  "二十", "二十一", "二十二", "二十三", "二十四", "二十五", "二十六", "二十七", "二十八", "二十九", "三十", "三十一",
];
const CLASS_AMOUNTS: Record<string, number> = { 社会保障和就业支出: 34.9, 卫生健康支出: 474.9, 住房保障支出: 25 };
const INCOME_ITEMS = [
  "一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入", "财政专户管理资金收入", "事业收入",
  "事业单位经营收入", "上级补助收入", "附属单位上缴收入", "其他收入",
];

/** 收支总表 (Hebei): 序号 | 收入项目 | 预算数 | 支出项目 | 预算数. Data rows start at sheet row 5. */
export function summaryRows(): Row[] {
  const rows: Row[] = [
    ["部门预算收支总表"],
    [INFO],
    ["序号", "收入", null, "支出"],
    [null, "项目", "预算数", "项目", "预算数"],
    ["栏次", 1, 2, 3, 4],
  ];
  const classes = [...CLASS_NAMES, "人行科目"];
  for (let i = 0; i < 31; i++) {
    const income = i < 9 ? `${ORDINALS[i]}、${INCOME_ITEMS[i]}` : null;
    const incomeAmount = i === 0 ? 534.8 : null;
    rows.push([i + 1, income, incomeAmount, `${ORDINALS[i]}、${classes[i]}`, CLASS_AMOUNTS[classes[i]] ?? null]);
  }
  rows.push([32, "本年收入合计", 534.8, "本年支出合计", 534.8]);
  rows.push([33, "上年结转结余", null, "年终结转结余", null]);
  rows.push([34, "收入总计", 534.8, "支出总计", 534.8]);
  return rows;
}

/** 财政拨款收支总表 (Hebei): 序号 | 收入项目 | 金额 | 支出项目 | 合计 | 一般公共预算 | 政府性基金 | 国有资本经营. */
export function fiscalSummaryRows(): Row[] {
  const rows: Row[] = [
    ["部门预算财政拨款收支总表"],
    [INFO],
    ["序号", "收入", null, "支出"],
    [null, "项目", "金额", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
    ["栏次", 1, 2, 3, 4, 5, 6, 7],
  ];
  const incomes = ["一、一般公共预算拨款", "二、政府性基金预算拨款", "三、国有资本经营预算拨款"];
  const classes = [...CLASS_NAMES, "人行科目"];
  for (let i = 0; i < 31; i++) {
    const a = CLASS_AMOUNTS[classes[i]] ?? null;
    rows.push([i + 1, incomes[i] ?? null, i === 0 ? 534.8 : null, `${ORDINALS[i]}、${classes[i]}`, a, a]);
  }
  rows.push([32, "本年收入合计", 534.8, "本年支出合计", 534.8, 534.8]);
  rows.push([33, "年初财政拨款结转和结余", null, "年末财政拨款结转和结余"]);
  rows.push([34, "一、一般公共预算拨款"]);
  rows.push([35, "二、政府性基金预算拨款"]);
  rows.push([36, "三、国有资本经营预算拨款"]);
  rows.push([37, "收入总计", 534.8, "支出总计", 534.8, 534.8]);
  return rows;
}

/** 收入总表 (Hebei, 12 columns). */
export function incomeRows(): Row[] {
  const rows: Row[] = [
    ["部门预算收入总表"],
    [INFO],
    ["序号", "功能分类科目", null, "合计", "本年收入", null, null, null, null, null, null, null, "上年结转"],
    [null, "科目编码", "科目名称", null, "小计", "财政拨款收入", "财政专户收入", "事业收入", "经营收入", "上级补助收入", "附属单位上缴收入", "其他收入"],
    ["栏次", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  ];
  const data: [string, string, number][] = [
    ["合计", "", 534.8],
    ["208", "社会保障和就业支出", 34.9],
    ["20805", "行政事业单位养老支出", 29],
    ["2080501", "行政单位离退休", 3],
    ["2080505", "机关事业单位基本养老保险缴费支出", 26],
    ["20827", "财政对其他社会保险基金的补助", 1.9],
    ["2082701", "财政对失业保险基金的补助", 0.9],
    ["2082702", "财政对工伤保险基金的补助", 1],
    ["20899", "其他社会保障和就业支出", 4],
    ["2089999", "其他社会保障和就业支出", 4],
    ["210", "卫生健康支出", 474.9],
    ["21011", "行政事业单位医疗", 113],
    ["2101101", "行政单位医疗", 109],
    ["2101103", "公务员医疗补助", 4],
    ["21015", "医疗保障管理事务", 361.9],
    ["2101501", "行政运行", 244.9],
    ["2101504", "信息化建设", 32],
    ["2101506", "医疗保障经办事务", 40],
    ["2101599", "其他医疗保障管理事务支出", 45],
    ["221", "住房保障支出", 25],
    ["22102", "住房改革支出", 25],
    ["2210201", "住房公积金", 25],
  ];
  data.forEach(([code, name, amount], i) => rows.push([i + 1, code, name || null, amount, amount, amount]));
  return rows;
}

/** 一般公共预算财政拨款支出表: the 支出总表 data under its own title, five columns. */
export function generalBudgetRows(): Row[] {
  return expenditureRows().map((r, i) => {
    if (i === 0) return ["部门预算一般公共预算财政拨款支出表"];
    if (i === 2) return ["序号", "功能分类科目", null, "合计", "基本支出", "项目支出"];
    if (i === 4) return ["栏次", 1, 2, 3, 4, 5];
    return r.slice(0, 6);
  });
}

/** 一般公共预算财政拨款基本支出表 (economic codes). */
export function basicRows(): Row[] {
  const rows: Row[] = [
    ["部门预算一般公共预算财政拨款基本支出表"],
    [INFO],
    ["序号", "支出部门经济分类科目", null, "一般公共预算基本支出"],
    [null, "科目编码", "科目名称", "合计", "人员经费", "公用经费"],
    ["栏次", 1, 2, 3, 4, 5],
    [1, "合计", null, 298.8, 274.9, 23.9],
  ];
  const personnel: [string, string, number][] = [
    ["301", "工资福利支出", 271.9], ["30101", "基本工资", 115], ["30102", "津贴补贴", 18], ["30103", "奖金", 14],
    ["30107", "绩效工资", 49], ["30108", "机关事业单位基本养老保险缴费", 26], ["30110", "职工基本医疗保险缴费", 19],
    ["30111", "公务员医疗补助缴费", 4], ["30112", "其他社会保障缴费", 1.9], ["30113", "住房公积金", 25],
  ];
  const pub: [string, string, number][] = [
    ["302", "商品和服务支出", 23.4], ["30201", "办公费", 10], ["30202", "印刷费", 1], ["30211", "差旅费", 1],
    ["30216", "培训费", 2.2], ["30229", "福利费", 2], ["30239", "其他交通费用", 6.7], ["30299", "其他商品和服务支出", 0.5],
  ];
  let n = 2;
  for (const [c, name, a] of personnel) rows.push([n++, c, name, a, a]);
  for (const [c, name, a] of pub) rows.push([n++, c, name, a, null, a]);
  rows.push([n++, "303", "对个人和家庭的补助", 3, 3]);
  rows.push([n++, "30302", "退休费", 3, 3]);
  rows.push([n++, "310", "资本性支出", 0.5, null, 0.5]);
  rows.push([n++, "31002", "办公设备购置", 0.5, null, 0.5]);
  return rows;
}

/** "三公" table (Hebei) with the seed's real error: 合计 blank while 培训费 = 2.20. */
export function threePublicRows(): Row[] {
  return [
    ["部门预算财政拨款“三公”经费支出表"],
    [INFO],
    ["序号", "项目", "资金性质"],
    [null, null, "合计", "一般公共预算财政拨款", "政府性基金预算拨款", "国有资本经营预算财政拨款"],
    ["栏次", 1, 2, 3, 4, 5],
    [1, "合计"],
    [2, "“三公”经费小计"],
    [3, "一、因公出国（境）费"],
    [4, "其中：教学科研人员因公出国（境）费"],
    [5, "其他因公出国（境）费"],
    [6, "二、公务用车购置及运维费"],
    [7, "其中：公务用车购置费"],
    [8, "公务用车运行维护费"],
    [9, "三、公务接待费"],
    [10, "四、会议费"],
    [11, "五、培训费", 2.2, 2.2],
  ];
}

/** An empty fund table with its note. */
export function emptyFundRows(title: string, note: string): Row[] {
  return [
    [title],
    [INFO],
    ["序号", "功能分类科目", null, "合计", "基本支出", "项目支出"],
    [null, "科目编码", "科目名称"],
    ["栏次", 1, 2, 3, 4, 5],
    [note],
  ];
}

/** The seven numeric tables of seed 001 that the cross-table rules read, one per sheet. */
export function seedWorkbook(overrides: Partial<Record<"t1" | "t2" | "t3" | "t4" | "t5" | "t6" | "t9", Row[]>> = {}): WorkbookSnapshot {
  return workbook(
    sheet("收支总表", overrides.t1 ?? summaryRows()),
    sheet("收入", overrides.t2 ?? incomeRows()),
    sheet("支出", overrides.t3 ?? expenditureRows()),
    sheet("财拨", overrides.t4 ?? fiscalSummaryRows()),
    sheet("一般", overrides.t5 ?? generalBudgetRows()),
    sheet("基本", overrides.t6 ?? basicRows()),
    sheet("基金", emptyFundRows("部门预算政府性基金预算财政拨款支出表", "注：无政府性基金预算财政拨款预算，空表列示。")),
    sheet("国资", emptyFundRows("部门预算国有资本经营预算财政拨款支出表", "注：无国有资本经营预算财政拨款预算，空表列示。")),
    sheet("三公", overrides.t9 ?? threePublicRows()),
  );
}

/** Index of the first row with a cell equal to `text` (a code or a label). */
export function rowIndex(rows: Row[], text: string): number {
  const i = rows.findIndex((r) => r.some((v) => v === text));
  if (i < 0) throw new Error(`no row with ${text}`);
  return i;
}
