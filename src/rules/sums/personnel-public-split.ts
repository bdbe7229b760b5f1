import { columnByRole } from "../../recognize/model";
import { phrase } from "../../catalog/messages";
import type { Rule } from "../types";
import { at, totalRow } from "../lib/cross";
import { reportSums, SumCheck } from "../lib/sums";
import { checksAsIdentities } from "../lib/identity-families";

const PERSONNEL_CLASSES = new Set(["301", "303"]);

/** A16: 人员经费 = 301 + 303 and 公用经费 = the other classes (302, 310 …), on the 合计 row. A warning: conventions differ. */
export const personnelPublicSplit: Rule = {
  meta: {
    id: "personnel-public-split",
    severity: "warning",
    category: "within-table",
    description: "rule.personnel-public-split.description",
    messages: ["sums.mismatch", "sums.rounding", "sums.personnel", "sums.public"],
    templates: ["general-budget-basic"],
    reference: "A16",
  },
  checkTable(table, ctx) {
    // 301 and 303 are economic classes: a 基本支出表 by 功能分类 has none.
    if (table.shape !== "coded" || table.codeSystem !== "economic") return;
    const total = columnByRole(table, "total");
    const personnel = columnByRole(table, "personnel");
    const pub = columnByRole(table, "public");
    const sumRow = totalRow(table);
    if (!total || !personnel || !pub || !sumRow) return;
    const classes = table.rows.filter((r) => r.kind === "coded" && r.code && r.code.length === 3);
    if (classes.length === 0) return;
    const checks: SumCheck[] = [
      {
        ref: "A16",
        severity: "warning",
        table: table.template,
        total: at(table, sumRow.row, personnel),
        parts: classes.filter((r) => PERSONNEL_CLASSES.has(r.code!)).map((r) => at(table, r.row, total)),
        what: () => phrase("sums.personnel"),
      },
      {
        ref: "A16",
        severity: "warning",
        table: table.template,
        total: at(table, sumRow.row, pub),
        parts: classes.filter((r) => !PERSONNEL_CLASSES.has(r.code!)).map((r) => at(table, r.row, total)),
        what: () => phrase("sums.public"),
      },
    ];
    ctx.identities?.add(table.sheetIndex, () => checksAsIdentities(ctx, checks, false));
    reportSums(ctx, checks);
  },
};
