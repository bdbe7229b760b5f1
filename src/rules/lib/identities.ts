/**
 * What the sum rules (rules/sums/*) share about a recognised table: column labels, the row
 * identities its template allows, the code index and tree of a coded table, the two sides of a
 * summary table, the 收入总计 = 支出总计 check (also read by a cross-table rule), and how a broken
 * check of a coded table is built. Each rule's collector lives in its own file: it evaluates every
 * identity as it goes and returns only the broken ones (mismatch, rounding gap, blank total) as
 * SumChecks, with their result, so the identities that hold cost no object at all.
 *
 * The collectors' loops per row and per column are indexed (a for…of allocates an iterator result per step
 * until the code is optimised, and the first check of a workbook runs mostly unoptimised), and a
 * broken check is built by a function of its own: a closure in the loop body would make every
 * iteration allocate the variables it captures, broken or not.
 */
import { parentCode } from "../../catalog/codes";
import { TEMPLATES, RowIdentity } from "../../catalog/templates";
import { phrase, type MessageKey } from "../../catalog/messages";
import type { NestedMessage } from "../../model/findings";
import { columnByRole, type CodedRow, type CodedTable, type LabeledRow, type SummaryRow, type SummaryTable, type Table, type TableColumn } from "../../recognize/model";
import type { RuleContext } from "../types";
import { mapList } from "../../model/lists";
import { perRun } from "./memo";
import type { CellPos, SumCheck, SumResult } from "./sums";

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

export function pos(table: Table, row: number, col: number): CellPos {
  return { sheetIndex: table.sheetIndex, row, col };
}

/** Row identities of the template (合计 = 基本 + 项目 …) that the recognised columns allow. */
export function applicableRowIdentities(table: Table): { identity: RowIdentity; total: TableColumn; parts: TableColumn[] }[] {
  const out: { identity: RowIdentity; total: TableColumn; parts: TableColumn[] }[] = [];
  for (const identity of TEMPLATES[table.template].rowIdentities) {
    const total = columnByRole(table, identity.total);
    if (!total) continue;
    const parts: TableColumn[] = [];
    let complete = true;
    for (const role of identity.parts) {
      const col = columnByRole(table, role);
      if (col) parts.push(col);
      else if (!identity.optional?.includes(role)) complete = false;
    }
    // A column of figures right of the total that no role reads may be one more part (a source the
    // template does not know): the sum would be wrong for want of it, so it is not checked.
    // One column headed "其中：…" beside the total is a part of it, not all of it (本年预算数 34.35 |
    // 其中：一般公共预算财政拨款 30.00): the total is not its sum.
    if (parts.length === 1 && SUBSET_HEADER.test(lastSegment(parts[0].header))) continue;
    if (complete && parts.length >= 1 && !unreadRightOf(table, total.col)) out.push({ identity, total, parts });
  }
  return out;
}

const SUBSET_HEADER = /^其中/;

function lastSegment(header: string): string {
  return header.slice(header.lastIndexOf("/") + 1);
}

function unreadRightOf(table: Table, col: number): boolean {
  const unread = table.unreadFigures;
  if (!unread) return false;
  for (let i = 0; i < unread.length; i++) if (unread[i] > col) return true;
  return false;
}

export type BodyRow = CodedRow | SummaryRow | LabeledRow;

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

// ---- coded tables: code index and tree ----

/** The coded rows of a table by code, and how they nest. */
export interface CodeIndex {
  /**
   * Coded rows by code: the row, or a list of its rows in sheet order (always for a code that
   * repeats; a code look-up may turn a single row into a one-row list).
   */
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
  // 款 and 项 codes go up by the catalogue's remembered parents: no new string per look-up.
  let parent = parentCode(code);
  if (parent !== undefined) {
    while (parent !== undefined) {
      const hit = byCode.get(parent);
      if (hit !== undefined) return Array.isArray(hit) ? hit[0] : hit;
      parent = parentCode(parent);
    }
    return undefined;
  }
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
export function numericColArrays(table: Table): { column: TableColumn; cols: number[] }[] {
  return mapList(numericCols(table), (column) => ({ column, cols: [column.col] }));
}

/** A check of a coded table (A9 column total or hierarchy, A15 subtotal): `total` row's cell in column `c` = Σ part rows. */
export function codedCheck(
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

export function membersOf(rows: number[], byRow: Map<number, CodedRow>): CodedRow[] {
  const out: CodedRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const m = byRow.get(rows[i]);
    if (m) out.push(m);
  }
  return out;
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

/**
 * 收入总计 (first income amount column) = 支出总计 (the expense total column, or the one expense
 * amount column). Several amount columns by fund and no total among them: none of them is 支出总计.
 */
export function balanceChecks(table: SummaryTable): SumCheck[] {
  const incomeGrand = table.rows.find((r) => r.side === "income" && r.kind === "grand-total");
  const expenseGrand = table.rows.find((r) => r.side === "expense" && r.kind === "grand-total");
  const incomeCol = sideAmountColumns(table, "income")[0];
  const expenseAmounts = sideAmountColumns(table, "expense");
  const expenseCol = columnByRole(table, "expense.total", "expense.amount") ?? (expenseAmounts.length === 1 ? expenseAmounts[0] : undefined);
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

