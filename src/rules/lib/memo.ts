/**
 * Values derived once per check run and shared by the rules that need them (code trees, broken
 * sums, code occurrences, amount areas). They are kept by the run's ValueReader, not by the
 * tables: a table outlives its run (it is part of the result), and derived data kept with it
 * would stay in memory.
 */
import type { RuleContext } from "../types";

/**
 * `build(ctx, key)` once per run, kind and key (a table). Called for every table by several rules:
 * pass a module-level function, not a new closure per call.
 */
export function perRun<K extends object, T>(ctx: RuleContext, kind: string, key: K, build: (ctx: RuleContext, key: K) => T): T {
  const memo = ctx.values ? ctx.values.memo : undefined;
  if (!memo) return build(ctx, key);
  let byKey = memo.get(kind);
  if (!byKey) {
    byKey = new Map();
    memo.set(kind, byKey);
  }
  let value = byKey.get(key) as T | undefined;
  if (value === undefined) {
    value = build(ctx, key);
    byKey.set(key, value);
  }
  return value;
}
