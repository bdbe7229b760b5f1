/**
 * Helpers for the code and hygiene rule specs: hand-made sheets and Table objects (independent of
 * the recognizer) and a runner that applies one rule the way src/engine/check.ts does. Data transcribed
 * from seed 001 (巨鹿县医疗保障局 2023 部门预算, 万元).
 */
import { CellValue, SheetSnapshot, sheetFromRows, WorkbookSnapshot } from "../../../src/model/snapshot";
import type { Finding } from "../../../src/model/findings";
import { cellText } from "../../../src/model/values";
import type { CellRange } from "../../../src/model/a1";
import type { CodedRow, CodedTable, ColumnRole, TableColumn, TemplateId, Table } from "../../../src/recognize/model";
import type { FindingDraft, Rule, RuleContext } from "../../../src/rules/types";
import { ValueReader } from "../../../src/rules/lib/values";
import { toFinding } from "../../../src/engine/check";

export type Row = CellValue[];

export const INFO_LINE = "450 巨鹿县医疗保障局 预算年度：2023 单位：万元";

/** 支出总表 body (Hebei): 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出. */
export function functionBody(): Row[] {
  return [
    ["合计", null, 534.8, 298.8, 236],
    ["208", "社会保障和就业支出", 34.9, 30.9, 4],
    ["20805", "行政事业单位养老支出", 29, 29, null],
    ["2080501", "行政单位离退休", 3, 3, null],
    ["2080505", "机关事业单位基本养老保险缴费支出", 26, 26, null],
    ["20827", "财政对其他社会保险基金的补助", 1.9, 1.9, null],
    ["2082701", "财政对失业保险基金的补助", 0.9, 0.9, null],
    ["2082702", "财政对工伤保险基金的补助", 1, 1, null],
    ["20899", "其他社会保障和就业支出", 4, null, 4],
    ["2089999", "其他社会保障和就业支出", 4, null, 4],
    ["210", "卫生健康支出", 474.9, 242.9, 232],
    ["21011", "行政事业单位医疗", 113, 23, 90],
    ["2101101", "行政单位医疗", 109, 19, 90],
    ["2101103", "公务员医疗补助", 4, 4, null],
    ["21015", "医疗保障管理事务", 361.9, 219.9, 142],
    ["2101501", "行政运行", 244.9, 219.9, 25],
    ["2101504", "信息化建设", 32, null, 32],
    ["2101506", "医疗保障经办事务", 40, null, 40],
    ["2101599", "其他医疗保障管理事务支出", 45, null, 45],
    ["221", "住房保障支出", 25, 25, null],
    ["22102", "住房改革支出", 25, 25, null],
    ["2210201", "住房公积金", 25, 25, null],
  ];
}

/** 一般公共预算财政拨款基本支出表 body (Hebei): 科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费. */
export function economicBody(): Row[] {
  return [
    ["合计", null, 298.8, 274.9, 23.9],
    ["301", "工资福利支出", 271.9, 271.9, null],
    ["30101", "基本工资", 115, 115, null],
    ["30102", "津贴补贴", 18, 18, null],
    ["30103", "奖金", 14, 14, null],
    ["30107", "绩效工资", 49, 49, null],
    ["30108", "机关事业单位基本养老保险缴费", 26, 26, null],
    ["30110", "职工基本医疗保险缴费", 19, 19, null],
    ["30111", "公务员医疗补助缴费", 4, 4, null],
    ["30112", "其他社会保障缴费", 1.9, 1.9, null],
    ["30113", "住房公积金", 25, 25, null],
    ["302", "商品和服务支出", 23.4, null, 23.4],
    ["30201", "办公费", 10, null, 10],
    ["30202", "印刷费", 1, null, 1],
    ["30211", "差旅费", 1, null, 1],
    ["30216", "培训费", 2.2, null, 2.2],
    ["30229", "福利费", 2, null, 2],
    ["30239", "其他交通费用", 6.7, null, 6.7],
    ["30299", "其他商品和服务支出", 0.5, null, 0.5],
    ["303", "对个人和家庭的补助", 3, 3, null],
    ["30302", "退休费", 3, 3, null],
    ["310", "资本性支出", 0.5, null, 0.5],
    ["31002", "办公设备购置", 0.5, null, 0.5],
  ];
}

export interface FixtureOptions {
  template?: TemplateId;
  codeSystem?: "function" | "economic";
  codeLayout?: "single" | "split";
  sheetName?: string;
  title?: string;
  /** Header texts, one per column (row 2). Default: 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出. */
  header?: string[];
  codeCol?: number;
  labelCol?: number;
  /** Column of a second (政府经济分类) code. */
  secondaryCol?: number;
  /** Amount columns; default: every header column after the code, label and secondary columns. */
  amountCols?: number[];
  /** Rows under the body (notes). Lines starting with 注/说明 become `table.notes` unless notesInTable is false. */
  below?: Row[];
  notesInTable?: boolean;
  /** Formulas by "row,col" (0-based sheet coordinates). */
  formulas?: Record<string, string>;
  merges?: CellRange[];
}

export interface Fixture {
  workbook: WorkbookSnapshot;
  sheet: SheetSnapshot;
  table: CodedTable;
}

/** First body row on the sheet (row 0 title, row 1 unit line, row 2 header). Body row i is sheet row BODY_TOP + i, i.e. A1 row BODY_TOP + i + 1. */
export const BODY_TOP = 3;

const TOTAL = /^(合计|总计|共计)$/;

/** A coded table on its own sheet: title, unit line, one header row, then `body`. */
export function codedFixture(body: Row[], opts: FixtureOptions = {}): Fixture {
  const header = opts.header ?? ["科目编码", "科目名称", "合计", "基本支出", "项目支出"];
  const codeCol = opts.codeCol ?? 0;
  const labelCol = opts.labelCol ?? 1;
  const special = [codeCol, labelCol, opts.secondaryCol ?? -1];
  const amountCols = opts.amountCols ?? header.map((_, i) => i).filter((i) => special.indexOf(i) < 0);
  const title = opts.title ?? "部门预算支出总表";
  const below = opts.below ?? [];
  const rows: Row[] = [[title], [INFO_LINE], header.slice(), ...body.map((r) => r.slice()), ...below.map((r) => r.slice())];
  const sheetName = opts.sheetName ?? "支出总表";
  const sheet = sheetFromRows(sheetName, rows, { formulas: opts.formulas ?? {}, merges: opts.merges ?? [] });

  const columns: TableColumn[] = [
    { role: "code", col: codeCol, header: header[codeCol] ?? "", numeric: false },
    { role: "name", col: labelCol, header: header[labelCol] ?? "", numeric: false },
  ];
  if (opts.secondaryCol !== undefined) {
    columns.push({ role: "secondaryCode", col: opts.secondaryCol, header: header[opts.secondaryCol] ?? "", numeric: false });
  }
  amountCols.forEach((col, i) => columns.push({ role: i === 0 ? "total" : unknownRole(`amount${i}`), col, header: header[col] ?? "", numeric: true }));

  const codedRows: CodedRow[] = [];
  body.forEach((r, i) => {
    const row = BODY_TOP + i;
    const code = cellText(r[codeCol]).trim();
    const label = cellText(r[labelCol]).trim();
    if (TOTAL.test(code) || TOTAL.test(label)) {
      codedRows.push({ row, kind: "total", label: TOTAL.test(label) ? label : code, labelCol });
    } else if (code) {
      const coded: CodedRow = { row, kind: "coded", code, codeCol, label, labelCol };
      const secondary = opts.secondaryCol !== undefined ? cellText(r[opts.secondaryCol]).trim() : "";
      if (secondary) coded.secondaryCode = secondary;
      codedRows.push(coded);
    } else if (amountCols.some((c) => r[c] !== null && r[c] !== undefined)) {
      codedRows.push({ row, kind: "other", label, labelCol });
    }
  });

  const notes: { row: number; text: string }[] = [];
  if (opts.notesInTable !== false) {
    below.forEach((r, i) => {
      const text = cellText(r[0]).trim();
      if (/^(注|说明)/.test(text)) notes.push({ row: BODY_TOP + body.length + i, text });
    });
  }

  const table: CodedTable = {
    shape: "coded",
    template: opts.template ?? "expenditure",
    sheet: sheetName,
    sheetIndex: 0,
    title,
    titleCell: { row: 0, col: 0 },
    unit: "万元",
    header: { top: 2, bottom: 2 },
    body: { top: BODY_TOP, bottom: BODY_TOP + body.length - 1 },
    columns,
    notes,
    layout: "test",
    bodyMerges: (opts.merges ?? []).filter((m) => m.bottom >= BODY_TOP && m.top <= BODY_TOP + body.length - 1),
    codeSystem: opts.codeSystem ?? "function",
    codeLayout: opts.codeLayout ?? "single",
    rows: codedRows,
  };
  return { workbook: { source: "test.xlsx", sheets: [sheet] }, sheet, table };
}

/** The 基本支出表 fixture (economic codes). */
export function economicFixture(body: Row[] = economicBody(), opts: FixtureOptions = {}): Fixture {
  return codedFixture(body, {
    template: "general-budget-basic",
    codeSystem: "economic",
    title: "部门预算一般公共预算财政拨款基本支出表",
    sheetName: "基本支出表",
    header: ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
    ...opts,
  });
}

/** A copy of `rows` with one cell replaced (0-based row and column within `rows`). */
export function withCell(rows: Row[], row: number, col: number, value: CellValue): Row[] {
  const copy = rows.map((r) => r.slice());
  while (copy[row].length <= col) copy[row].push(null);
  copy[row][col] = value;
  return copy;
}

/** Index of the body row holding `code` in column 0. */
export function rowOf(rows: Row[], code: string): number {
  const i = rows.findIndex((r) => r[0] === code);
  if (i < 0) throw new Error(`no row ${code}`);
  return i;
}

/** A1 row number of body row `i`. */
export function a1Row(i: number): number {
  return BODY_TOP + i + 1;
}

/** Runs one rule over the tables like src/engine/check.ts does (template filter, then workbook checks). */
export function runRule(rule: Rule, workbook: WorkbookSnapshot, tables: Table[]): Finding[] {
  const findings: Finding[] = [];
  const ctx = {
    workbook,
    tables,
    unrecognized: [],
    values: new ValueReader(workbook),
    report(d: FindingDraft) {
      findings.push(toFinding(rule, d));
    },
  } as RuleContext;
  for (const table of tables) {
    const templates = rule.meta.templates;
    if (templates && templates.length && templates.indexOf(table.template) < 0) continue;
    if (rule.checkTable) rule.checkTable(table, ctx);
  }
  if (rule.checkWorkbook) rule.checkWorkbook(ctx);
  return findings;
}

/** Shorthand: one fixture, one rule. */
export function check(rule: Rule, fixture: { workbook: WorkbookSnapshot; table: Table }): Finding[] {
  return runRule(rule, fixture.workbook, [fixture.table]);
}

/** A role no template gives (the extra amount columns of a fixture, or a corrupt table's): only rules that read every numeric column see it. */
export function unknownRole(name: string): ColumnRole {
  return name as ColumnRole;
}
