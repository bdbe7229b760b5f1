import type { Rule, RuleContext } from "../types";
import { reportSums, gridResult, type SumCheck } from "../lib/sums";
import { brokenSumsOf } from "../lib/sum-rules";
import { phrase, type MessageKey } from "../../catalog/messages";
import { rowByRole, type LabeledRow, type LabeledTable, type RowRole, type Table } from "../../recognize/model";
import { mapList } from "../../model/lists";
import { columnLabel, numericColArrays, pos, rowsOf } from "../lib/identities";
import { amountCols, columns } from "../lib/identity-families";
import type { Identity } from "../lib/equations";

/**
 * A17: 小计 = 出国 + 公务用车 + 接待, 出国 = its parts, 公务用车 = 购置 + 运维, 合计 = 小计 + 会议费 + 培训费.
 * Warnings: regions differ on whether 会议费/培训费 belong under 合计 (docs/domain.md §2.1).
 */
export const threePublicStructure: Rule = {
  meta: {
    id: "three-public-structure",
    severity: "warning",
    category: "within-table",
    description: "rule.three-public-structure.description",
    messages: ["sums.mismatch", "sums.rounding", "sums.threePublicSubtotal", "sums.threePublicTotal", "sums.threePublicAbroad", "sums.threePublicCar"],
    templates: ["three-public"],
    reference: "A17",
  },
  brokenSums: (table: Table, ctx: RuleContext) => (table.shape === "labeled" ? threePublicChecks(ctx, table) : []),
  checkTable(table, ctx) {
    if (table.shape !== "labeled") return;
    ctx.identities?.add(table.sheetIndex, () => threePublicFamilies(table));
    reportSums(ctx, brokenSumsOf(ctx, threePublicStructure, table));
  },
};

/** One sum of a "三公" table: a total row, its part rows, and the phrase naming it. */
interface ThreePublicSum {
  total: LabeledRow;
  parts: LabeledRow[];
  key: MessageKey;
}

/** The sums a "三公" table's rows allow (A17), read by the check and by localisation alike. */
function threePublicSums(table: LabeledTable): ThreePublicSum[] {
  const find = (role: RowRole) => rowByRole(table, role);
  const out: ThreePublicSum[] = [];
  const add = (totalRole: RowRole, partRoles: RowRole[], key: MessageKey) => {
    const total = find(totalRole);
    const parts = mapList(partRoles, find).filter((r): r is NonNullable<typeof r> => !!r);
    if (total && parts.length) out.push({ total, parts, key });
  };
  add("subtotal", ["abroad", "car", "reception"], "sums.threePublicSubtotal");
  if (find("subtotal")) add("total", ["subtotal", "meeting", "training"], "sums.threePublicTotal");
  else if (find("total")) add("total", ["abroad", "car", "reception"], "sums.threePublicSubtotal");
  if (find("abroad.teaching") || find("abroad.other")) add("abroad", ["abroad.teaching", "abroad.other"], "sums.threePublicAbroad");
  add("car", ["car.purchase", "car.running"], "sums.threePublicCar");
  return out;
}

function threePublicChecks(ctx: RuleContext, table: LabeledTable): SumCheck[] {
  const checks: SumCheck[] = [];
  for (const { total, parts, key } of threePublicSums(table)) {
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
  }
  return checks;
}

/** The same sums as families, column by column. */
function threePublicFamilies(table: LabeledTable): Identity[] {
  const cols = amountCols(table);
  return threePublicSums(table).map(({ total, parts }) => columns(table.sheetIndex, cols, total.row, rowsOf(parts)));
}
