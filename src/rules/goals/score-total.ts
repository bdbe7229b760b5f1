/**
 * The 总分 line of a self-evaluation (or scoring) table adds up (docs/domain.md §5 "Total: 总分 =
 * Σ 指标得分"): in the 得分 column, 总分 = Σ the indicators' scores + the 预算执行率 score of the
 * funding block; in the 分值 column, the same for the points. Scores carry one or two decimals,
 * so they are added exactly in hundredths. Not judged when a part is not a number.
 */
import { toA1 } from "../../model/a1";
import { columnByRole, type IndicatorTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { fundsColumn, isIndicatorTable, pointsAt } from "./support";

export const scoreTotal: Rule = {
  meta: {
    id: "score-total",
    severity: "error",
    category: "goals",
    description: "rule.score-total.description",
    messages: ["rule.score-total.message"],
    templates: ["self-evaluation", "evaluation-score", "department-goal"],
    reference: "§5",
  },
  checkTable(table, ctx) {
    if (!isIndicatorTable(table) || table.totalRow === undefined) return;
    for (const role of ["score", "weight"] as const) checkColumn(table, role, ctx);
  },
};

function checkColumn(table: IndicatorTable, role: "score" | "weight", ctx: RuleContext): void {
  const column = columnByRole(table, role);
  const totalRow = table.totalRow;
  if (!column || totalRow === undefined) return;
  /** Hundredths of a cell's points: null when blank, NaN when not a plain number. */
  const hundredths = (row: number, col: number): number | null => {
    const v = pointsAt(ctx, table, row, col);
    return v === null ? null : Math.round(v * 100);
  };
  const total = hundredths(totalRow, column.col);
  if (total === null || Number.isNaN(total)) return;
  let sum = 0;
  const parts: string[] = [];
  const cells: [number, number][] = table.indicators.filter((r) => r.row !== totalRow).map((r) => [r.row, column.col]);
  const funds = table.funds;
  const fundsCol = funds ? fundsColumn(funds, role) : undefined;
  if (funds && fundsCol !== undefined) cells.push([funds.total.row, fundsCol]);
  for (const [row, col] of cells) {
    const h = hundredths(row, col);
    if (h === null) continue;
    if (Number.isNaN(h)) return;
    sum += h;
    parts.push(toA1(row, col));
  }
  if (!parts.length || sum === total) return;
  const fmt = (h: number) => h / 100;
  ctx.report({
    sheet: table.sheet,
    cell: toA1(totalRow, column.col),
    related: parts.map((cell) => ({ sheet: table.sheet, cell })),
    messageId: "rule.score-total.message", data: { column: column.header, expected: fmt(sum), actual: fmt(total), difference: fmt(total - sum) },
    expected: fmt(sum),
    actual: fmt(total),
    difference: fmt(total - sum),
    table: table.template,
  });
}
