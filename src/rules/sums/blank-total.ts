import type { Rule } from "../types";
import { brokenSumsOf } from "../lib/sum-rules";
import { evaluateSum, locate, money, partCells, shownDecimals, SumCheck } from "../lib/sums";
import { SEVERITY_RANK } from "../../model/findings";

/**
 * A total cell left blank while its parts are not. Severity follows the identity it breaks
 * (an error for hard identities, a warning for the "三公" table's regional ones).
 */
export const blankTotal: Rule = {
  meta: {
    id: "blank-total",
    severity: "error",
    category: "within-table",
    description: "rule.blank-total.description",
    messages: ["sums.blankTotal"],
  },
  checkTable(table, ctx) {
    // One finding per blank cell, from the most severe identity that covers it. Most tables have
    // no broken sum at all: the map is made for the first blank total.
    let worst: Map<string, { check: SumCheck; sum: number }> | undefined;
    const rules = ctx.sumRules ?? [];
    for (let i = 0; i < rules.length; i++) {
      const checks = brokenSumsOf(ctx, rules[i], table);
      for (let j = 0; j < checks.length; j++) {
        const check = checks[j];
        const r = evaluateSum(ctx, check);
        if (r.outcome !== "blank-total") continue;
        const key = `${check.total.row},${check.total.col}`;
        if (!worst) worst = new Map();
        const prev = worst.get(key);
        if (!prev || SEVERITY_RANK[check.severity] < SEVERITY_RANK[prev.check.severity]) worst.set(key, { check, sum: r.sum });
      }
    }
    if (!worst) return;
    for (const { check, sum } of worst.values()) {
      const r = { sum };
      const where = locate(ctx, check.total);
      const expected = money(r.sum, shownDecimals(r.sum));
      ctx.report({
        severity: check.severity,
        sheet: where.sheet,
        cell: where.cell,
        related: partCells(check.parts).map((p) => locate(ctx, p)),
        messageId: "sums.blankTotal", data: { what: check.what(), expected },
        expected,
        actual: "",
        table: check.table,
      });
    }
  },
};
