/**
 * The 总分 line of a self-evaluation (or scoring) table adds up (reference.md §5 "Total: 总分 =
 * Σ 指标得分"): in the 得分 column, 总分 = Σ the indicators' scores + the 预算执行率 score of the
 * funding block; in the 分值 column, the same for the points. Scores carry one or two decimals,
 * so they are added exactly in hundredths. Not judged when a part is not a number.
 */
import { t } from "../../i18n";
import { toA1 } from "../../core/a1";
import { parseValue } from "../../core/values";
import type { IndicatorTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { fundsColumn, isIndicatorTable } from "./support";

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

/** Hundredths of a number cell's value, or undefined when blank; NaN when it is not a number. */
function hundredths(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const p = parseValue(text);
  if (p.kind === "empty") return undefined;
  return p.kind === "number" && !p.percent ? Math.round(p.value * 100) : NaN;
}

function checkColumn(table: IndicatorTable, role: "score" | "weight", ctx: RuleContext): void {
  const column = table.columns.find((c) => c.role === role);
  const totalRow = table.totalRow;
  if (!column || totalRow === undefined) return;
  const sheet = ctx.workbook.sheets[table.sheetIndex];
  const cellText = (row: number, col: number): string | undefined => {
    const v = sheet.cells[row]?.[col];
    return v === null || v === undefined ? undefined : typeof v === "object" ? "#" : String(v);
  };
  const total = hundredths(cellText(totalRow, column.col));
  if (total === undefined || Number.isNaN(total)) return;
  let sum = 0;
  const parts: string[] = [];
  for (const r of table.indicators) {
    if (r.row === totalRow) continue;
    const h = hundredths(r[role]);
    if (h === undefined) continue;
    if (Number.isNaN(h)) return;
    sum += h;
    parts.push(toA1(r.row, column.col));
  }
  const funds = table.funds;
  const fundsCol = funds ? fundsColumn(funds, role) : undefined;
  if (funds && fundsCol !== undefined) {
    const h = hundredths(cellText(funds.total.row, fundsCol));
    if (h !== undefined) {
      if (Number.isNaN(h)) return;
      sum += h;
      parts.push(toA1(funds.total.row, fundsCol));
    }
  }
  if (!parts.length || sum === total) return;
  const fmt = (h: number) => String(h / 100);
  ctx.report({
    sheet: table.sheet,
    cell: toA1(totalRow, column.col),
    related: parts.map((cell) => ({ sheet: table.sheet, cell })),
    message: t("rule.score-total.message", { column: column.header, expected: fmt(sum), actual: fmt(total), difference: fmt(total - sum) }),
    expected: fmt(sum),
    actual: fmt(total),
    difference: fmt(total - sum),
    table: table.template,
  });
}
