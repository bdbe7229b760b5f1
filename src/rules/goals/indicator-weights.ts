/**
 * 分值 add up to 100 (docs/domain.md §5 "a 100-point total": 预算执行率 10, 产出 50, 效益 30,
 * 满意度 10; the Hebei 部门整体 table's 评（扣）分标准 weights also sum to 100). Counted over the
 * indicator rows, plus the 预算执行率 分值 of a self-evaluation table's funding block. A warning:
 * dropping a not-applicable indicator without rescaling is a judgement the reviewer should see, not
 * an arithmetic error. Only judged when every weighted row has a number.
 */
import { phrase } from "../../catalog/messages";
import { columnByRole } from "../../recognize/model";
import { toA1 } from "../../model/a1";
import type { Rule } from "../types";
import { fundsColumn, isIndicatorTable, pointsAt, readIndicators } from "./support";

const FULL_MARKS = 100;
const TOTAL_ROW = /^(合计|总分|总计|小计)$/;

export const indicatorWeights: Rule = {
  meta: {
    id: "indicator-weights",
    severity: "warning",
    category: "goals",
    description: "rule.indicator-weights.description",
    messages: ["rule.indicator-weights.message"],
    templates: ["department-goal", "self-evaluation", "evaluation-score"],
    reference: "§4.2, §5",
  },
  checkTable(table, ctx) {
    if (!isIndicatorTable(table)) return;
    const weightCol = columnByRole(table, "weight");
    if (!weightCol) return;
    let sum = 0;
    let weighted = 0;
    for (const { row } of readIndicators(ctx, table)) {
      if (TOTAL_ROW.test(row.name) || TOTAL_ROW.test(row.level1)) continue;
      const points = pointsAt(ctx, table, row.row, weightCol.col);
      if (points === null) continue;
      if (Number.isNaN(points)) return; // a weight that is not a number: not judged
      sum += points;
      weighted += 1;
    }
    if (weighted === 0) return;
    const parts = [phrase("rule.indicator-weights.indicators", { count: weighted, sum: round(sum) })];
    const funds = table.funds;
    const fundsWeight = funds ? fundsColumn(funds, "weight") : undefined;
    if (funds && fundsWeight !== undefined) {
      const w = pointsAt(ctx, table, funds.total.row, fundsWeight);
      if (w !== null && !Number.isNaN(w)) {
        sum += w;
        parts.push(phrase("rule.indicator-weights.execution", { points: round(w) }));
      }
    }
    if (Math.abs(sum - FULL_MARKS) < 1e-6) return;
    ctx.report({
      sheet: table.sheet,
      cell: toA1(table.header.top, weightCol.col),
      messageId: "rule.indicator-weights.message", data: { sum: round(sum), parts: { join: parts, sep: "，" } },
      expected: FULL_MARKS,
      actual: round(sum),
      difference: round(sum - FULL_MARKS),
      table: table.template,
    });
  },
};

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
