import type { Rule } from "../types";
import { balanceChecks } from "../lib/identities";
import { reportSums } from "../lib/sums";
import { checksAsIdentities } from "../lib/identity-families";

/** A5: 收入总计 = 支出总计. */
export const incomeExpenseBalance: Rule = {
  meta: {
    id: "income-expense-balance",
    severity: "error",
    category: "within-table",
    description: "rule.income-expense-balance.description",
    messages: ["sums.mismatch", "sums.rounding", "sums.balance"],
    templates: ["income-expense-summary", "fiscal-summary"],
    reference: "A5",
  },
  checkTable(table, ctx) {
    if (table.shape !== "summary") return;
    const checks = balanceChecks(table);
    ctx.identities?.add(table.sheetIndex, () => checksAsIdentities(ctx, checks, false));
    reportSums(ctx, checks);
  },
};
