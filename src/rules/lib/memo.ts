/**
 * Values derived once per check run and shared by the rules that need them (code trees and
 * look-ups), or once per table checked when only that table's rules read them (broken sums, code
 * occurrences, amount areas, read indicators). They are kept by the run's ValueReader, not by the
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

  /** The values of the table being checked (see `perTable`): only the last key's are kept. */
  private tableKey: object | undefined = undefined;
  private tableValues: Map<unknown, unknown> | undefined = undefined;

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

  /** The values kept for `key` until another key is asked for. */
  valuesWhileOn(key: object): Map<unknown, unknown> {
    if (key !== this.tableKey) {
      this.tableKey = key;
      this.tableValues = new Map();
    }
    return this.tableValues!;
  }
}

/**
 * `build(ctx, key)` once per run, kind and key (a table). Called for every table by several rules:
 * pass a module-level function, not a new closure per call.
 */
export function perRun<K extends object, T>(ctx: RuleContext, kind: string, key: K, build: (ctx: RuleContext, key: K) => T): T {
  const memo = ctx.values ? ctx.values.memo : undefined;
  return memo ? kept(memo.valuesOf(key), kind, ctx, key, build) : build(ctx, key);
}

/**
 * `perRun` for values only the rules of one table read, while that table is checked (its rules run
 * one after another): they are dropped when the next table asks, so they die young instead of
 * lasting, and being copied by every garbage collection, until the end of the run. Asked for
 * again later, they are built again.
 */
export function perTable<K extends object, T>(ctx: RuleContext, kind: string, key: K, build: (ctx: RuleContext, key: K) => T): T {
  const memo = ctx.values ? ctx.values.memo : undefined;
  return memo ? kept(memo.valuesWhileOn(key), kind, ctx, key, build) : build(ctx, key);
}

function kept<K extends object, T>(values: Map<unknown, unknown>, kind: string, ctx: RuleContext, key: K, build: (ctx: RuleContext, key: K) => T): T {
  let value = values.get(kind) as T | undefined;
  if (value === undefined) {
    value = build(ctx, key);
    values.set(kind, value);
  }
  return value;
}
