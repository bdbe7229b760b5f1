/**
 * 部门决算 tables in the central layout (docs/domain.md §3.1–§3.3): a 行次 column beside the labels, a
 * 栏次 row under the header, and total columns headed 本年收入合计 / 本年支出合计. Correct tables
 * give no finding; a wrong figure is found at its cell.
 */
import { checkWorkbookSync } from "../../src/engine/check";
import type { CellRange } from "../../src/model/a1";
import { CellValue, sheetFromRows } from "../../src/model/snapshot";
import { recognizeWorkbook } from "../../src/recognize";
import type { CodedTable, LabeledTable, SummaryTable } from "../../src/recognize/model";
import { packagesOf } from "../../src/rules/lib/cross";
import type { RuleContext } from "../../src/rules/types";
import { money, say } from "../support/text";

type Row = CellValue[];

function check(name: string, rows: Row[], merges: CellRange[]) {
  return checkWorkbookSync({ source: "决算.xlsx", sheets: [sheetFromRows(name, rows, { merges })] }, { locate: false });
}

const UNIT_LINE = (width: number): Row => ["编制单位：某某县医疗保障局", ...Array<CellValue>(width - 2).fill(null), "单位：万元"];

/** 收入支出决算总表: 使用非财政拨款结余 and 结余分配 beside the carry-overs (§3.3 D1). */
function incomeExpenseFinal(): { rows: Row[]; merges: CellRange[] } {
  const rows: Row[] = [
    ["收入支出决算总表"],
    UNIT_LINE(6),
    ["收入", null, null, "支出", null, null],
    ["项目", "行次", "金额", "项目", "行次", "金额"],
    ["栏次", null, 1, "栏次", null, 2],
    ["一、财政拨款收入", 1, 500, "一、一般公共服务支出", 32, null],
    ["其中：政府性基金预算财政拨款", 2, 20, "二、社会保障和就业支出", 33, 100],
    ["二、上级补助收入", 3, null, "三、卫生健康支出", 34, 420],
    ["三、事业收入", 4, 30, null, 35, null],
    ["四、经营收入", 5, null, null, 36, null],
    ["五、附属单位上缴收入", 6, null, null, 37, null],
    ["六、其他收入", 7, 5, null, 38, null],
    ["本年收入合计", 8, 535, "本年支出合计", 39, 520],
    ["使用非财政拨款结余", 9, 2, "结余分配", 40, 7],
    ["年初结转和结余", 10, 40, "年末结转和结余", 41, 50],
    ["收入总计", 11, 577, "支出总计", 42, 577],
  ];
  return { rows, merges: [{ top: 2, left: 0, bottom: 2, right: 2 }, { top: 2, left: 3, bottom: 2, right: 5 }] };
}

/** 财政拨款收入支出决算总表: carry-overs listed by fund, expenses by fund column (§3.3 D2). */
function fiscalFinal(): { rows: Row[]; merges: CellRange[] } {
  const rows: Row[] = [
    ["财政拨款收入支出决算总表"],
    UNIT_LINE(9),
    ["收入", null, null, "支出", null, null, null, null, null],
    ["项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
    ["栏次", null, 1, "栏次", null, 2, 3, 4, 5],
    ["一、一般公共预算财政拨款", 1, 480, "一、一般公共服务支出", 30, null, null, null, null],
    ["二、政府性基金预算财政拨款", 2, 20, "二、社会保障和就业支出", 31, 90, 90, null, null],
    ["三、国有资本经营预算财政拨款", 3, null, "三、卫生健康支出", 32, 380, 360, 20, null],
    [null, null, null, "四、住房保障支出", 33, 20, 20, null, null],
    ["本年收入合计", 4, 500, "本年支出合计", 34, 490, 470, 20, null],
    ["年初财政拨款结转和结余", 5, 30, "年末财政拨款结转和结余", 35, 40, 40, null, null],
    ["一般公共预算财政拨款", 6, 30, null, 36, null, null, null, null],
    ["政府性基金预算财政拨款", 7, null, null, 37, null, null, null, null],
    ["国有资本经营预算财政拨款", 8, null, null, 38, null, null, null, null],
    ["收入总计", 9, 530, "支出总计", 39, 530, 510, 20, null],
  ];
  return { rows, merges: [{ top: 2, left: 0, bottom: 2, right: 2 }, { top: 2, left: 3, bottom: 2, right: 8 }] };
}

/** A coded 决算 table: 项目 over 科目编码 | 科目名称, amount headers merged down two rows, a 栏次 row. */
function codedFinal(title: string, amountHeaders: string[], body: Row[]): { rows: Row[]; merges: CellRange[] } {
  const width = 2 + amountHeaders.length;
  const rows: Row[] = [
    [title],
    UNIT_LINE(width),
    ["项目", null, ...amountHeaders],
    ["功能分类科目编码", "科目名称", ...amountHeaders.map(() => null)],
    ["栏次", null, ...amountHeaders.map((_h, i) => i + 1)],
    ...body,
  ];
  const merges: CellRange[] = [{ top: 2, left: 0, bottom: 2, right: 1 }];
  for (let c = 2; c < width; c++) merges.push({ top: 2, left: c, bottom: 3, right: c });
  return { rows, merges };
}

/** 收入决算表 (§3.3 D3): 本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他. */
function incomeFinal() {
  return codedFinal("收入决算表", ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"], [
    ["合计", null, 535, 500, null, 30, null, null, 5],
    ["208", "社会保障和就业支出", 100, 100, null, null, null, null, null],
    ["20805", "行政事业单位养老支出", 100, 100, null, null, null, null, null],
    ["2080505", "机关事业单位基本养老保险缴费支出", 100, 100, null, null, null, null, null],
    ["210", "卫生健康支出", 435, 400, null, 30, null, null, 5],
    ["21015", "医疗保障管理事务", 435, 400, null, 30, null, null, 5],
    ["2101501", "行政运行", 435, 400, null, 30, null, null, 5],
  ]);
}

/** 支出决算表 (§3.3 D4): 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助. */
function expenditureFinal() {
  return codedFinal("支出决算表", ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"], [
    ["合计", null, 520, 300, 220, null, null, null],
    ["208", "社会保障和就业支出", 100, 100, null, null, null, null],
    ["20805", "行政事业单位养老支出", 100, 100, null, null, null, null],
    ["2080505", "机关事业单位基本养老保险缴费支出", 100, 100, null, null, null, null],
    ["210", "卫生健康支出", 420, 200, 220, null, null, null],
    ["21015", "医疗保障管理事务", 420, 200, 220, null, null, null],
    ["2101501", "行政运行", 420, 200, 220, null, null, null],
  ]);
}

describe("部门决算 tables (central layout)", () => {
  test("收入支出决算总表: the 行次 header is not taken for the 栏次 row; carry-overs, 结余分配 and totals are read", () => {
    const { rows, merges } = incomeExpenseFinal();
    const r = check("决算总表", rows, merges);
    expect(r.tables.map((t) => t.template)).toEqual(["income-expense-summary"]);
    const table = r.recognition.tables[0] as SummaryTable;
    expect(table.header).toEqual({ top: 2, bottom: 4 });
    expect(table.columnNumberRow).toBe(4);
    expect(table.columns.map((c) => c.role)).toEqual(["income.label", "seq", "income.amount", "expense.label", "expense.amount"]);
    const kinds = (side: string) => table.rows.filter((x) => x.side === side).map((x) => x.kind);
    expect(kinds("income")).toEqual(["item", "item", "item", "item", "item", "item", "item", "current-total", "carryover", "carryover", "grand-total"]);
    expect(kinds("expense")).toEqual(["item", "item", "item", "current-total", "carryover", "carryover", "grand-total"]);
    expect(r.findings).toEqual([]);
  });

  test("收入支出决算总表: a 收入总计 that leaves out 使用非财政拨款结余 is found", () => {
    const { rows, merges } = incomeExpenseFinal();
    rows[15][2] = 575; // 535 + 40, without the 2.00 of 使用非财政拨款结余
    const errors = check("决算总表", rows, merges).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.ruleId, f.cell])).toEqual(
      expect.arrayContaining([
        ["summary-identities", "C16"],
        ["income-expense-balance", "F16"],
      ]),
    );
    expect(say(errors.find((f) => f.ruleId === "summary-identities")!)).toContain("应为 577.00，实为 575.00");
  });

  test("收入支出决算表 (the central form from 2022: no 总 in the title, 财政拨款收入 by fund): read as the 总表, a wrong 本年收入合计 found at its cell", () => {
    const rows: Row[] = [
      ["迪庆藏族自治州某某局（本级）2024年度收入支出决算表"],
      ["公开01表", null, null, null, null, "金额单位：万元"],
      ["收入", null, null, "支出", null, null],
      ["项目", "行次", "金额", "项目", "行次", "金额"],
      ["栏次", null, 1, "栏次", null, 2],
      ["一、一般公共预算财政拨款收入", 1, 480, "一、一般公共服务支出", 32, null],
      ["二、政府性基金预算财政拨款收入", 2, 20, "二、社会保障和就业支出", 33, 100],
      ["三、国有资本经营预算财政拨款收入", 3, null, "三、卫生健康支出", 34, 420],
      ["四、上级补助收入", 4, null, null, 35, null],
      ["五、事业收入", 5, 30, null, 36, null],
      ["六、经营收入", 6, null, null, 37, null],
      ["七、附属单位上缴收入", 7, null, null, 38, null],
      ["八、其他收入", 8, 5, null, 39, null],
      ["本年收入合计", 9, 535, "本年支出合计", 40, 520],
      ["使用非财政拨款结余", 10, 2, "结余分配", 41, 7],
      ["年初结转和结余", 11, 40, "年末结转和结余", 42, 50],
      ["总计", 12, 577, "总计", 43, 577],
    ];
    const merges: CellRange[] = [{ top: 2, left: 0, bottom: 2, right: 2 }, { top: 2, left: 3, bottom: 2, right: 5 }];
    const r = check("公开01表", rows, merges);
    expect(r.tables.map((t) => t.template)).toEqual(["income-expense-summary"]);
    expect(r.findings).toEqual([]);

    rows[13][2] = 545; // the eight lines above add up to 535
    const errors = check("公开01表", rows, merges).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.ruleId, f.cell])).toContainEqual(["summary-identities", "C14"]);
    expect(say(errors.find((f) => f.ruleId === "summary-identities" && f.cell === "C14")!)).toContain("应为 535.00，实为 545.00");
  });

  test("财政拨款收入支出决算总表: correct, then a wrong 年末结转 in the fund column", () => {
    const { rows, merges } = fiscalFinal();
    const r = check("财政拨款决算", rows, merges);
    expect(r.tables.map((t) => t.template)).toEqual(["fiscal-summary"]);
    expect(r.recognition.tables[0].columns.map((c) => c.role)).toEqual([
      "income.label", "seq", "income.amount", "expense.label", "expense.total", "expense.gp", "expense.fund", "expense.soe",
    ]);
    expect(r.findings).toEqual([]);

    rows[14][6] = 500; // 一般公共预算 支出总计 should be 470 + 40
    const errors = check("财政拨款决算", rows, merges).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.ruleId, f.cell])).toContainEqual(["row-sum", "F15"]);
    expect(errors.map((f) => [f.ruleId, f.cell])).toContainEqual(["summary-identities", "G15"]);
  });

  test("财政拨款收入支出决算表 with its expense total headed 小计 (the 2022 form): read as the total; a wrong fund figure is found at its cell", () => {
    const { rows, merges } = fiscalFinal();
    rows[3][5] = "小计";
    const r = check("财政拨款决算", rows, merges);
    expect(r.recognition.tables[0].columns.map((c) => c.role)).toContain("expense.total");
    expect(r.findings).toEqual([]);
    rows[7][7] = 25; // 政府性基金 on 卫生健康支出: 20 with the 380 = 360 + 20 of its row
    const located = checkWorkbookSync({ source: "决算.xlsx", sheets: [sheetFromRows("财政拨款决算", rows, { merges })] }).findings;
    expect(located.map((f) => [f.ruleId, f.cell, f.expected])).toEqual([["row-sum", "H8", money("20.00")]]);
  });

  test("fund columns without a total column: 收入总计 is compared with none of them (it was compared with 一般公共预算 alone)", () => {
    const { rows, merges } = fiscalFinal();
    for (const row of rows) row.splice(5, 1);
    merges[1] = { top: 2, left: 3, bottom: 2, right: 7 };
    const r = check("财政拨款决算", rows, merges);
    expect(r.recognition.tables[0].columns.map((c) => c.role)).not.toContain("expense.total");
    expect(r.findings.filter((f) => f.ruleId === "income-expense-balance")).toEqual([]);
  });

  test("收入决算表: 本年收入合计 is the total column, and every row adds up to it", () => {
    const { rows, merges } = incomeFinal();
    const r = check("收入决算", rows, merges);
    const table = r.recognition.tables[0] as CodedTable;
    expect(table.template).toBe("income");
    expect(table.columns.map((c) => c.role)).toEqual(["code", "name", "current", "fiscal", "superior", "business", "operating", "affiliated", "other"]);
    expect(r.findings).toEqual([]);

    rows[9][2] = 436; // 210 本年收入合计, one more than its sources
    const rowSums = check("收入决算", rows, merges).findings.filter((f) => f.ruleId === "row-sum");
    expect(rowSums.map((f) => [f.cell, f.severity])).toEqual([["C10", "error"]]);
    expect(say(rowSums[0])).toContain("本年收入合计 = 财政拨款收入 + 事业收入");
  });

  test("支出决算表: 本年支出合计 is the total column, and every row adds up to it", () => {
    const { rows, merges } = expenditureFinal();
    const r = check("支出决算", rows, merges);
    const table = r.recognition.tables[0] as CodedTable;
    expect(table.template).toBe("expenditure");
    expect(table.columns.map((c) => c.role)).toEqual(["code", "name", "total", "basic", "project", "remit", "operating", "subsidy"]);
    expect(r.findings).toEqual([]);

    rows[11][3] = 210; // 2101501 基本支出 off by 10: the row and its parents no longer add up
    const errors = check("支出决算", rows, merges).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.ruleId, f.cell])).toEqual(
      expect.arrayContaining([
        ["row-sum", "C12"],
        ["code-hierarchy", "D11"],
      ]),
    );
  });

  test("基本支出决算表 with 人员经费 and 公用经费 side by side: one table per half, each checked on its own", () => {
    const { rows, merges } = basicSideBySide();
    const r = check("基本支出决算", rows, merges);
    const halves = r.recognition.tables as CodedTable[];
    expect(halves.map((t) => [t.template, t.layout])).toEqual([
      ["general-budget-basic", "side-by-side"],
      ["general-budget-basic", "side-by-side"],
    ]);
    expect(halves.map((t) => t.columns.map((c) => `${c.role}@${c.col}`))).toEqual([
      ["code@0", "name@1", "personnel@2"],
      ["code@3", "name@4", "public@5"],
    ]);
    expect(halves[1].rows.filter((x) => x.kind === "coded").map((x) => x.code)).toEqual(["302", "30201", "30202", "310", "31002"]);
    // The result (and budget-check's JSON) tells the halves apart by where each sits.
    expect(r.tables.map((t) => [t.layout, t.range])).toEqual([
      ["side-by-side", "A3:C10"],
      ["side-by-side", "D3:F10"],
    ]);
    // The codes of one half are not read as amounts of the other (they used to be: "302" as a text number).
    expect(r.findings).toEqual([]);
  });

  test("基本支出决算表 side by side: a wrong line and a wrong 公用经费合计 are found in their half", () => {
    const { rows, merges } = basicSideBySide();
    rows[6][2] = 157.9; // 30102 津贴补贴: 301 no longer adds up
    rows[9][5] = 24.9; // 公用经费合计 ≠ 302 + 310
    const errors = check("基本支出决算", rows, merges).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.ruleId, f.cell])).toEqual(
      expect.arrayContaining([
        ["code-hierarchy", "C5"],
        ["column-total", "F10"],
      ]),
    );
    expect(say(errors.find((f) => f.ruleId === "column-total")!)).toContain("应为 23.90，实为 24.90");
  });

  test("the halves of a side-by-side table stay in one department package", () => {
    const basic = basicSideBySide();
    const three = threePublicByColumns();
    const workbook = {
      source: "决算.xlsx",
      sheets: [sheetFromRows("基本支出", basic.rows, { merges: basic.merges }), sheetFromRows("三公", three.rows, { merges: three.merges })],
    };
    const tables = recognizeWorkbook(workbook).tables;
    expect(tables.map((t) => t.template)).toEqual(["general-budget-basic", "general-budget-basic", "three-public"]);
    expect(packagesOf({ tables } as unknown as RuleContext)).toHaveLength(1);
  });

  test("“三公”经费支出决算表 with the items as columns (预算数 | 决算数): each block adds up", () => {
    const { rows, merges } = threePublicByColumns();
    const r = check("三公决算", rows, merges);
    const table = r.recognition.tables[0] as LabeledTable;
    expect(table.template).toBe("three-public");
    expect(table.columns.map((c) => c.role)).toEqual([
      "budget.total", "budget.abroad", "budget.car", "budget.car.purchase", "budget.car.running", "budget.reception",
      "final.total", "final.abroad", "final.car", "final.car.purchase", "final.car.running", "final.reception",
    ]);
    // Only the 完成预算 % note (three-public-completion, D6).
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.cell])).toEqual([["three-public-completion", "info", "G7"]]);

    rows[6][8] = 3.7; // 决算数 公务用车购置及运行费 小计, 0.10 more than 购置费 + 运行费
    const findings = check("三公决算", rows, merges).findings.map((f) => [f.ruleId, f.severity, f.cell, say(f)]);
    expect(findings.filter((f) => f[0] !== "three-public-completion")).toEqual([
      ["row-sum", "warning", "G7", "第7行：决算数合计 = 因公出国(境)费 + 公务用车购置及运行费小计 + 公务接待费：应为 4.60，实为 4.50，差额 -0.10"],
      ["row-sum", "error", "I7", "第7行：公务用车购置及运行费小计 = 公务用车购置费 + 公务用车运行费：应为 3.60，实为 3.70，差额 +0.10"],
    ]);
  });

  test("a “三公” title over a layout with neither item rows nor item columns is left unrecognised, not forced", () => {
    const r = check("三公", [
      ["一般公共预算财政拨款“三公”经费支出决算表"],
      UNIT_LINE(4),
      ["预算数", null, null, null],
      ["合计", null, null, null],
      [5, null, null, null],
    ], []);
    expect(r.tables).toEqual([]);
    expect(r.findings.map((f) => f.ruleId)).toEqual(["unrecognized-sheet"]);
  });
});

describe("a 部门决算 package (central layout)", () => {
  const pkg = (t4Rows = fiscalFinal().rows) => {
    const sheets = [incomeExpenseFinal(), incomeFinal(), expenditureFinal(), { rows: t4Rows, merges: fiscalFinal().merges }, basicSideBySide(), threePublicByColumns()];
    const names = ["1收支总表", "2收入", "3支出", "4财政拨款", "6基本支出", "7三公"];
    return { source: "决算.xlsx", sheets: sheets.map((x, i) => sheetFromRows(names[i], x.rows, { merges: x.merges })) };
  };

  test("whose tables agree gives no finding, across tables included", () => {
    const r = checkWorkbookSync(pkg(), { locate: false });
    expect(r.tables.map((t) => t.template)).toEqual([
      "income-expense-summary", "income", "expenditure", "fiscal-summary", "general-budget-basic", "general-budget-basic", "three-public",
    ]);
    // 收支总表's fiscal income is its one 财政拨款收入 line (X4), not the "其中：政府性基金" line under it.
    // The 基本支出 fixture lists 302's 款 only in part (no 30217, 30231): X11 compares the 决算数
    // block's 公务用车运行费 and 公务接待费 with those lines and warns; nothing else is reported.
    expect(r.findings.filter((f) => f.severity !== "info").map((f) => [f.ruleId, f.severity, f.cell])).toEqual([
      ["cross-three-public-economic", "warning", "K7"],
      ["cross-three-public-economic", "warning", "L7"],
    ]);
  });

  test("finds 财政拨款收入支出决算总表's 本年收入合计 out of line with 收支总表's 财政拨款收入 (X4)", () => {
    const t4 = fiscalFinal().rows;
    t4[9][2] = 510; // 本年收入合计: 收支总表 says 500.00 of 财政拨款收入
    const x4 = checkWorkbookSync(pkg(t4), { locate: false }).findings.filter((f) => f.ruleId === "cross-income-totals");
    // Against 收支总表's 财政拨款收入 and against 收入决算表's 财政拨款收入 合计: both say 500.00.
    expect(x4.map((f) => [f.sheet, f.cell, f.expected, f.actual])).toEqual([
      ["4财政拨款", "C10", money("500.00"), money("510.00")],
      ["4财政拨款", "C10", money("500.00"), money("510.00")],
    ]);
    expect(x4.map((f) => say(f)).some((m) => m.includes("收支总表"))).toBe(true);
    expect(x4.map((f) => say(f)).some((m) => m.includes("收入总表"))).toBe(true);
  });
});

describe("a side-by-side 基本支出决算表 in the cross-table checks", () => {
  /** 一般公共预算财政拨款支出决算表 whose 基本支出 matches the two halves: 298.80 = 274.90 + 23.90. */
  function generalFinal(): { rows: Row[]; merges: CellRange[] } {
    const rows: Row[] = [
      ["一般公共预算财政拨款支出决算表"],
      UNIT_LINE(5),
      ["项目", null, "本年支出", null, null],
      ["科目编码", "科目名称", "小计", "基本支出", "项目支出"],
      ["栏次", null, 1, 2, 3],
      ["合计", null, 470, 298.8, 171.2],
      ["208", "社会保障和就业支出", 103, 103, null],
      ["20805", "行政事业单位养老支出", 103, 103, null],
      ["2080501", "行政单位离退休", 3, 3, null],
      ["2080505", "机关事业单位基本养老保险缴费支出", 100, 100, null],
      ["210", "卫生健康支出", 367, 195.8, 171.2],
      ["21015", "医疗保障管理事务", 367, 195.8, 171.2],
      ["2101501", "行政运行", 367, 195.8, 171.2],
    ];
    return { rows, merges: [{ top: 2, left: 0, bottom: 2, right: 1 }, { top: 2, left: 2, bottom: 2, right: 4 }] };
  }
  const workbook = (basicRows = basicSideBySide().rows) => {
    const general = generalFinal();
    return {
      source: "决算.xlsx",
      sheets: [
        sheetFromRows("5一般公共预算", general.rows, { merges: general.merges }),
        sheetFromRows("6基本支出", basicRows, { merges: basicSideBySide().merges }),
      ],
    };
  };

  test("X7: 人员经费合计 + 公用经费合计 = 一般公共预算支出表's 基本支出; X8 finds 退休费 in the 人员经费 half", () => {
    expect(checkWorkbookSync(workbook(), { locate: false }).findings).toEqual([]);

    const basic = basicSideBySide().rows;
    basic[7][2] = 4; // 303 对个人和家庭的补助
    basic[8][2] = 4; // 30302 退休费: 2080501 行政单位离退休 pays 3.00
    basic[9][2] = 275.9; // 人员经费合计, so that the half still adds up
    const cross = checkWorkbookSync(workbook(basic), { locate: false }).findings.map((f) => [f.ruleId, f.severity, f.sheet, f.cell, f.expected, f.actual]);
    expect(cross).toEqual([
      ["cross-basic-expenditure", "error", "5一般公共预算", "D6", money("299.80"), money("298.80")],
      ["cross-economic-function", "warning", "6基本支出", "C9", money("3.00"), money("4.00")],
    ]);
  });
});

/** 一般公共预算财政拨款基本支出决算表, central form: 人员经费 on the left, 公用经费 on the right. */
function basicSideBySide(): { rows: Row[]; merges: CellRange[] } {
  const rows: Row[] = [
    ["一般公共预算财政拨款基本支出决算表"],
    UNIT_LINE(6),
    ["人员经费", null, null, "公用经费", null, null],
    ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
    ["301", "工资福利支出", 271.9, "302", "商品和服务支出", 23.4],
    ["30101", "基本工资", 115, "30201", "办公费", 10],
    ["30102", "津贴补贴", 156.9, "30202", "印刷费", 13.4],
    ["303", "对个人和家庭的补助", 3, "310", "资本性支出", 0.5],
    ["30302", "退休费", 3, "31002", "办公设备购置", 0.5],
    ["人员经费合计", null, 274.9, "公用经费合计", null, 23.9],
  ];
  return { rows, merges: [{ top: 2, left: 0, bottom: 2, right: 2 }, { top: 2, left: 3, bottom: 2, right: 5 }] };
}

/** 一般公共预算财政拨款“三公”经费支出决算表, central form: items as columns, a 预算数 and a 决算数 block. */
function threePublicByColumns(): { rows: Row[]; merges: CellRange[] } {
  const items: Row = ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"];
  const car: Row = [null, null, "小计", "公务用车购置费", "公务用车运行费", null];
  const rows: Row[] = [
    ["一般公共预算财政拨款“三公”经费支出决算表"],
    UNIT_LINE(12),
    ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
    [...items, ...items],
    [...car, ...car],
    Array.from({ length: 12 }, (_v, i) => i + 1),
    [5, 0, 4, 0, 4, 1, 4.5, 0, 3.6, 0, 3.6, 0.9],
  ];
  const merges: CellRange[] = [];
  for (const left of [0, 6]) {
    merges.push({ top: 2, left, bottom: 2, right: left + 5 }, { top: 3, left: left + 2, bottom: 3, right: left + 4 });
    for (const c of [0, 1, 5]) merges.push({ top: 3, left: left + c, bottom: 4, right: left + c });
  }
  return { rows, merges };
}

describe("a second code column that is not a half", () => {
  test("a 政府经济分类 code and name after the amounts stay one table with a secondary code", () => {
    const rows: Row[] = [
      ["一般公共预算财政拨款基本支出表"],
      UNIT_LINE(7),
      ["部门经济分类科目编码", "部门经济分类科目名称", "合计", "人员经费", "公用经费", "政府经济分类科目编码", "政府经济分类科目名称"],
      ["合计", null, 298.8, 274.9, 23.9, null, null],
      ["301", "工资福利支出", 271.9, 271.9, null, "501", "机关工资福利支出"],
      ["302", "商品和服务支出", 23.4, null, 23.4, "502", "机关商品和服务支出"],
      ["303", "对个人和家庭的补助", 3, 3, null, "509", "对个人和家庭的补助"],
      ["310", "资本性支出", 0.5, null, 0.5, "503", "机关资本性支出（一）"],
    ];
    const r = check("基本支出", rows, []);
    const tables = r.recognition.tables as CodedTable[];
    expect(tables.map((t) => t.layout)).toEqual(["standard"]);
    expect(tables[0].columns.map((c) => c.role)).toEqual(["code", "name", "total", "personnel", "public", "secondaryCode", "secondaryName"]);
  });
});
