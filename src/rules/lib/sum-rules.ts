/**
 * The broken sum identities of the rules that declare them (`Rule.brokenSums`), evaluated once per
 * check run and table: a sum rule reports its own, and the blank-total rule walks every sum rule's
 * (`RuleContext.sumRules`) to find totals left blank — without importing those rules.
 */
import type { Table } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { perRun } from "./memo";
import type { SumCheck } from "./sums";

/** The memo kinds, one per rule (worked out once per rule, not per call). */
const KINDS = new WeakMap<Rule, { kind: string; build: (ctx: RuleContext, table: Table) => SumCheck[] }>();

export function brokenSumsOf(ctx: RuleContext, rule: Rule, table: Table): SumCheck[] {
  let entry = KINDS.get(rule);
  if (!entry) {
    const collect = rule.brokenSums;
    entry = { kind: `sums:${rule.meta.id}`, build: collect ? (c, t) => collect.call(rule, t, c) : () => [] };
    KINDS.set(rule, entry);
  }
  return perRun(ctx, entry.kind, table, entry.build);
}
