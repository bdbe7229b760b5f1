/** Rows of coded tables (收入总表, 支出总表, 一般公共预算/基金/国资 支出表, 基本支出表). */
import type { CodedRow, TableColumn } from "./model";
import type { SheetGrid } from "./grid";

const TOTAL_LABEL = /^(合计|总计|共计|支出合计|收入合计)$/;
const SUBTOTAL_LABEL = /小计$/;
const DIGITS = /^\d+$/;

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
  const col = (role: string) => columns.find((c) => c.role === role)?.col;
  return {
    code: col("code"),
    cls: col("code.class"),
    section: col("code.section"),
    item: col("code.item"),
    name: col("name"),
    unitCode: col("unitCode"),
    secondary: col("secondaryCode"),
  };
}

export function isSplitLayout(columns: TableColumn[]): boolean {
  return columns.some((c) => c.role === "code.class") && columns.some((c) => c.role === "code.item");
}

const pad2 = (s: string) => (s.length === 1 ? "0" + s : s);

export function buildCodedRows(grid: SheetGrid, columns: TableColumn[], top: number, bottom: number): CodedRow[] {
  const cc = codeColumns(columns);
  const numericCols = columns.filter((c) => c.numeric).map((c) => c.col);
  // 合计/小计 may sit in any text column (code, name, or the 政府经济分类 name of a two-code table).
  const textCols = columns.filter((c) => !c.numeric).map((c) => c.col);
  const split = cc.cls !== undefined && cc.item !== undefined;
  const rows: CodedRow[] = [];
  let carryClass = "";
  let carrySection = "";

  for (let r = top; r <= bottom; r++) {
    const label = cc.name !== undefined ? grid.text(r, cc.name) : "";
    let code = "";
    let codeCol: number | undefined;
    if (split) {
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
      code = grid.ownText(r, cc.code);
      codeCol = cc.code;
    }
    let rowLabel = label;
    // "208 社会保障和就业支出" written in one cell.
    if (!split && !DIGITS.test(code)) {
      const joined = /^(\d{3,7})(\D.*)$/.exec(code || label);
      if (joined) {
        code = joined[1];
        rowLabel = rowLabel || joined[2];
      }
    }
    const secondaryCode = cc.secondary !== undefined ? grid.text(r, cc.secondary) : "";

    const texts = textCols.map((c) => grid.ownText(r, c));
    const totalText = texts.find((x) => TOTAL_LABEL.test(x));
    if (totalText && !DIGITS.test(code)) {
      rows.push({ row: r, kind: "total", label: totalText, labelCol: cc.name });
      continue;
    }
    const subtotalText = texts.find((x) => SUBTOTAL_LABEL.test(x));
    if (subtotalText) {
      const row: CodedRow = { row: r, kind: "subtotal", label: rowLabel || subtotalText, labelCol: cc.name };
      if (DIGITS.test(code)) row.code = code;
      if (DIGITS.test(secondaryCode)) row.secondaryCode = secondaryCode;
      rows.push(row);
      continue;
    }
    if (!code && cc.unitCode !== undefined && grid.text(r, cc.unitCode)) {
      rows.push({ row: r, kind: "unit", label: rowLabel || grid.text(r, cc.unitCode), labelCol: cc.name });
      continue;
    }
    if (code && /^[0-9A-Za-z]{3,9}$/.test(code) && /\d\d/.test(code)) {
      const row: CodedRow = { row: r, kind: "coded", code, codeCol, label: rowLabel, labelCol: cc.name };
      if (secondaryCode && DIGITS.test(secondaryCode)) row.secondaryCode = secondaryCode;
      rows.push(row);
      continue;
    }
    if (numericCols.some((c) => grid.ownText(r, c) !== "")) {
      rows.push({ row: r, kind: "other", label: rowLabel || code, labelCol: cc.name });
    }
  }
  attachMembers(rows);
  return rows;
}

/**
 * Gives each 小计 row and unit row the rows it adds up. A 小计 that carries a group code takes the
 * rows with that secondary code; otherwise position decides: when the table opens with a 小计, each
 * 小计 heads the rows after it, otherwise it closes the rows before it.
 */
function attachMembers(rows: CodedRow[]): void {
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
      const members: number[] = [];
      for (let j = i + 1; j < rows.length && rows[j].kind !== "unit" && rows[j].kind !== "total"; j++) {
        if (rows[j].kind === "coded" || rows[j].kind === "other") members.push(rows[j].row);
      }
      row.members = members;
    }
  }
}

function isMember(r: CodedRow): boolean {
  return r.kind === "coded" || r.kind === "other";
}
