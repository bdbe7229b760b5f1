/**
 * A21 on the 固定资产占用情况表 (T14, Hebei): in the 价值 column, 资产总额 = 房屋 + 车辆 + 单价在20
 * 万元以上的设备 + 其他固定资产. 其中：办公用房 is part of 房屋, not a fifth item; the 数量 column
 * mixes square metres and vehicles and is never added up. Blank items count as 0.
 */
import { phrase } from "../../catalog/messages";
import { columnByRole, rowByRole, type RowRole } from "../../recognize/model";
import type { Rule } from "../types";
import { reportSums, type CellPos, type SumCheck } from "../lib/sums";
import { checksAsIdentities } from "../lib/identity-families";

const ITEMS: readonly RowRole[] = ["assets.building", "assets.vehicle", "assets.equipment", "assets.other"];

export const assetsTotal: Rule = {
  meta: {
    id: "assets-total",
    severity: "error",
    category: "within-table",
    description: "rule.assets-total.description",
    messages: ["sums.mismatch", "sums.rounding", "sums.assetsTotal"],
    templates: ["fixed-assets"],
    reference: "A21",
  },
  checkTable(table, ctx) {
    if (table.shape !== "labeled") return;
    const value = columnByRole(table, "value");
    const total = rowByRole(table, "assets.total");
    const items = table.rows.filter((r) => ITEMS.includes(r.role));
    if (!value || !total || !items.length) return;
    const at = (row: number): CellPos => ({ sheetIndex: table.sheetIndex, row, col: value.col });
    const checks: SumCheck[] = [
      {
        ref: "A21",
        severity: "error",
        table: table.template,
        total: at(total.row),
        parts: items.map((r) => at(r.row)),
        what: () => phrase("sums.assetsTotal", { items: items.map((r) => r.label.replace(/^[0-9一二三四五六七八九十]+[、.．]/, "")).join(" + ") }),
      },
    ];
    ctx.identities?.add(table.sheetIndex, () => checksAsIdentities(ctx, checks, false));
    reportSums(ctx, checks);
  },
};
