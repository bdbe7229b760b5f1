/**
 * The broken sum identities of the rules that declare them (`Rule.brokenSums`), evaluated once per
 * table checked: a sum rule reports its own, and the blank-total rule walks every sum rule's
 * (`RuleContext.sumRules`) to find totals left blank — without importing those rules. Only the
 * rules of the table read them, so they are kept while it is checked (see `perTable`).
 */
import type { Table } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import type { SumCheck } from "./sums";

export function brokenSumsOf(ctx: RuleContext, rule: Rule, table: Table): SumCheck[] {
  const memo = ctx.values ? ctx.values.memo : undefined;
  if (!memo) return collect(ctx, rule, table);
  // Kept under the rule itself: no kind name to build or look up per call.
  const values = memo.valuesWhileOn(table);
  let sums = values.get(rule) as SumCheck[] | undefined;
  if (sums === undefined) {
    sums = collect(ctx, rule, table);
    values.set(rule, sums);
  }
  return sums;
}

function collect(ctx: RuleContext, rule: Rule, table: Table): SumCheck[] {
  return rule.brokenSums ? rule.brokenSums(table, ctx) : [];
}
