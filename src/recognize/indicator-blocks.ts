/**
 * The blocks around an indicator table's rows: the 项目资金 block, the goal lines, the 说明 line and
 * the 总分 line.
 *
 * The 项目资金 block above a self-evaluation table's indicators (docs/domain.md §5, seed S003):
 *
 *   项目资金（万元） |               | 全年预算数（A） | 全年执行数（B） | 预算执行率（B/A）
 *                   | 年度资金总额： | 15329.53       | 11852.5        | 77.32%
 *                   | 其中：中央补助 | 11221.53       | 11221.53       | 100.00%
 *                   | 地方资金       | 4108           | 630.97         | 15.36%
 *                   | 其他资金       |                |                |
 *
 * Other layouts add 年初预算数, 分值 and 得分 columns and name the parts 当年财政拨款 / 上年结转资金
 * / 其他资金. Only the row form is read: a block whose amounts run across one row (资金总额 |
 * 财政性资金 | 其他资金 as column headers) is not recognised yet.
 */
import type { FundsBlock, FundsColumn, FundsRole } from "./model";
import type { SheetGrid } from "./grid";

const COLUMN_ROLES: readonly { role: FundsRole; pattern: RegExp }[] = [
  { role: "initial", pattern: /年初预算数/ },
  { role: "rate", pattern: /执行率/ },
  { role: "executed", pattern: /执行数|实际支出/ },
  { role: "budget", pattern: /预算数/ },
  { role: "weight", pattern: /^分值/ },
  { role: "score", pattern: /^得分/ },
];
const TOTAL_LABEL = /资金总额|资金合计|^合计/;

/** Finds the block between the title (exclusive) and the indicator header (exclusive). */
export function findFundsBlock(grid: SheetGrid, from: number, to: number): FundsBlock | undefined {
  for (let r = Math.max(0, from); r < to; r++) {
    const columns = fundsColumns(grid, r);
    if (!columns) continue;
    const firstAmount = Math.min(...columns.map((c) => c.col));
    const total = findTotal(grid, r + 1, to, firstAmount);
    if (!total) return undefined;
    return { header: r, labelCol: total.col, columns, total: { row: total.row, label: total.label }, parts: findParts(grid, total, to, firstAmount) };
  }
  return undefined;
}

/**
 * The 项目资金 block of a 项目支出绩效目标申报表, which has one amount and no column header:
 *
 *   项目资金（万元） | 年度资金总额： | 100
 *                   | 其中：财政拨款 | 80
 *                   | 其他资金       | 20
 *
 * The amount column is the first number right of the 年度资金总额 label.
 */
export function findSingleAmountFunds(grid: SheetGrid, from: number, to: number): FundsBlock | undefined {
  for (let r = Math.max(0, from); r < to; r++) {
    for (let c = 0; c < 4; c++) {
      const text = grid.ownText(r, c);
      if (!text || !/^(年度)?资金总额/.test(text)) continue;
      let amountCol = -1;
      for (let a = c + 1; a < Math.min(grid.rowWidth(r), c + 6) && amountCol < 0; a++) if (grid.isNumber(r, a)) amountCol = a;
      if (amountCol < 0) return undefined;
      const total = { row: r, col: c, label: grid.rawText(r, c).replace(/[:：]$/, "") };
      return {
        header: r,
        labelCol: c,
        columns: [{ role: "budget", col: amountCol, label: "金额" }],
        total: { row: r, label: total.label },
        parts: findParts(grid, total, to, amountCol),
      };
    }
  }
  return undefined;
}

/** The amount columns of a funds header row, or undefined when the row is not one. */
function fundsColumns(grid: SheetGrid, row: number): FundsColumn[] | undefined {
  const texts = grid.rowTexts(row, 30);
  const columns: FundsColumn[] = [];
  for (const { col, text } of texts) {
    const match = COLUMN_ROLES.find((c) => c.pattern.test(text));
    if (match && !columns.some((c) => c.role === match.role)) columns.push({ role: match.role, col, label: text });
  }
  const has = (role: FundsRole) => columns.some((c) => c.role === role);
  return has("budget") && has("executed") ? columns : undefined;
}

/** The 年度资金总额 line: its label sits left of the first amount column. */
function findTotal(grid: SheetGrid, from: number, to: number, firstAmount: number): { row: number; col: number; label: string } | undefined {
  for (let r = from; r < Math.min(to, from + 3); r++) {
    for (let c = 0; c < firstAmount; c++) {
      const text = grid.ownText(r, c);
      if (TOTAL_LABEL.test(text)) return { row: r, col: c, label: grid.rawText(r, c).replace(/[:：]$/, "") };
    }
  }
  return undefined;
}

/**
 * The lines under the total: each has a label in the total's column, until a line that starts a new
 * section left of it (总体目标完成情况) or the indicator header.
 */
function findParts(grid: SheetGrid, total: { row: number; col: number }, to: number, firstAmount: number): { row: number; label: string }[] {
  const parts: { row: number; label: string }[] = [];
  for (let r = total.row + 1; r < to; r++) {
    let newSection = false;
    for (let c = 0; c < total.col; c++) if (grid.ownText(r, c)) newSection = true;
    if (newSection) break;
    const label = grid.ownText(r, total.col);
    if (!label) {
      // A line without a label ends the block unless it is blank all the way.
      if (grid.rowTexts(r, firstAmount + 8).length) break;
      continue;
    }
    parts.push({ row: r, label: grid.rawText(r, total.col).replace(/^其中[:：]?/, "").replace(/[:：]$/, "") });
  }
  return parts;
}

/** The "说明" line of a table (说明 | 无), searched from `from` to `to` inclusive. */
export function findStatement(grid: SheetGrid, from: number, to: number): { row: number; col: number; text: string } | undefined {
  for (let r = Math.max(0, from); r <= to && r < grid.rowCount; r++) {
    const texts = grid.rowTexts(r, 12);
    if (!texts.length || !/^说明/.test(texts[0].text)) continue;
    const own = texts[0].text.replace(/^说明[:：]?/, "");
    const rest = texts.slice(1).map((t) => t.text);
    const col = texts.length > 1 ? texts[1].col : texts[0].col;
    return { row: r, col, text: [own, ...rest].filter(Boolean).join(" ") };
  }
  return undefined;
}

const GOAL_LABEL = /目标/;

/**
 * The goal lines above a goal table's indicators ("绩效目标 | 1.…", seed S001's Hebei layout): rows
 * between `from` and `to` (exclusive) whose first cell, merged down or not, names a 目标, with the
 * text that follows it on the row.
 */
export function findGoalLines(grid: SheetGrid, from: number, to: number): { row: number; col: number; text: string }[] {
  const lines: { row: number; col: number; text: string }[] = [];
  let inGoals = false;
  for (let r = Math.max(0, from); r < to; r++) {
    const label = grid.text(r, 0);
    if (label) inGoals = GOAL_LABEL.test(label) && label.length <= 12;
    if (!inGoals) continue;
    const texts = grid.rowTexts(r, 12).filter((t) => t.col > 0);
    if (texts.length) lines.push({ row: r, col: texts[0].col, text: grid.rawText(r, texts[0].col) });
  }
  return lines;
}

const TOTAL_SCORE_LABEL = /^(总分|合计|总计|分值合计|得分合计)$/;

/** The 总分 / 合计 line among rows `from`..`to`: its first text, within the first four cells, says so. */
export function findTotalScoreRow(grid: SheetGrid, from: number, to: number): number | undefined {
  for (let r = Math.max(0, from); r <= to && r < grid.rowCount; r++) {
    const texts = grid.rowTexts(r, 4);
    if (texts.length && TOTAL_SCORE_LABEL.test(texts[0].text)) return r;
  }
  return undefined;
}

/** The label of a table's project-name line: 项目名称, 转移支付（项目）名称. */
const SUBJECT_LABEL = /^(项目名称|转移支付\(项目\)名称|转移支付项目名称)[:：]?/;

/**
 * The project a one-project table is about: the 项目名称 line above its indicators (项目名称 | name,
 * or "项目名称：name" in one cell), searched from `from` to `to` (exclusive), with the cell holding
 * the name. The title is not used: two tables can share a title and be about different projects.
 */
export function findSubject(grid: SheetGrid, from: number, to: number): { text: string; row: number; col: number } | undefined {
  for (let r = Math.max(0, from); r < to && r < grid.rowCount; r++) {
    const texts = grid.rowTexts(r, 12);
    for (let i = 0; i < texts.length && i < 3; i++) {
      const m = SUBJECT_LABEL.exec(texts[i].text);
      if (!m) continue;
      const own = texts[i].text.slice(m[0].length);
      if (own) return { text: own, row: r, col: texts[i].col };
      const next = texts[i + 1];
      return next ? { text: next.text, row: r, col: next.col } : undefined;
    }
  }
  return undefined;
}
