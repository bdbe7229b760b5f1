/**
 * A22, the funds of a project add up (docs/domain.md A22, §5):
 * - the 项目资金 block of a self-evaluation table: in each amount column (年初预算数, 全年预算数,
 *   全年执行数) 年度资金总额 = Σ its parts (中央补助 + 地方资金 + 其他资金, or 当年财政拨款 + 上年结转
 *   资金 + 其他资金); a column without any part figure is not judged;
 * - the Henan 部门预算项目绩效目标表: on each project's line, 资金总额 = 财政性资金 + 其他资金.
 * Judged by the shared sums mechanism: blank parts are 0, a gap of 0.01 per part is a rounding
 * warning, a blank total is not judged.
 */
import { phrase } from "../../catalog/messages";
import { columnByRole, type FundsBlock, type FundsColumn, type IndicatorTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { reportSums, type CellPos } from "../lib/sums";
import type { Identity } from "../lib/equations";
import { isIndicatorTable } from "./support";

export const fundsTotal: Rule = {
  meta: {
    id: "funds-total",
    severity: "error",
    category: "goals",
    description: "rule.funds-total.description",
    messages: ["sums.mismatch", "sums.rounding", "rule.funds-total.what", "rule.funds-total.project"],
    templates: ["self-evaluation", "project-goal"],
    reference: "A22, §5",
  },
  checkTable(table, ctx) {
    if (!isIndicatorTable(table)) return;
    checkProjectLines(ctx, table);
    if (!table.funds || !table.funds.parts.length) return;
    const funds = table.funds;
    for (const column of funds.columns) {
      if (column.role !== "initial" && column.role !== "budget" && column.role !== "executed") continue;
      checkColumn(ctx, table, funds, column);
    }
  },
};

function checkColumn(ctx: RuleContext, table: IndicatorTable, funds: FundsBlock, column: FundsColumn): void {
  const pos = (row: number): CellPos => ({ sheetIndex: table.sheetIndex, row, col: column.col });
  const parts = funds.parts.map((p) => pos(p.row));
  if (parts.every((p) => ctx.values.money(p.sheetIndex, p.row, p.col) === null)) return;
  reportSums(ctx, [
    {
      ref: "A22",
      severity: "error",
      table: table.template,
      total: pos(funds.total.row),
      parts,
      blankAsZero: false,
      what: () => phrase("rule.funds-total.what", { column: column.label, total: funds.total.label, parts: funds.parts.map((p) => p.label).join(" + ") }),
    },
  ]);
}

/**
 * 资金总额 = 财政性资金 + 其他资金 on every line that states a 资金总额: a project's first line, and in
 * the consolidated layout the unit and department lines too. Registered with error localisation
 * (one family for the table), so that with the unit sums (goal-unit-total) a wrong project amount
 * is found at its cell.
 */
function checkProjectLines(ctx: RuleContext, table: IndicatorTable): void {
  const total = columnByRole(table, "fund.total");
  const fiscal = columnByRole(table, "fund.fiscal");
  const other = columnByRole(table, "fund.other");
  if (!total || !fiscal || !other) return;
  const at = (row: number, col: number): CellPos => ({ sheetIndex: table.sheetIndex, row, col });
  const projects = new Map<number, string>();
  for (const r of table.indicators) if (!projects.has(r.row)) projects.set(r.row, r.project ?? "");
  const nameCol = columnByRole(table, "project")?.col;
  const lines: number[] = [];
  for (let row = table.body.top; row <= table.body.bottom; row++) {
    // A project's amounts sit on its first line; the lines merged under it read blank.
    if (ctx.values.money(table.sheetIndex, row, total.col) === null) continue;
    lines.push(row);
    const project = projects.get(row) ?? nameAt(ctx, table, row, nameCol);
    reportSums(ctx, [
      {
        ref: "A22",
        severity: "error",
        table: table.template,
        total: at(row, total.col),
        parts: [at(row, fiscal.col), at(row, other.col)],
        what: () => phrase("rule.funds-total.project", { project }),
      },
    ]);
  }
  if (lines.length) {
    ctx.identities?.add(table.sheetIndex, (): Identity[] => [{ kind: "sums", sheetIndex: table.sheetIndex, along: "rows", lines, total: total.col, parts: [fiscal.col, other.col] }]);
  }
}

function nameAt(ctx: RuleContext, table: IndicatorTable, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  const p = ctx.values.parsed(table.sheetIndex, row, col);
  return p.kind === "text" ? p.text.trim() : "";
}
