/** Rows of coded tables (收入总表, 支出总表, 一般公共预算/基金/国资 支出表, 基本支出表). */
import { mapList } from "../model/lists";
import { squeeze } from "../model/values";
import { columnByRole, type CodedRow, type CodedRowKind, type TableColumn } from "./model";
import type { SheetGrid } from "./grid";

/**
 * 合计 labels (人员经费合计 / 公用经费合计 close the halves of a side-by-side 基本支出表), and the
 * ending of 小计 labels (looked up rather than matched: read on every row).
 */
const TOTAL_LABELS = new Set(["合计", "总计", "共计", "支出合计", "收入合计", "人员经费合计", "公用经费合计"]);
const SUBTOTAL_END = "小计";
const DIGITS = /^\d+$/;
// Patterns are module constants: a regular-expression literal inside a function is a new object
// on every evaluation, and these run on every row.
const CODE_AND_NAME = /^(\d{3,7})(\D.*)$/;
/** "其中：" (a breakdown of the row above). */
const WHICH_OF = /^其中[:：]?/;
/** A code written with separators: 208-05-05, 208.05.05, 208 05 05 (squeezed to 2080505 already). */
const SEPARATED_CODE = /^\d{3}([-.·．－—]\d{2}){1,2}$/;
const SEPARATORS = /[-.·．－—]/g;
const CODE_SHAPE = /^[0-9A-Za-z]{3,9}$/;
const TWO_DIGITS = /\d\d/;

/**
 * A cheap test before SEPARATED_CODE: such a code has a separator, not a digit, as its fourth
 * character. Nearly every code cell is plain digits, and the pattern would run on each of them.
 */
function mayBeSeparated(code: string): boolean {
  if (code.length < 6) return false;
  const c = code.charCodeAt(3);
  return c < 48 || c > 57;
}

interface CodeColumns {
  code?: number;
  cls?: number;
  section?: number;
  item?: number;
  name?: number;
  unitCode?: number;
  secondary?: number;
}

function codeColumns(columns: TableColumn[]): CodeColumns {
  const cc: CodeColumns = { code: undefined, cls: undefined, section: undefined, item: undefined, name: undefined, unitCode: undefined, secondary: undefined };
  // One pass; the first column of a role wins (as columns.find would give).
  for (let i = columns.length - 1; i >= 0; i--) {
    const c = columns[i];
    switch (c.role) {
      case "code":
        cc.code = c.col;
        break;
      case "code.class":
        cc.cls = c.col;
        break;
      case "code.section":
        cc.section = c.col;
        break;
      case "code.item":
        cc.item = c.col;
        break;
      case "name":
        cc.name = c.col;
        break;
      case "unitCode":
        cc.unitCode = c.col;
        break;
      case "secondaryCode":
        cc.secondary = c.col;
        break;
    }
  }
  return cc;
}

const WHOLE_CODE = /^\d{3}(\d{2}){0,2}$/;

/**
 * A code written whole in a 类 | 款 | 项 layout: in one cell merged across the three columns (the
 * central 决算 form), in the 类 cell with 款 and 项 left blank, or a full 5/7-digit code in the 款
 * or 项 cell. Undefined when the row splits its code over the columns (210 | 15 | 01).
 */
function wholeSplitCode(grid: SheetGrid, r: number, cc: CodeColumns): { code: string; col: number } | undefined {
  const clsCol = cc.cls!;
  const itemCol = cc.item!;
  const secCol = cc.section;
  const cls = grid.ownText(r, clsCol);
  if (cls && WHOLE_CODE.test(cls)) {
    const acrossItem = grid.isMergedAcrossFrom(r, itemCol, clsCol);
    const acrossSec = secCol === undefined || grid.isMergedAcrossFrom(r, secCol, clsCol);
    if (acrossItem && acrossSec) return { code: cls, col: clsCol };
    const sec = secCol !== undefined ? grid.ownText(r, secCol) : "";
    const item = grid.ownText(r, itemCol);
    if (cls.length > 3 && !sec && !item) return { code: cls, col: clsCol };
  }
  const item = grid.ownText(r, itemCol);
  if (item.length === 7 && WHOLE_CODE.test(item)) return { code: item, col: itemCol };
  if (secCol !== undefined && !item) {
    const sec = grid.ownText(r, secCol);
    if (sec.length === 5 && WHOLE_CODE.test(sec)) return { code: sec, col: secCol };
  }
  return undefined;
}

/** Whether a 类 | 款 | 项 table writes every code whole in the 类 column, 类 and 款 codes among them. */
export function codesWrittenWhole(rows: readonly CodedRow[], columns: TableColumn[]): boolean {
  const cls = columnByRole({ columns }, "code.class")?.col;
  let coded = 0;
  let upper = 0;
  for (const r of rows) {
    if (r.kind !== "coded") continue;
    if (r.codeCol !== cls) return false;
    coded++;
    if (r.code && r.code.length < 7) upper++;
  }
  return coded > 0 && upper > 0;
}

export function isSplitLayout(columns: TableColumn[]): boolean {
  return columnByRole({ columns }, "code.class") !== undefined && columnByRole({ columns }, "code.item") !== undefined;
}

const pad2 = (s: string) => (s.length === 1 ? "0" + s : s);

export function buildCodedRows(grid: SheetGrid, columns: TableColumn[], top: number, bottom: number): CodedRow[] {
  const cc = codeColumns(columns);
  const numericCols = mapList(columns.filter((c) => c.numeric), (c) => c.col);
  // 合计/小计 may sit in any text column (code, name, or the 政府经济分类 name of a two-code table).
  const textCols = mapList(columns.filter((c) => !c.numeric), (c) => c.col);
  const split = cc.cls !== undefined && cc.item !== undefined;
  const rows: CodedRow[] = [];
  /** The unit code written on each unit row (by sheet row): 101, 101001 … */
  const unitCodes = new Map<number, string>();
  let carryClass = "";
  let carrySection = "";

  for (let r = top; r <= bottom; r++) {
    // The name and code cells' own texts are read once and reused by the 合计/小计 scan below.
    const nameOwn = cc.name !== undefined ? grid.ownText(r, cc.name) : "";
    const label = cc.name !== undefined && grid.isMergedSlave(r, cc.name) ? grid.text(r, cc.name) : nameOwn;
    let codeOwn: string | undefined;
    let code = "";
    let codeCol: number | undefined;
    const whole = split ? wholeSplitCode(grid, r, cc) : undefined;
    if (whole) {
      // The code written once across 类 | 款 | 项 (a merged cell, or the 类 cell alone): one code.
      code = whole.code;
      codeCol = whole.col;
      carryClass = code.slice(0, 3);
      carrySection = code.length >= 5 ? code.slice(3, 5) : "";
    } else if (split) {
      const cls = grid.text(r, cc.cls!);
      const sec = cc.section !== undefined ? grid.text(r, cc.section) : "";
      const item = grid.text(r, cc.item!);
      // Exports often leave 类/款 blank (or merged) on the rows that follow; carry them down.
      if (cls) carryClass = cls;
      if (sec) carrySection = sec;
      const c = cls || (item || sec ? carryClass : "");
      const s = sec || (item ? carrySection : "");
      if (DIGITS.test(c)) {
        code = c + (DIGITS.test(s) ? pad2(s) + (DIGITS.test(item) ? pad2(item) : "") : "");
        codeCol = item ? cc.item : s ? cc.section : cc.cls;
      }
    } else if (cc.code !== undefined) {
      code = codeOwn = grid.ownText(r, cc.code);
      if (mayBeSeparated(code) && SEPARATED_CODE.test(code)) code = code.replace(SEPARATORS, "");
      codeCol = cc.code;
    }
    let rowLabel = label;
    // "208 社会保障和就业支出" written in one cell.
    if (!split && !DIGITS.test(code)) {
      const joined = CODE_AND_NAME.exec(code || label);
      if (joined) {
        code = joined[1];
        rowLabel = rowLabel || joined[2];
      }
    }
    const secondaryCode = cc.secondary !== undefined ? grid.text(r, cc.secondary) : "";

    // The first 合计 and the first 小计 text of the row (one pass, no array per row).
    let totalText: string | undefined;
    let subtotalText: string | undefined;
    for (let i = 0; i < textCols.length; i++) {
      const c = textCols[i];
      const x = c === cc.name ? nameOwn : c === cc.code && codeOwn !== undefined ? codeOwn : grid.ownText(r, c);
      if (totalText === undefined && TOTAL_LABELS.has(x)) totalText = x;
      if (subtotalText === undefined && x.endsWith(SUBTOTAL_END)) subtotalText = x;
    }
    if (totalText && !DIGITS.test(code)) {
      rows.push(codedRow(r, "total", totalText, cc.name));
      continue;
    }
    if (subtotalText) {
      const groupCode = DIGITS.test(code) ? code : undefined;
      rows.push(codedRow(r, "subtotal", rowLabel || subtotalText, cc.name, groupCode, undefined, DIGITS.test(secondaryCode) ? secondaryCode : undefined));
      continue;
    }
    if (!code && cc.unitCode !== undefined && grid.text(r, cc.unitCode)) {
      const unitCode = squeeze(grid.text(r, cc.unitCode));
      if (DIGITS.test(unitCode)) unitCodes.set(r, unitCode);
      rows.push(codedRow(r, "unit", rowLabel || grid.text(r, cc.unitCode), cc.name));
      continue;
    }
    if (code && CODE_SHAPE.test(code) && TWO_DIGITS.test(code)) {
      rows.push(codedRow(r, "coded", rowLabel, cc.name, code, codeCol, secondaryCode && DIGITS.test(secondaryCode) ? secondaryCode : undefined));
      continue;
    }
    if (anyAmount(grid, r, numericCols)) {
      const label = rowLabel || code;
      rows.push(codedRow(r, WHICH_OF.test(label) ? "detail" : "other", label, cc.name));
    }
  }
  attachMembers(rows, unitCodes);
  return rows;
}

/**
 * Every row object has the same fields in the same order (absent ones undefined): the rules read
 * rows of all kinds in one loop, and rows of one shape keep those reads monomorphic.
 */
function codedRow(
  row: number,
  kind: CodedRowKind,
  label: string,
  labelCol: number | undefined,
  code?: string,
  codeCol?: number,
  secondaryCode?: string,
): CodedRow {
  return { row, kind, code, secondaryCode, codeCol, label, labelCol, members: undefined };
}

/** Whether a row has something in an amount column (a function, not a closure in the row loop). */
function anyAmount(grid: SheetGrid, row: number, cols: number[]): boolean {
  for (let i = 0; i < cols.length; i++) if (!grid.isBlank(row, cols[i])) return true;
  return false;
}

/**
 * Gives each 小计 row and unit row the rows it adds up. A 小计 that carries a group code takes the
 * rows with that secondary code; otherwise position decides: when the table opens with a 小计, each
 * 小计 heads the rows after it, otherwise it closes the rows before it.
 */
function attachMembers(rows: CodedRow[], unitCodes: ReadonlyMap<number, string>): void {
  const childUnits = unitChildren(unitCodes);
  const firstNonTotal = rows.find((r) => r.kind !== "total");
  const subtotalFirst = firstNonTotal?.kind === "subtotal";
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.kind === "subtotal") {
      const group = row.secondaryCode;
      if (group) {
        const byCode = rows.filter((x) => x.kind === "coded" && x.secondaryCode === group).map((x) => x.row);
        if (byCode.length) {
          row.members = byCode;
          continue;
        }
      }
      const members: number[] = [];
      if (subtotalFirst) {
        for (let j = i + 1; j < rows.length && isMember(rows[j]); j++) members.push(rows[j].row);
      } else {
        for (let j = i - 1; j >= 0 && isMember(rows[j]); j--) members.unshift(rows[j].row);
      }
      row.members = members;
    } else if (row.kind === "unit") {
      // A department's row above its units' rows (101 over 101001, 101002) adds those up.
      const units = childUnits.get(row.row);
      if (units) {
        row.members = units;
        continue;
      }
      const members: number[] = [];
      for (let j = i + 1; j < rows.length && rows[j].kind !== "unit" && rows[j].kind !== "total"; j++) {
        if (rows[j].kind === "coded" || rows[j].kind === "other") members.push(rows[j].row);
      }
      row.members = members;
    }
  }
}

/**
 * The unit rows directly under each unit row by code (101001 and 101002 under 101, 101001001 under
 * 101001 when that is there), as sheet rows in order: each unit's nearest parent is its longest
 * code prefix among the units (codes are short: a few look-ups per unit, however many units).
 */
function unitChildren(unitCodes: ReadonlyMap<number, string>): Map<number, number[]> {
  const children = new Map<number, number[]>();
  if (unitCodes.size < 2) return children;
  const rowOfCode = new Map<string, number>();
  for (const [row, code] of unitCodes) if (!rowOfCode.has(code)) rowOfCode.set(code, row);
  // (The map holds the unit rows in sheet order.)
  for (const [row, code] of unitCodes) {
    // A parent code has 3 digits or more and its units at least 2 more (312 → 312001): numbers
    // written in the column as a sequence (1, 2 … 12) are not a hierarchy.
    for (let n = code.length - 2; n >= 3; n--) {
      const parent = rowOfCode.get(code.slice(0, n));
      if (parent === undefined) continue;
      const list = children.get(parent);
      if (list) list.push(row);
      else children.set(parent, [row]);
      break;
    }
  }
  return children;
}

function isMember(r: CodedRow): boolean {
  return r.kind === "coded" || r.kind === "other";
}
