/**
 * What recognition produces: a sheet understood as one of the known tables, with every column
 * given a role and every data row given a kind. Rules read values through these coordinates;
 * nothing here copies cell values, so a table is cheap to build on a large sheet.
 */
import type { CellRange } from "../model/a1";

export type { TableShape, TemplateId, Unit } from "../catalog/table-types";
export type { ColumnRole, RowRole } from "../catalog/roles";
import type { TemplateId, Unit } from "../catalog/table-types";
import type { ColumnRole, RowRole } from "../catalog/roles";

/** A column the recognizer understood. */
export interface TableColumn {
  /** Role id from the template, e.g. "total", "basic", "code", "name". */
  role: ColumnRole;
  col: number;
  /** Header text path, top to bottom, joined with "/" (e.g. "本年收入/小计"). */
  header: string;
  numeric: boolean;
}

export type CodedRowKind =
  /** 合计/总计/共计 row of the whole table. */
  | "total"
  /** 小计 row of a group of rows (see `group`). */
  | "subtotal"
  /** A row with a classification code (any level). */
  | "coded"
  /** A 单位 row (unit code + unit name) in multi-unit layouts: a subtotal of the rows below it. */
  | "unit"
  /** A row with amounts but neither a code nor a known label. */
  | "other"
  /** "其中：…", a part of the row above it: its own row is checked, but it is never added into a total. */
  | "detail";

export interface CodedRow {
  row: number;
  kind: CodedRowKind;
  /** Normalised code ("2080505"); for split 类|款|项 layouts, the joined code. */
  code?: string;
  /** Secondary code on the row (the 政府经济分类 code in a two-code 基本支出表). */
  secondaryCode?: string;
  /** The cell holding the code (the 项 cell in split layouts). */
  codeCol?: number;
  /** Name / label text and its column. */
  label: string;
  labelCol?: number;
  /** For subtotal rows: the data rows they add up (sheet row indexes). */
  members?: number[];
}

export interface CodedTable extends TableBase {
  shape: "coded";
  codeSystem: "function" | "economic";
  /** "single": one code column (208 / 20805 / 2080505); "split": 类|款|项 columns. */
  codeLayout: "single" | "split";
  rows: CodedRow[];
  /**
   * Side-by-side halves whose 合计 label is merged across into this half (the 公用经费合计 of a
   * central 基本支出决算表 spans the 302 block and stands in the 310 block's amount column): their
   * top-level rows, each in its own amount column, add up to this half's total too.
   */
  carried?: { col: number; rows: number[] }[];
}

export type SummarySide = "income" | "expense";

export type SummaryRowKind =
  /** An income source or an expenditure class/category. `level` 1 for 一、…, 2 for 1、/(1)/其中. */
  | "item"
  /** 本年收入合计 / 本年支出合计 (本年收入小计 in some layouts). */
  | "current-total"
  /** 上年结转结余 / 年初财政拨款结转和结余 / 年终结转结余 / 年末… */
  | "carryover"
  /** Components listed under a carry-over row (T4 rows 34-36). */
  | "carryover-item"
  /** 收入总计 / 支出总计 / 收入合计 (Henan). */
  | "grand-total";

export interface SummaryRow {
  row: number;
  side: SummarySide;
  kind: SummaryRowKind;
  label: string;
  labelCol: number;
  level: 1 | 2;
  /** For expenditure classes: the function class code matched from the name ("208"). */
  classCode?: string;
}

/** Two-sided tables (收支总表, 财政拨款收支总表). Amount columns carry a side prefix in their role. */
export interface SummaryTable extends TableBase {
  shape: "summary";
  rows: SummaryRow[];
}

/** Tables whose rows are fixed labels (the "三公" table). */
export interface LabeledRow {
  row: number;
  /** Row role by its label, e.g. "total", "reception"; "other" when the label is unknown. */
  role: RowRole;
  label: string;
  labelCol: number;
}

export interface LabeledTable extends TableBase {
  shape: "labeled";
  rows: LabeledRow[];
}

/** One indicator line of a goal, self-evaluation or scoring table. */
export interface IndicatorRow {
  row: number;
  level1: string;
  level2: string;
  /** 三级指标 (indicator name). */
  name: string;
  description?: string;
  /** 指标值 / 年度指标值. */
  target?: string;
  basis?: string;
  /** 全年实际完成值 (self-evaluation). */
  actual?: string;
  /** 未完成原因和改进措施 / 偏差原因. */
  reason?: string;
  weight?: string;
  score?: string;
  /** 项目名称, in a table that lists several projects (Henan layout); carried down its block. */
  project?: string;
  /** 年度目标 of the row's project, in a table that lists several projects. */
  goal?: string;
  /**
   * The columns of this row's name and target when the table sets its indicators side by side in
   * several 三级指标 | 指标值 pairs (the consolidated Henan table: 产出 | 效益 | 满意度); otherwise the
   * table's name and target columns.
   */
  nameCol?: number;
  targetCol?: number;
  /**
   * 正向 or 反向 (指标) as a 指标性质 column writes it, beside a bare 指标值: read as "≥" or "≤" in
   * `target` ("正向指标 | 5000 | 人次" → "≥5000人次").
   */
  direction?: string;
}

/** One 三级指标 | 指标值 pair of a table with several side by side, and the 一级 its group header names. */
export interface IndicatorPair {
  name: number;
  target: number;
  level1: string;
}

export interface IndicatorTable extends TableBase {
  shape: "indicator";
  indicators: IndicatorRow[];
  /** Project or department name when the table states it (the 项目名称 line above the indicators). */
  subject?: string;
  /** The cell holding `subject`. */
  subjectCell?: { row: number; col: number };
  /**
   * The 项目资金 block above the indicators, when there is one: a self-evaluation table's (预算数,
   * 执行数, 执行率 …) or a project goal 申报表's single amount column (role "budget").
   */
  funds?: FundsBlock;
  /** Row of the 总分 / 合计 line of a table with 分值 or 得分 columns, when there is one. */
  totalRow?: number;
  /** Goal lines above a one-project goal table's indicators (绩效目标 | 1.…), as written. */
  goals?: { row: number; col: number; text: string }[];
  /** The "说明" line under the indicators (text after 说明, "" when blank), when there is one. */
  statement?: { row: number; col: number; text: string };
}

export type FundsRole = "initial" | "budget" | "executed" | "rate" | "weight" | "score";

export interface FundsColumn {
  role: FundsRole;
  col: number;
  /** Header text as read (squeezed), e.g. "全年预算数(A)". */
  label: string;
}

/** 年度资金总额 and its parts (中央补助, 地方资金, 其他资金 …), one sheet row each. */
export interface FundsBlock {
  /** Row of the 全年预算数 / 全年执行数 header. */
  header: number;
  /** Column of the line labels (年度资金总额, 其中：中央补助 …). */
  labelCol: number;
  columns: FundsColumn[];
  total: { row: number; label: string };
  /** Labels without "其中：". */
  parts: { row: number; label: string }[];
}

export interface TableBase {
  template: TemplateId;
  sheet: string;
  /** Index of the sheet in the workbook. */
  sheetIndex: number;
  /** Title text as written (may be ""), and where it is. */
  title: string;
  titleCell?: { row: number; col: number };
  unit?: Unit;
  /** Sheet rows of the header block (inclusive), including any 栏次 row. */
  header: { top: number; bottom: number };
  /** Row of the 栏次 line, when there is one. */
  columnNumberRow?: number;
  /** First and last data rows (inclusive); last < first when the table has no data rows. */
  body: { top: number; bottom: number };
  columns: TableColumn[];
  /** Text lines under or inside the table that are notes ("注：…", "说明：…"). */
  notes: { row: number; text: string }[];
  /** Variant tag for messages and tests, e.g. "hebei", "henan", "split-codes". */
  layout: string;
  /** Merged ranges that cross the table body (reported, then read as their top-left cell). */
  bodyMerges: CellRange[];
  /**
   * Columns of a coded or labeled table that have a header and figures in the body but no role (a
   * source of money the template does not name): a row sum across them would leave a part out.
   */
  unreadFigures?: number[];
}

export type Table = CodedTable | SummaryTable | LabeledTable | IndicatorTable;

export interface UnrecognizedSheet {
  sheet: string;
  sheetIndex: number;
  /** Why nothing matched, as a message key parameter (the title seen, if any). */
  titleSeen: string;
}

export interface Recognition {
  tables: Table[];
  unrecognized: UnrecognizedSheet[];
}

/**
 * The one lookup of a column by its role: the first column of the first of the roles the table has
 * (alternatives in order of preference, e.g. `columnByRole(t9, "final.training", "item.training")`).
 * Up to three roles as plain parameters: a rest parameter would allocate an array on every call,
 * and recognition and the rules call this for every table many times.
 */
export function columnByRole(
  table: { readonly columns: readonly TableColumn[] },
  role?: ColumnRole,
  second?: ColumnRole,
  third?: ColumnRole,
): TableColumn | undefined {
  const columns = table.columns;
  if (role === undefined) return undefined;
  for (let i = 0; i < columns.length; i++) if (columns[i].role === role) return columns[i];
  if (second === undefined) return undefined;
  for (let i = 0; i < columns.length; i++) if (columns[i].role === second) return columns[i];
  if (third === undefined) return undefined;
  for (let i = 0; i < columns.length; i++) if (columns[i].role === third) return columns[i];
  return undefined;
}

/** The first row of a labeled table with `role`. */
export function rowByRole(table: LabeledTable, role: RowRole): LabeledRow | undefined {
  return table.rows.find((r) => r.role === role);
}

/** The column of a funding-block role, if the block has it. */
export function fundsColumn(funds: FundsBlock, role: FundsRole): number | undefined {
  for (const c of funds.columns) if (c.role === role) return c.col;
  return undefined;
}

export function numericColumns(table: TableBase): TableColumn[] {
  return table.columns.filter((c) => c.numeric);
}
