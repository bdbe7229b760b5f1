/**
 * Fellegi–Holt error localisation on a LocateSystem: the smallest set of cells whose change lets
 * every failed identity hold again without breaking one that holds.
 *
 * The failed equations are grouped into clusters (failed equations that share a cell); each
 * cluster is explained on its own. Only cells of failed equations are candidates:
 *   1. single cells: a cell in every failed equation of the cluster, with a change that brings each
 *      equation through it within its tolerance (its column of the system is proportional to the
 *      residuals);
 *   2. pairs of cells, when no single cell does;
 *   3. when the cluster's failed equations are all between tables and nothing small explains them
 *      with the tables' own identities in force, the same search over the between-table
 *      equations alone ("tables" level: a disagreement between tables that each balance);
 *   4. otherwise the cluster is unexplained and the caller keeps its per-identity findings.
 * Explanations rank by: fewer cells; fewer identities that balanced exactly and no longer would;
 * lower weight; more identities brought to balance exactly. Equal rank is a tie, reported as such.
 */
import type { Money } from "../../model/money";
import type { LocateSystem } from "./system";
import { isTransposition } from "./transposition";

export interface Change {
  cell: number;
  /** The value as it stands. */
  from: Money;
  /** The value that makes every identity through the cell hold. */
  to: Money;
  /** to − from. */
  delta: Money;
  /** `from` is `to` with two neighbouring digits swapped. */
  transposition: boolean;
}

export interface Explanation {
  changes: Change[];
  weight: number;
  /** Identities that balanced exactly and would be left off by a rounding gap. */
  newlyOff: number;
  /** Identities off before (failed or a rounding gap) that balance exactly after the change. */
  settled: number[];
}

export type Level = "cells" | "tables";

export type Verdict =
  | { kind: "located"; level: Level; explanation: Explanation; failed: number[] }
  | { kind: "tie"; level: Level; alternatives: Explanation[]; failed: number[] }
  | { kind: "unexplained"; failed: number[] };

export interface LocateOptions {
  /** Pairs tried per cluster before giving up on it (the fallback keeps per-identity findings). */
  maxPairs?: number;
  /** More equally good explanations than this is no localisation at all. */
  maxTie?: number;
  /** Clusters with more failed equations than this are left unexplained. */
  maxFailed?: number;
}

const DEFAULTS: Required<LocateOptions> = { maxPairs: 20000, maxTie: 4, maxFailed: 400 };

/** Verdicts for every cluster of failed equations, in order of their first equation. */
export function locateErrors(system: LocateSystem<unknown>, options: LocateOptions = {}): Verdict[] {
  const opts = { ...DEFAULTS, ...options };
  const clusters = failedClusters(system);
  const verdicts = clusters.map((failed) => explainCluster(system, failed, opts));
  return mergeNeighbours(system, clusters, verdicts, opts);
}

/** located at cells level is best; a tie between tables is weaker; unexplained is nothing. */
function quality(v: Verdict): number {
  if (v.kind === "unexplained") return 0;
  return (v.level === "cells" ? 2 : 0) + (v.kind === "located" ? 2 : 1);
}

/**
 * Clusters that are not located on their own but sit next to each other (a cell of one and a cell
 * of the other share an identity that holds) may be one mistake seen twice: a figure mistyped in a
 * table whose total was adjusted to match fails the equality of the figure and of the total with
 * another table, two clusters that share no cell. Such neighbours are solved together, and the
 * joint verdict replaces theirs when it is better than the weakest of them.
 */
function mergeNeighbours(system: LocateSystem<unknown>, clusters: number[][], verdicts: Verdict[], opts: Required<LocateOptions>): Verdict[] {
  const open: number[] = [];
  for (let i = 0; i < verdicts.length; i++) if (quality(verdicts[i]) < 4) open.push(i);
  if (open.length < 2) return verdicts;
  // The equations through the cells of each open cluster, and which open clusters touch each.
  const touching = new Map<number, number[]>();
  for (const i of open) {
    const seen = new Set<number>();
    for (const eq of clusters[i]) {
      for (const cell of system.cellsOf[eq]) {
        for (const other of system.byCell[cell]) {
          if (seen.has(other)) continue;
          seen.add(other);
          const list = touching.get(other);
          if (list) list.push(i);
          else touching.set(other, [i]);
        }
      }
    }
  }
  const parent = new Map<number, number>(open.map((i) => [i, i] as const));
  const find = (x: number): number => (parent.get(x) === x ? x : find(parent.get(x)!));
  touching.forEach((list) => {
    for (let k = 1; k < list.length; k++) {
      const a = find(list[0]);
      const b = find(list[k]);
      if (a !== b) parent.set(Math.max(a, b), Math.min(a, b));
    }
  });
  const groups = new Map<number, number[]>();
  for (const i of open) {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  }
  const replaced = new Map<number, Verdict | null>();
  groups.forEach((members) => {
    if (members.length < 2) return;
    const failed = ([] as number[]).concat(...members.map((i) => clusters[i])).sort((a, b) => a - b);
    const joint = explainCluster(system, failed, opts);
    const weakest = Math.min(...members.map((i) => quality(verdicts[i])));
    if (quality(joint) <= weakest) return;
    replaced.set(members[0], joint);
    for (let k = 1; k < members.length; k++) replaced.set(members[k], null);
  });
  const out: Verdict[] = [];
  for (let i = 0; i < verdicts.length; i++) {
    const r = replaced.get(i);
    if (r === undefined) out.push(verdicts[i]);
    else if (r) out.push(r);
  }
  return out;
}

/** The failed equations, grouped by shared cells (union–find over the failed ones). */
export function failedClusters(system: LocateSystem<unknown>): number[][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    while (x !== root) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  for (let eq = 0; eq < system.equationCount; eq++) if (system.fails(eq)) parent.set(eq, eq);
  parent.forEach((_, eq) => {
    for (const cell of system.cellsOf[eq]) {
      for (const other of system.byCell[cell]) {
        if (other === eq || !parent.has(other)) continue;
        const a = find(eq);
        const b = find(other);
        if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
      }
    }
  });
  const groups = new Map<number, number[]>();
  parent.forEach((_, eq) => {
    const root = find(eq);
    const g = groups.get(root);
    if (g) g.push(eq);
    else groups.set(root, [eq]);
  });
  const out = Array.from(groups.values());
  for (const g of out) g.sort((a, b) => a - b);
  out.sort((a, b) => a[0] - b[0]);
  return out;
}

function explainCluster(system: LocateSystem<unknown>, failed: number[], opts: Required<LocateOptions>): Verdict {
  if (failed.length > opts.maxFailed) return { kind: "unexplained", failed };
  const all = explain(system, failed, () => true, opts);
  if (all) return verdict(all, "cells", failed);
  if (failed.every((eq) => system.between[eq])) {
    const tables = explain(system, failed, (eq) => system.between[eq], opts);
    if (tables) return verdict(tables, "tables", failed);
  }
  return { kind: "unexplained", failed };
}

function verdict(best: Explanation[], level: Level, failed: number[]): Verdict {
  return best.length === 1 ? { kind: "located", level, explanation: best[0], failed } : { kind: "tie", level, alternatives: best, failed };
}

/** The equally best explanations of a cluster (null when none, or too many to be useful). */
function explain(
  system: LocateSystem<unknown>,
  failed: readonly number[],
  active: (eq: number) => boolean,
  opts: Required<LocateOptions>,
): Explanation[] | null {
  const terms = new TermCache(system, active);
  // How many of the failed equations each cell is in.
  const inFailed = new Map<number, number>();
  for (const eq of failed) for (const cell of system.cellsOf[eq]) inFailed.set(cell, (inFailed.get(cell) ?? 0) + 1);
  const cells = Array.from(inFailed.keys()).sort((a, b) => a - b);

  const singles: Explanation[] = [];
  for (const cell of cells) {
    if (inFailed.get(cell) !== failed.length) continue;
    const e = trySingle(system, terms, cell);
    if (e) singles.push(e);
  }
  const failedSet = new Set(failed);
  const lone = (e: Explanation) => e.changes.every((c) => system.byCell[c.cell].every((eq) => failedSet.has(eq)));
  if (singles.length) return bestOf(singles, opts, lone);

  const pairs: Explanation[] = [];
  const seen = new Set<string>();
  let trials = 0;
  for (const c1 of cells) {
    const of1 = terms.get(c1);
    const rest = failed.filter((eq) => !of1.has(eq));
    let partners: number[];
    if (rest.length === 0) {
      partners = cells;
    } else {
      const count = new Map<number, number>();
      for (const eq of rest) for (const cell of system.cellsOf[eq]) count.set(cell, (count.get(cell) ?? 0) + 1);
      partners = [];
      count.forEach((n, cell) => {
        if (n === rest.length) partners.push(cell);
      });
    }
    for (const c2 of partners) {
      if (c2 === c1) continue;
      const key = c1 < c2 ? `${c1},${c2}` : `${c2},${c1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (++trials > opts.maxPairs) return null;
      const e = tryPair(system, terms, Math.min(c1, c2), Math.max(c1, c2));
      if (e) pairs.push(e);
    }
  }
  return pairs.length ? bestOf(pairs, opts, lone) : null;
}

/** The active equations through each cell with the cell's coefficient, worked out once per search. */
class TermCache {
  private readonly cache = new Map<number, Map<number, number>>();

  constructor(
    private readonly system: LocateSystem<unknown>,
    private readonly active: (eq: number) => boolean,
  ) {}

  get(cell: number): Map<number, number> {
    let m = this.cache.get(cell);
    if (!m) {
      m = new Map();
      for (const eq of this.system.byCell[cell]) if (this.active(eq)) m.set(eq, this.system.coef(eq, cell));
      this.cache.set(cell, m);
    }
    return m;
  }
}

/** −r/a rounded to a whole Money unit. */
function zeroing(r: Money, a: number): Money {
  return Math.round(-r / a);
}

function trySingle(system: LocateSystem<unknown>, terms: TermCache, cell: number): Explanation | null {
  const eqs = terms.get(cell);
  const deltas = new Set<Money>();
  eqs.forEach((a, eq) => {
    const r = system.residual[eq];
    if (r !== 0) deltas.add(zeroing(r, a));
  });
  let best: Explanation | null = null;
  deltas.forEach((d) => {
    if (d === 0) return;
    const e = evaluate(system, [cell], [d], [eqs]);
    if (e && (!best || betterDelta(e, best))) best = e;
  });
  return best;
}

function tryPair(system: LocateSystem<unknown>, terms: TermCache, c1: number, c2: number): Explanation | null {
  const eqs1 = terms.get(c1);
  const eqs2 = terms.get(c2);
  const only1 = new Set<Money>();
  const only2 = new Set<Money>();
  const both: number[] = [];
  eqs1.forEach((a, eq) => {
    if (eqs2.has(eq)) both.push(eq);
    else if (system.residual[eq] !== 0) only1.add(zeroing(system.residual[eq], a));
  });
  eqs2.forEach((a, eq) => {
    if (!eqs1.has(eq) && system.residual[eq] !== 0) only2.add(zeroing(system.residual[eq], a));
  });
  const combos: [Money, Money][] = [];
  const capped = (s: Set<Money>) => Array.from(s).slice(0, 8);
  if (only1.size && only2.size) {
    for (const d1 of capped(only1)) for (const d2 of capped(only2)) combos.push([d1, d2]);
  } else if (only1.size) {
    // c2's change follows from c1's through the equations they share.
    for (const d1 of capped(only1)) for (const eq of both) combos.push([d1, zeroing(system.residual[eq] + eqs1.get(eq)! * d1, eqs2.get(eq)!)]);
  } else if (only2.size) {
    for (const d2 of capped(only2)) for (const eq of both) combos.push([zeroing(system.residual[eq] + eqs2.get(eq)! * d2, eqs1.get(eq)!), d2]);
  } else {
    // Only shared equations: two of them with independent coefficients fix both changes
    // (Cramer's rule); with none, the split between the two cells is not determined.
    for (let i = 0; i < both.length && combos.length < 8; i++) {
      for (let j = i + 1; j < both.length && combos.length < 8; j++) {
        const [e, f] = [both[i], both[j]];
        const [a1e, a2e, a1f, a2f] = [eqs1.get(e)!, eqs2.get(e)!, eqs1.get(f)!, eqs2.get(f)!];
        const det = a1e * a2f - a2e * a1f;
        if (det === 0) continue;
        const [re, rf] = [system.residual[e], system.residual[f]];
        combos.push([Math.round((-re * a2f + rf * a2e) / det), Math.round((-rf * a1e + re * a1f) / det)]);
      }
    }
  }
  let best: Explanation | null = null;
  for (const [d1, d2] of combos) {
    if (d1 === 0 || d2 === 0) continue;
    const e = evaluate(system, [c1, c2], [d1, d2], [eqs1, eqs2]);
    if (e && (!best || betterDelta(e, best))) best = e;
  }
  return best;
}

/**
 * The explanation when changing `cells` by `deltas` leaves every active equation through them within
 * its tolerance, else null. Equations through none of the cells are unchanged (and the candidates
 * were chosen so that every failed one goes through one of them).
 */
function evaluate(system: LocateSystem<unknown>, cells: number[], deltas: Money[], eqsOf: Map<number, number>[]): Explanation | null {
  const done = new Set<number>();
  let newlyOff = 0;
  const settled: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    for (const eq of Array.from(eqsOf[i].keys())) {
      if (done.has(eq)) continue;
      done.add(eq);
      const before = system.residual[eq];
      let after = before;
      for (let j = 0; j < cells.length; j++) {
        const a = eqsOf[j].get(eq);
        if (a !== undefined) after += a * deltas[j];
      }
      if (system.beyond(eq, after)) return null;
      const wasExact = system.exact(eq, before);
      const isExact = system.exact(eq, after);
      if (wasExact && !isExact) newlyOff += 1;
      else if (!wasExact && isExact) settled.push(eq);
    }
  }
  let weight = 0;
  const changes: Change[] = cells.map((cell, i) => {
    weight += system.weights[cell];
    const from = system.values[cell];
    const to = from + deltas[i];
    return { cell, from, to, delta: deltas[i], transposition: isTransposition(from, to) };
  });
  settled.sort((a, b) => a - b);
  return { changes, weight, newlyOff, settled };
}

/** Among changes to the same cells: fewer identities knocked off balance, more settled, the smaller change. */
function betterDelta(a: Explanation, b: Explanation): boolean {
  if (a.newlyOff !== b.newlyOff) return a.newlyOff < b.newlyOff;
  if (a.settled.length !== b.settled.length) return a.settled.length > b.settled.length;
  return magnitude(a) < magnitude(b);
}

function magnitude(e: Explanation): number {
  let m = 0;
  for (const c of e.changes) m += Math.abs(c.delta);
  return m;
}

/** Orders explanations: fewer cells, fewer identities knocked off balance, lower weight, more settled. */
export function compareExplanations(a: Explanation, b: Explanation): number {
  return a.changes.length - b.changes.length || a.newlyOff - b.newlyOff || a.weight - b.weight || b.settled.length - a.settled.length;
}

/**
 * The equally best explanations, or null. Weights (a total is trusted more than a detail) must not
 * silently decide between "lone" cells — cells in no identity but the failed ones, like the 合计 and
 * the details of a one-column table — since nothing but that prior tells them apart: every
 * explanation as good apart from weight is then part of the tie, the most trusted first (so the
 * tie is reported at the total, where the rule's own finding was), and the total is never left
 * out of a tie among its parts.
 */
function bestOf(list: Explanation[], opts: Required<LocateOptions>, lone: (e: Explanation) => boolean): Explanation[] | null {
  list.sort(compareExplanations);
  let best = list.filter((e) => compareExplanations(e, list[0]) === 0);
  if (best.some(lone)) {
    const top = list.reduce((x, y) => (compareIgnoringWeight(y, x) < 0 ? y : x));
    const asGood = list.filter((e) => compareIgnoringWeight(e, top) === 0);
    // Stable: among equal weights the order stays that of the cells.
    if (asGood.length > best.length) best = asGood.sort((x, y) => y.weight - x.weight);
  }
  return best.length > opts.maxTie ? null : best;
}

function compareIgnoringWeight(a: Explanation, b: Explanation): number {
  return a.changes.length - b.changes.length || a.newlyOff - b.newlyOff || b.settled.length - a.settled.length;
}
