/**
 * The consolidated Henan 部门预算项目绩效目标表 (docs/domain.md A22, seed: a Henan district, 2021)
 * lists the department, its units and their projects in one table, coded 312 / 312001 / 312001-1:
 * a unit's row carries the sum of its projects' 资金总额, 财政性资金 and 其他资金, and the
 * department's row the sum of its units'. Each parent row = Σ the rows coded directly under it,
 * column by column, by the shared sums mechanism (blank parts are 0, 0.01 per part is a rounding
 * warning, a blank total is not judged). Registered with error localisation as a family per parent
 * row, so that one wrong project amount is one finding at that cell.
 */
import { phrase } from "../../catalog/messages";
import { columnByRole, type IndicatorTable, type TableColumn } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import type { Identity } from "../lib/equations";
import { reportSums, type CellPos } from "../lib/sums";

export const goalUnitTotal: Rule = {
  meta: {
    id: "goal-unit-total",
    severity: "error",
    category: "within-table",
    description: "rule.goal-unit-total.description",
    messages: ["sums.mismatch", "sums.rounding", "rule.goal-unit-total.what"],
    templates: ["project-goal"],
    reference: "A22",
  },
  checkTable(table, ctx) {
    if (table.shape !== "indicator") return;
    const cols = fundColumns(table);
    if (!cols.length) return;
    const groups = unitGroups(ctx, table);
    if (!groups.length) return;
    const at = (row: number, col: number): CellPos => ({ sheetIndex: table.sheetIndex, row, col });
    for (const g of groups) {
      for (const column of cols) {
        reportSums(ctx, [
          {
            ref: "A22",
            severity: "error",
            table: table.template,
            total: at(g.row, column.col),
            parts: g.children.map((row) => at(row, column.col)),
            what: () => phrase("rule.goal-unit-total.what", { code: g.code, name: g.name, column: column.header.slice(column.header.lastIndexOf("/") + 1), count: g.children.length }),
          },
        ]);
      }
    }
    const lines = cols.map((c) => c.col);
    ctx.identities?.add(table.sheetIndex, (): Identity[] =>
      groups.map((g) => ({ kind: "sums", sheetIndex: table.sheetIndex, along: "columns", lines, total: g.row, parts: g.children })),
    );
  },
};

function fundColumns(table: IndicatorTable): TableColumn[] {
  const out: TableColumn[] = [];
  for (const role of ["fund.total", "fund.fiscal", "fund.other"] as const) {
    const c = columnByRole(table, role);
    if (c) out.push(c);
  }
  return out;
}

/** A row of the table with its code (312, 312001, 312001-1) and the rows coded directly under it. */
interface UnitGroup {
  row: number;
  code: string;
  name: string;
  children: number[];
}

const CODE = /^[0-9A-Za-z]+([-_.][0-9A-Za-z]+)*$/;

/** The coded rows that have rows coded under them: a code's parent is the nearest code above it that it extends. */
function unitGroups(ctx: RuleContext, table: IndicatorTable): UnitGroup[] {
  const codeCol = columnByRole(table, "unitCode")?.col;
  if (codeCol === undefined) return [];
  const nameCol = columnByRole(table, "project")?.col;
  const text = (row: number, col: number | undefined): string => {
    if (col === undefined) return "";
    const p = ctx.values.parsed(table.sheetIndex, row, col);
    if (p.kind === "number") return String(p.value);
    return p.kind === "text" ? p.text.trim() : "";
  };
  const coded: { row: number; code: string }[] = [];
  for (let r = table.body.top; r <= table.body.bottom; r++) {
    const code = text(r, codeCol);
    if (code && CODE.test(code)) coded.push({ row: r, code });
  }
  const groups = new Map<number, UnitGroup>();
  // The chain of open ancestors, deepest last.
  const chain: { row: number; code: string }[] = [];
  for (const c of coded) {
    while (chain.length && !(c.code.length > chain[chain.length - 1].code.length && c.code.startsWith(chain[chain.length - 1].code))) chain.pop();
    const parent = chain[chain.length - 1];
    if (parent) {
      let g = groups.get(parent.row);
      if (!g) {
        g = { row: parent.row, code: parent.code, name: text(parent.row, nameCol), children: [] };
        groups.set(parent.row, g);
      }
      g.children.push(c.row);
    }
    chain.push(c);
  }
  return Array.from(groups.values());
}
