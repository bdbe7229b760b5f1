/**
 * Values derived once per check run and shared by the rules that need them (code trees, broken
 * sums, code occurrences, amount areas). They are kept by the run's ValueReader, not by the
 * tables: a table outlives its run (it is part of the result), and derived data kept with it
 * would stay in memory.
 */
import type { RuleContext } from "../types";

/**
 * The derived values of one run, by key (a table) and kind. The rules of a table ask for that
 * table's values one after another, so the last key's values are kept at hand: most look-ups
 * are one comparison and a look-up in a small map of constant keys.
 */
export class RunMemo {
  private readonly byKey = new Map<object, Map<unknown, unknown>>();
  private lastKey: object | undefined = undefined;
  private lastValues: Map<unknown, unknown> | undefined = undefined;

  /** The values kept for `key`, by kind (a string, or an object such as a rule). */
  valuesOf(key: object): Map<unknown, unknown> {
    if (key === this.lastKey) return this.lastValues!;
    let values = this.byKey.get(key);
    if (!values) {
      values = new Map();
      this.byKey.set(key, values);
    }
    this.lastKey = key;
    this.lastValues = values;
    return values;
  }
}

/**
 * `build(ctx, key)` once per run, kind and key (a table). Called for every table by several rules:
 * pass a module-level function, not a new closure per call.
 */
export function perRun<K extends object, T>(ctx: RuleContext, kind: string, key: K, build: (ctx: RuleContext, key: K) => T): T {
  const memo = ctx.values ? ctx.values.memo : undefined;
  if (!memo) return build(ctx, key);
  const values = memo.valuesOf(key);
  let value = values.get(kind) as T | undefined;
  if (value === undefined) {
    value = build(ctx, key);
    values.set(kind, value);
  }
  return value;
}
