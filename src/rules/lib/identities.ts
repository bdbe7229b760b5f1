/**
 * The sum identities of a recognised table. Each collector serves one rule and the blank-total rule
 * walks all of them. A collector evaluates every identity as it goes and returns only the broken
 * ones (mismatch, rounding gap, blank total) as SumChecks, with their result: the identities that
 * hold, nearly all of them, cost no object at all.
 *
 * The loops per row and per column are indexed (a for…of allocates an iterator result per step
 * until the code is optimised, and the first check of a workbook runs mostly unoptimised), and a
 * broken check is built by a function of its own: a closure in the loop body would make every
 * iteration allocate the variables it captures, broken or not.
 */
import { TEMPLATES, RowIdentity } from "../../catalog/templates";
import { phrase, type MessageKey } from "../../catalog/messages";
import type { NestedMessage } from "../../model/findings";
import type { CodedRow, CodedTable, LabeledRow, LabeledTable, SummaryRow, SummaryTable, Table, TableColumn } from "../../recognize/model";
import type { RuleContext } from "../types";
import { mapList } from "../../model/lists";
import { perRun } from "./memo";
import { CellPos, gridResult, partCells, SumCheck, SumResult, sumsByColumn, totalResult } from "./sums";

/** Header words that say nothing alone ("本年收入/小计" and "上年结转/小计" are both "小计"). */
const GENERIC_HEADER = /^(小计|合计|计|金额|预算数|决算数)$/;

/** A column's name for messages: its lowest header, with the one above it when that alone is generic. */
export function columnLabel(c: TableColumn): string {
  const parts = c.header.split("/").filter((p) => p !== "");
  if (parts.length === 0) return c.header;
  const last = parts[parts.length - 1];
  return GENERIC_HEADER.test(last) && parts.length > 1 ? parts[parts.length - 2] + last : last;
}

/** The sheet rows of some table rows. */
export function rowsOf(rows: readonly { row: number }[]): number[] {
  return mapList(rows, (r) => r.row);
}

function pos(table: Table, row: number, col: number): CellPos {
  return { sheetIndex: table.sheetIndex, row, col };
}

/** Row identities of the template (合计 = 基本 + 项目 …) that the recognised columns allow. */
export function applicableRowIdentities(table: Table): { identity: RowIdentity; total: TableColumn; parts: TableColumn[] }[] {
  const out: { identity: RowIdentity; total: TableColumn; parts: TableColumn[] }[] = [];
  for (const identity of TEMPLATES[table.template].rowIdentities) {
    const total = table.columns.find((c) => c.role === identity.total);
    if (!total) continue;
    const parts: TableColumn[] = [];
    let complete = true;
    for (const role of identity.parts) {
      const col = table.columns.find((c) => c.role === role);
      if (col) parts.push(col);
      else if (!identity.optional?.includes(role)) complete = false;
    }
    if (complete && parts.length >= 1) out.push({ identity, total, parts });
  }
  return out;
}

type BodyRow = CodedRow | SummaryRow | LabeledRow;

/** The rows a row identity runs over (one side of a two-sided table). */
export function rowsForRowIdentities(table: Table, side?: "income" | "expense"): readonly BodyRow[] {
  switch (table.shape) {
    case "coded":
    case "labeled":
      return table.rows;
    case "summary":
      return side ? table.rows.filter((r) => r.side === side) : table.rows;
    default:
      return [];
  }
}

function rowIdentityLabel(table: Table, r: BodyRow): string {
  if (table.shape !== "coded") return r.label;
  const code = (r as CodedRow).code;
  return code ? `${code} ${r.label}`.trim() : r.label;
}

/** Whether the rows are strictly increasing (so none repeats). */
function inSheetOrder(rows: readonly { row: number }[]): boolean {
  for (let i = 1; i < rows.length; i++) if (!(rows[i].row > rows[i - 1].row)) return false;
  return true;
}

/** Reused for the one-row parts of row identities while evaluating (a broken check gets its own). */
const ONE_ROW = [0];

export function rowSumChecks(ctx: RuleContext, table: Table): SumCheck[] {
  const checks: SumCheck[] = [];
  for (const { identity, total, parts } of applicableRowIdentities(table)) {
    const partCols = mapList(parts, (p) => p.col);
    const rows = rowsForRowIdentities(table, identity.side);
    // Each row once. Rows come in sheet order except on two-sided tables read without a side
    // (both sides share their rows): only then is a set needed.
    const seen = inSheetOrder(rows) ? undefined : new Set<number>();
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (seen) {
        if (seen.has(r.row)) continue;
        seen.add(r.row);
      }
      ONE_ROW[0] = r.row;
      const result = gridResult(ctx.values, table.sheetIndex, r.row, total.col, ONE_ROW, partCols);
      if (result) checks.push(rowCheck(table, identity, total, parts, partCols, r, result));
    }
  }
  return checks;
}

function rowCheck(
  table: Table,
  identity: RowIdentity,
  total: TableColumn,
  parts: TableColumn[],
  partCols: number[],
  r: BodyRow,
  result: SumResult,
): SumCheck {
  return {
    ref: identity.ref,
    severity: identity.severity,
    table: table.template,
    total: pos(table, r.row, total.col),
    parts: { sheetIndex: table.sheetIndex, rows: [r.row], cols: partCols },
    result,
    what: () => {
      const label = rowIdentityLabel(table, r);
      // Rows of figures without a label (a "三公" table with its items as columns) are named by number only.
      return phrase(label ? "sums.row" : "sums.rowNoLabel", {
        row: r.row + 1,
        label,
        total: columnLabel(total),
        parts: parts.map(columnLabel).join(" + "),
      });
    },
  };
}

// ---- coded tables: code index and tree ----

/** The coded rows of a table by code, and how they nest. */
export interface CodeIndex {
  /** Coded rows by code: the row, or all its rows in sheet order when a code repeats. */
  byCode: Map<string, CodedRow | CodedRow[]>;
  /** The coded rows (codes of digits), in sheet order. */
  rows: CodedRow[];
  /** Per coded row, the first row of the nearest parent code present; undefined for a root. */
  parents: (CodedRow | undefined)[];
}

const DIGITS = /^\d+$/;

/** The code index of a table's rows, built once per check run (the sum and cross-table rules share it). */
export function codeIndexOf(ctx: RuleContext, table: CodedTable): CodeIndex {
  return perRun(ctx, "code-index", table, indexOfTable);
}

function indexOfTable(_ctx: RuleContext, table: CodedTable): CodeIndex {
  return buildCodeIndex(table.rows);
}

export function buildCodeIndex(rows: readonly CodedRow[]): CodeIndex {
  const byCode = new Map<string, CodedRow | CodedRow[]>();
  const coded: CodedRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.kind !== "coded" || !r.code || !DIGITS.test(r.code)) continue;
    coded.push(r);
    const hit = byCode.get(r.code);
    if (hit === undefined) byCode.set(r.code, r);
    else if (Array.isArray(hit)) hit.push(r);
    else byCode.set(r.code, [hit, r]);
  }
  const parents = new Array<CodedRow | undefined>(coded.length);
  for (let i = 0; i < coded.length; i++) parents[i] = nearestAncestor(byCode, coded[i].code!);
  return { byCode, rows: coded, parents };
}

/** The first row of the nearest parent code present (2080505 → 20805, then 208). */
export function nearestAncestor(byCode: CodeIndex["byCode"], code: string): CodedRow | undefined {
  for (let len = code.length - 2; len >= 3; len -= 2) {
    const hit = byCode.get(code.slice(0, len));
    if (hit !== undefined) return Array.isArray(hit) ? hit[0] : hit;
  }
  return undefined;
}

/** Coded rows without a parent row in the table (类 rows, or the top-most rows present). */
export function codeRoots(index: CodeIndex): CodedRow[] {
  const roots: CodedRow[] = [];
  for (let i = 0; i < index.rows.length; i++) if (!index.parents[i]) roots.push(index.rows[i]);
  return roots;
}

/**
 * The parent rows of a code index with their children (nearest present descendants) and the
 * children's sheet rows, parents in the order of their first child. Parallel lists: the hierarchy
 * check walks them with an index (no Map iteration or callback per parent).
 */
export interface ChildGroups {
  parents: CodedRow[];
  children: CodedRow[][];
  rows: number[][];
}

export function childGroups(index: CodeIndex): ChildGroups {
  const groups: ChildGroups = { parents: [], children: [], rows: [] };
  const slot = new Map<CodedRow, number>();
  for (let i = 0; i < index.rows.length; i++) {
    const parent = index.parents[i];
    if (!parent) continue;
    const child = index.rows[i];
    const g = slot.get(parent);
    if (g === undefined) {
      slot.set(parent, groups.parents.length);
      groups.parents.push(parent);
      groups.children.push([child]);
      groups.rows.push([child.row]);
    } else {
      groups.children[g].push(child);
      groups.rows[g].push(child.row);
    }
  }
  return groups;
}

export function numericCols(table: Table): TableColumn[] {
  return table.columns.filter((c) => c.numeric);
}

/** One single-column array per numeric column, shared by the checks of that column. */
function numericColArrays(table: Table): { column: TableColumn; cols: number[] }[] {
  return mapList(numericCols(table), (column) => ({ column, cols: [column.col] }));
}

/** 合计 row = Σ root rows (类 rows, or 项 rows when there are no 类/款 rows; unit rows when present). */
export function columnTotalChecks(ctx: RuleContext, table: CodedTable): SumCheck[] {
  const totals = table.rows.filter((r) => r.kind === "total");
  if (totals.length === 0) return [];
  const units = table.rows.filter((r) => r.kind === "unit");
  let parts: CodedRow[];
  let level: NestedMessage;
  if (units.length) {
    parts = units;
    level = phrase("sums.levelUnit");
  } else {
    const roots = codeRoots(codeIndexOf(ctx, table));
    parts = [...roots, ...table.rows.filter((r) => r.kind === "other")];
    level = roots.every((r) => r.code!.length === 3) ? phrase("sums.levelClass") : phrase("sums.levelRoot");
  }
  if (parts.length === 0) return [];
  const checks: SumCheck[] = [];
  const partRows = rowsOf(parts);
  const columns = numericColArrays(table);
  const amountCols = mapList(columns, (c) => c.column.col);
  // The part rows are the same for every column: sum them once for all the columns.
  const sums = mapList(amountCols, () => 0);
  const counts = mapList(amountCols, () => 0);
  sumsByColumn(ctx.values, table.sheetIndex, partRows, amountCols, sums, counts);
  const carried = carriedParts(ctx, table, amountCols, sums, counts);
  for (const total of totals) {
    for (let i = 0; i < columns.length; i++) {
      const { column: c, cols } = columns[i];
      const result = totalResult(ctx.values, table.sheetIndex, total.row, c.col, sums[i], counts[i]);
      if (!result) continue;
      const check = columnTotalCheck(table, total, c, cols, partRows, level, result);
      if (carried.length && amountCols.length === 1) check.parts = [...partCells(check.parts), ...carried];
      checks.push(check);
    }
  }
  return checks;
}

/**
 * The top-level rows of halves whose 合计 label is merged into this half (`CodedTable.carried`),
 * added to the one amount column's sum; their cells, for the check's parts.
 */
function carriedParts(ctx: RuleContext, table: CodedTable, amountCols: number[], sums: number[], counts: number[]): CellPos[] {
  if (!table.carried || amountCols.length !== 1) return [];
  const cells: CellPos[] = [];
  for (const block of table.carried) {
    const s = [0];
    const n = [0];
    sumsByColumn(ctx.values, table.sheetIndex, block.rows, [block.col], s, n);
    sums[0] += s[0];
    counts[0] += n[0];
    for (const row of block.rows) cells.push(pos(table, row, block.col));
  }
  return cells;
}

function columnTotalCheck(
  table: CodedTable,
  total: CodedRow,
  c: TableColumn,
  cols: number[],
  partRows: number[],
  level: NestedMessage,
  result: SumResult,
): SumCheck {
  return codedCheck(table, total, c, cols, partRows, result, () => phrase("sums.columnTotal", { label: total.label, column: columnLabel(c), level }));
}

/** A check of a coded table (A9 column total or hierarchy, A15 subtotal): `total` row's cell in column `c` = Σ part rows. */
function codedCheck(
  table: CodedTable,
  total: CodedRow,
  c: TableColumn,
  cols: number[],
  partRows: number[],
  result: SumResult,
  what: () => NestedMessage,
  ref = "A9",
): SumCheck {
  return {
    ref,
    severity: "error",
    table: table.template,
    total: pos(table, total.row, c.col),
    parts: { sheetIndex: table.sheetIndex, rows: partRows, cols },
    result,
    what,
  };
}

function childCodeList(children: CodedRow[]): string {
  const codes = Array.from(new Set(children.map((c) => c.code!)));
  return codes.length > 4 ? `${codes.slice(0, 4).join("、")}等` : codes.join("、");
}

/** 类 = Σ款, 款 = Σ项 (nearest present descendants; duplicated codes all count). */
export function hierarchyChecks(ctx: RuleContext, table: CodedTable): SumCheck[] {
  const groups = childGroups(codeIndexOf(ctx, table));
  const checks: SumCheck[] = [];
  if (groups.parents.length === 0) return checks;
  const columns = numericColArrays(table);
  const amountCols = mapList(columns, (c) => c.column.col);
  const sums = mapList(amountCols, () => 0);
  const counts = mapList(amountCols, () => 0);
  for (let g = 0; g < groups.parents.length; g++) {
    const parent = groups.parents[g];
    const childRows = groups.rows[g];
    sumsByColumn(ctx.values, table.sheetIndex, childRows, amountCols, sums, counts);
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i].column;
      const result = totalResult(ctx.values, table.sheetIndex, parent.row, c.col, sums[i], counts[i]);
      if (result) checks.push(hierarchyCheck(table, parent, groups.children[g], c, columns[i].cols, childRows, result));
    }
  }
  return checks;
}

function hierarchyCheck(
  table: CodedTable,
  parent: CodedRow,
  children: CodedRow[],
  c: TableColumn,
  cols: number[],
  childRows: number[],
  result: SumResult,
): SumCheck {
  return codedCheck(table, parent, c, cols, childRows, result, () =>
    phrase("sums.hierarchy", { code: parent.code!, label: parent.label, column: columnLabel(c), children: childCodeList(children) }),
  );
}

/** 小计 and unit rows = Σ their members (only the top-most coded members, so 类 and its 款 are not both counted). */
export function subtotalChecks(ctx: RuleContext, table: CodedTable): SumCheck[] {
  const checks: SumCheck[] = [];
  let byRow: Map<number, CodedRow> | undefined;
  let columns: { column: TableColumn; cols: number[] }[] | undefined;
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows[i];
    if ((r.kind !== "subtotal" && r.kind !== "unit") || !r.members || r.members.length === 0) continue;
    byRow = byRow || new Map(table.rows.map((x) => [x.row, x] as const));
    columns = columns || numericColArrays(table);
    const members = membersOf(r.members, byRow);
    const parts = [...codeRoots(buildCodeIndex(members)), ...members.filter((m) => m.kind === "other")];
    if (parts.length === 0) continue;
    const partRows = rowsOf(parts);
    for (let j = 0; j < columns.length; j++) {
      const { column: c, cols } = columns[j];
      const result = gridResult(ctx.values, table.sheetIndex, r.row, c.col, partRows, cols);
      if (result) checks.push(subtotalCheck(table, r, c, cols, partRows, result));
    }
  }
  return checks;
}

export function membersOf(rows: number[], byRow: Map<number, CodedRow>): CodedRow[] {
  const out: CodedRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const m = byRow.get(rows[i]);
    if (m) out.push(m);
  }
  return out;
}

function subtotalCheck(table: CodedTable, r: CodedRow, c: TableColumn, cols: number[], partRows: number[], result: SumResult): SumCheck {
  const what = () => phrase("sums.subtotal", { row: r.row + 1, label: r.label, column: columnLabel(c), count: partRows.length });
  return codedCheck(table, r, c, cols, partRows, result, what, "A15");
}

// ---- summary tables ----

export function sideAmountColumns(table: SummaryTable, side: "income" | "expense"): TableColumn[] {
  return table.columns.filter((c) => c.numeric && c.role.startsWith(side + "."));
}

/** 本年合计 = Σ items; level-1 item = Σ its level-2 items; 总计 = 本年合计 + 结转; 结转 = Σ listed items. */
export interface SummaryIdentity {
  ref: string;
  total: SummaryRow;
  parts: number[];
  what: (column: string) => NestedMessage;
}

/** The identities of one side of a summary table, in the order 本年合计, groups, 总计, 结转; each holds column by column. */
export function summaryIdentities(table: SummaryTable, side: "income" | "expense"): SummaryIdentity[] {
  const rows = table.rows.filter((r) => r.side === side);
  const sideName = phrase(side === "income" ? "sums.sideIncome" : "sums.sideExpense");
  const current = rows.find((r) => r.kind === "current-total");
  const grand = rows.find((r) => r.kind === "grand-total");
  const carry = rows.filter((r) => r.kind === "carryover");
  const items = rows.filter((r) => r.kind === "item" && (!current || r.row < current.row));
  const topItems = items.filter((r) => r.level === 1);
  const ordered: SummaryIdentity[] = [];
  const add = (ref: string, total: SummaryRow, parts: readonly SummaryRow[], key: MessageKey) =>
    ordered.push({ ref, total, parts: rowsOf(parts), what: (column) => phrase(key, { side: sideName, label: total.label, column }) });
  if (current && topItems.length) add(side === "income" ? "A1" : "A2", current, topItems, "sums.summaryCurrent");
  // A level-1 item followed by level-2 items (一、基本支出 → 1 工资福利 …) equals their sum.
  for (let i = 0; i < items.length; i++) {
    if (items[i].level !== 1) continue;
    const kids: SummaryRow[] = [];
    for (let j = i + 1; j < items.length && items[j].level === 2; j++) kids.push(items[j]);
    if (kids.length >= 2) add(side === "income" ? "A1" : "A6", items[i], kids, "sums.summaryGroup");
  }
  if (grand && current) add(side === "income" ? "A3" : "A4", grand, [current, ...carry], "sums.summaryGrand");
  // No 本年合计 row and nothing carried over (the Henan expenditure side ends in 支出合计): the
  // total is the sum of the numbered items (基本支出 + 项目支出).
  else if (grand && !current && carry.length === 0 && topItems.length >= 2) {
    add(side === "income" ? "A1" : "A2", grand, topItems, "sums.summaryCurrent");
  }
  for (const c of carry) {
    const listed = rows.filter((r) => r.row > c.row && r.kind === "carryover-item" && (!grand || r.row < grand.row));
    if (listed.length) add("A13", c, listed, "sums.summaryCarryover");
  }
  return ordered;
}

export function summaryChecks(ctx: RuleContext, table: SummaryTable): SumCheck[] {
  const checks: SumCheck[] = [];
  for (const side of ["income", "expense"] as const) {
    const ordered = summaryIdentities(table, side);
    for (const col of sideAmountColumns(table, side)) {
      const cols = [col.col];
      for (const identity of ordered) {
        const result = gridResult(ctx.values, table.sheetIndex, identity.total.row, col.col, identity.parts, cols);
        if (!result) continue;
        const column = columnLabel(col);
        checks.push({
          ref: identity.ref,
          severity: "error",
          table: table.template,
          total: pos(table, identity.total.row, col.col),
          parts: { sheetIndex: table.sheetIndex, rows: identity.parts, cols },
          result,
          what: () => identity.what(column),
        });
      }
    }
  }
  return checks;
}

/** 收入总计 (first income amount column) = 支出总计 (first expense amount column). */
export function balanceChecks(table: SummaryTable): SumCheck[] {
  const incomeGrand = table.rows.find((r) => r.side === "income" && r.kind === "grand-total");
  const expenseGrand = table.rows.find((r) => r.side === "expense" && r.kind === "grand-total");
  const incomeCol = sideAmountColumns(table, "income")[0];
  const expenseCol =
    table.columns.find((c) => c.role === "expense.total") ??
    table.columns.find((c) => c.role === "expense.amount") ??
    sideAmountColumns(table, "expense")[0];
  if (!incomeGrand || !expenseGrand || !incomeCol || !expenseCol) return [];
  return [
    {
      ref: "A5",
      severity: "error",
      table: table.template,
      total: pos(table, expenseGrand.row, expenseCol.col),
      parts: [pos(table, incomeGrand.row, incomeCol.col)],
      what: () => phrase("sums.balance"),
    },
  ];
}

// ---- "三公" table ----

export function threePublicChecks(ctx: RuleContext, table: LabeledTable): SumCheck[] {
  const find = (role: string) => table.rows.find((r) => r.role === role);
  const checks: SumCheck[] = [];
  const add = (totalRole: string, partRoles: string[], key: MessageKey) => {
    const total = find(totalRole);
    const parts = mapList(partRoles, find).filter((r): r is NonNullable<typeof r> => !!r);
    if (!total || parts.length === 0) return;
    const partRows = rowsOf(parts);
    for (const { column: c, cols } of numericColArrays(table)) {
      const result = gridResult(ctx.values, table.sheetIndex, total.row, c.col, partRows, cols);
      if (!result) continue;
      checks.push({
        ref: "A17",
        severity: "warning",
        table: table.template,
        total: pos(table, total.row, c.col),
        parts: { sheetIndex: table.sheetIndex, rows: partRows, cols },
        result,
        what: () => phrase(key, { column: columnLabel(c) }),
      });
    }
  };
  add("subtotal", ["abroad", "car", "reception"], "sums.threePublicSubtotal");
  if (find("subtotal")) add("total", ["subtotal", "meeting", "training"], "sums.threePublicTotal");
  else if (find("total")) add("total", ["abroad", "car", "reception"], "sums.threePublicSubtotal");
  if (find("abroad.teaching") || find("abroad.other")) add("abroad", ["abroad.teaching", "abroad.other"], "sums.threePublicAbroad");
  add("car", ["car.purchase", "car.running"], "sums.threePublicCar");
  return checks;
}

export type CheckKind = "row" | "column" | "hierarchy" | "subtotal" | "summary" | "three-public";

const MEMO_KINDS: Record<CheckKind, string> = {
  row: "sums:row",
  column: "sums:column",
  hierarchy: "sums:hierarchy",
  subtotal: "sums:subtotal",
  summary: "sums:summary",
  "three-public": "sums:three-public",
};

const BUILDERS: Record<CheckKind, (ctx: RuleContext, table: Table) => SumCheck[]> = {
  row: rowSumChecks,
  column: (ctx, table) => (table.shape === "coded" ? columnTotalChecks(ctx, table) : []),
  hierarchy: (ctx, table) => (table.shape === "coded" ? hierarchyChecks(ctx, table) : []),
  subtotal: (ctx, table) => (table.shape === "coded" ? subtotalChecks(ctx, table) : []),
  summary: (ctx, table) => (table.shape === "summary" ? summaryChecks(ctx, table) : []),
  "three-public": (ctx, table) => (table.shape === "labeled" ? threePublicChecks(ctx, table) : []),
};

/**
 * The broken checks of one kind for a table, evaluated once per check run: the sum rules and the
 * blank-total rule read the same ones.
 */
export function checksOf(ctx: RuleContext, table: Table, kind: CheckKind): SumCheck[] {
  return perRun(ctx, MEMO_KINDS[kind], table, BUILDERS[kind]);
}

/** Every broken sum identity of a table (for the blank-total rule). */
export function allSumChecks(ctx: RuleContext, table: Table): SumCheck[] {
  const rows = checksOf(ctx, table, "row");
  switch (table.shape) {
    case "coded":
      return [...rows, ...checksOf(ctx, table, "column"), ...checksOf(ctx, table, "hierarchy"), ...checksOf(ctx, table, "subtotal")];
    case "summary":
      return [...rows, ...checksOf(ctx, table, "summary")];
    case "labeled":
      return [...rows, ...checksOf(ctx, table, "three-public")];
    default:
      return [];
  }
}
