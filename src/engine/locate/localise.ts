/**
 * The localisation step of the check pipeline: after the rules, the failed identities are solved
 * together (see solve.ts) and each mistake is reported once, at the cell to fix. The per-identity
 * findings a located mistake explains (its row sum, its 款 and 类 totals, the 合计 row, the same
 * figure in another table, the rounding gaps it caused) are dropped and their cells become the
 * related cells of the one finding. A tie is one finding naming every candidate. Failures that
 * nothing small explains keep their per-identity findings.
 */
import { toA1 } from "../../model/a1";
import type { CellLocation, DataValue, Finding, JoinedValues, Severity } from "../../model/findings";
import type { WorkbookSnapshot } from "../../model/snapshot";
import { phrase } from "../../catalog/messages";
import type { CellPos } from "../../rules/lib/sums";
import { money, shownDecimals, signed } from "../../rules/lib/sums";
import type { ValueReader } from "../../rules/lib/values";
import type { CellSystem, IdentityRegistry } from "./registry";
import { locateErrors, type Change, type Explanation, type Verdict } from "./solve";

/** Related cells listed on one finding at most (a 合计 column can have hundreds of parts). */
const MAX_RELATED = 60;

export interface LocaliseStats {
  /** Equations in the system built around the failures. */
  equations: number;
  located: number;
  ties: number;
  unexplained: number;
  /** Time to build the system around the failures, and to solve it (ms). */
  buildMs?: number;
  solveMs?: number;
}

/**
 * The findings with each located mistake reported once. `findings` are the rules' findings; only
 * those of identities registered with `registry` are touched.
 */
export function localiseFindings(
  findings: readonly Finding[],
  registry: IdentityRegistry,
  values: ValueReader,
  workbook: WorkbookSnapshot,
  stats?: LocaliseStats,
): Finding[] {
  if (registry.size === 0) return findings.slice();
  const sheetIndex = new Map(workbook.sheets.map((s, i) => [s.name, i] as const));
  // The per-identity findings of registered rules, by rule, sheet and the cell they name.
  const byKey = new Map<string, Finding[]>();
  const failingSheets = new Set<number>();
  const rules = new Map<string, boolean>();
  for (const f of findings) {
    if (!f.cell || f.expected === undefined) continue;
    let known = rules.get(f.ruleId);
    if (known === undefined) rules.set(f.ruleId, (known = registry.hasRule(f.ruleId)));
    if (!known) continue;
    const s = sheetIndex.get(f.sheet);
    if (s === undefined) continue;
    failingSheets.add(s);
    const key = `${f.ruleId}|${f.sheet}|${f.cell}`;
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  if (failingSheets.size === 0) return findings.slice();

  const started = Date.now();
  const system = registry.systemAround(failingSheets, values);
  weigh(system);
  const built = Date.now();
  const verdicts = locateErrors(system);
  if (stats) {
    stats.buildMs = built - started;
    stats.solveMs = Date.now() - built;
  }
  if (stats) {
    stats.equations = system.equationCount;
    for (const v of verdicts) {
      if (v.kind === "located") stats.located += 1;
      else if (v.kind === "tie") stats.ties += 1;
      else stats.unexplained += 1;
    }
  }
  const name = (p: CellPos) => workbook.sheets[p.sheetIndex].name;
  const keyOf = (eq: number) => {
    const tag = system.tags[eq]!;
    return `${tag.ruleId}|${name(tag.at)}|${toA1(tag.at.row, tag.at.col)}`;
  };

  const dropped = new Set<Finding>();
  const added: Finding[] = [];
  for (const v of verdicts) {
    if (v.kind === "unexplained") continue;
    const explained: Finding[] = [];
    const explainedEqs = new Set<number>(v.failed);
    const explanations = v.kind === "located" ? [v.explanation] : v.alternatives;
    for (const e of explanations) for (const eq of e.settled) explainedEqs.add(eq);
    explainedEqs.forEach((eq) => {
      for (const f of byKey.get(keyOf(eq)) ?? []) {
        if (!dropped.has(f)) explained.push(f);
        dropped.add(f);
      }
    });
    // A failed identity no rule reported (a blank part judged elsewhere…): leave the cluster alone.
    if (explained.length === 0) continue;
    const context = new Context(system, workbook, v, explained);
    if (v.kind === "located") for (const change of v.explanation.changes) added.push(context.locatedFinding(change, v.explanation));
    else added.push(context.tieFinding(v.alternatives));
  }
  if (dropped.size === 0) return findings.slice();
  const out = findings.filter((f) => !dropped.has(f));
  out.push(...added);
  return out;
}

/**
 * Costs of believing a cell wrong: 1 for a lone detail, +1 for a total (the first term of some
 * identity: 合计 rows and columns, 类 and 款 rows, 小计), +1 for a figure repeated in another table.
 */
function weigh(system: CellSystem): void {
  for (let cell = 0; cell < system.cellCount; cell++) {
    let w = 1;
    if (system.isTotal[cell]) w += 1;
    if (system.byCell[cell].some((eq) => system.between[eq])) w += 1;
    system.weights[cell] = w;
  }
}

class Context {
  private readonly failedEqs: number[];

  constructor(
    private readonly system: CellSystem,
    private readonly workbook: WorkbookSnapshot,
    private readonly verdict: Exclude<Verdict, { kind: "unexplained" }>,
    private readonly explained: Finding[],
  ) {
    this.failedEqs = verdict.failed;
  }

  private pos(cell: number): CellPos {
    return this.system.positions[cell];
  }

  private loc(p: CellPos): CellLocation {
    return { sheet: this.workbook.sheets[p.sheetIndex].name, cell: toA1(p.row, p.col) };
  }

  /** A1, with the sheet when it is not `home`'s. */
  private cellName(cell: number, home: CellPos): string {
    const p = this.pos(cell);
    const a1 = toA1(p.row, p.col);
    return p.sheetIndex === home.sheetIndex ? a1 : `${this.workbook.sheets[p.sheetIndex].name}!${a1}`;
  }

  private severity(): Severity {
    return this.explained.some((f) => f.severity === "error") ? "error" : this.explained.some((f) => f.severity === "warning") ? "warning" : "info";
  }

  /**
   * The explained finding the located one is filed under (its rule and table): the one that named
   * the located cell itself when there is one (the mistyped total of a sum), else the first.
   */
  private leadAt(here: CellLocation): Finding {
    return this.explained.find((f) => f.sheet === here.sheet && f.cell === here.cell) ?? this.explained[0];
  }

  /** The cells the explained findings named (their totals), for the message. */
  private totals(home: CellPos): DataValue {
    const names: string[] = [];
    for (const eq of this.failedEqs) {
      const at = this.system.tags[eq]!.at;
      const cell = this.system.cellAt(at);
      const n = cell === undefined ? toA1(at.row, at.col) : this.cellName(cell, home);
      if (!names.includes(n)) names.push(n);
    }
    return names.length > 6 ? { join: [listOf(names.slice(0, 6)), "…"], sep: "" } : listOf(names);
  }

  /** Every cell of the explained identities but `except`, in order, at most MAX_RELATED. */
  private related(except: Set<number>): CellLocation[] {
    const seen = new Set<number>(except);
    const out: CellLocation[] = [];
    for (const eq of this.failedEqs) {
      for (const cell of this.system.cellsOf[eq]) {
        if (seen.has(cell)) continue;
        seen.add(cell);
        if (out.length < MAX_RELATED) out.push(this.loc(this.pos(cell)));
      }
    }
    return out;
  }

  locatedFinding(change: Change, e: Explanation): Finding {
    const p = this.pos(change.cell);
    const d = shownDecimals(change.from, change.to);
    const figures = { expected: money(change.to, d), actual: money(change.from, d), difference: signed(change.from - change.to, d) };
    const others = e.changes.filter((c) => c !== change);
    const data = {
      ...figures,
      count: this.failedEqs.length,
      totals: this.totals(p),
      // Optional tails of the sentence ("" when they do not apply).
      transposed: change.transposition ? phrase("locate.transposed", figures) : "",
      pair: others.length ? phrase("locate.pair", { other: listOf(others.map((c) => this.cellName(c.cell, p))) }) : "",
    };
    const here = this.loc(p);
    const lead = this.leadAt(here);
    const f: Finding = {
      ruleId: lead.ruleId,
      severity: this.severity(),
      sheet: here.sheet,
      cell: here.cell,
      related: this.related(new Set(e.changes.map((c) => c.cell))),
      messageId: this.verdict.level === "tables" ? "locate.tables" : "locate.cell",
      data,
      ...figures,
    };
    if (lead.table !== undefined) f.table = lead.table;
    return f;
  }

  tieFinding(alternatives: Explanation[]): Finding {
    const first = this.pos(alternatives[0].changes[0].cell);
    const home = first;
    const cells: DataValue[] = [];
    const options: DataValue[] = [];
    const changed = new Set<number>();
    for (const e of alternatives) {
      const names = e.changes.map((c) => this.cellName(c.cell, home));
      for (const c of e.changes) changed.add(c.cell);
      cells.push(listOf(names));
      const values = e.changes.map((c) => money(c.to, shownDecimals(c.from, c.to)));
      options.push(phrase("locate.option", { cells: listOf(names), values: listOf(values) }));
    }
    const data = {
      cells: { join: cells, sep: phrase("locate.versus") },
      options: { join: options, sep: phrase("locate.or") },
      count: this.failedEqs.length,
      totals: this.totals(home),
    };
    const here = this.loc(first);
    const lead = this.leadAt(here);
    // The other candidates first among the related cells: they are as likely as this one.
    const candidates: CellLocation[] = [];
    changed.forEach((cell) => {
      if (cell !== alternatives[0].changes[0].cell) candidates.push(this.loc(this.pos(cell)));
    });
    const f: Finding = {
      ruleId: lead.ruleId,
      severity: this.severity(),
      sheet: here.sheet,
      cell: here.cell,
      related: [...candidates, ...this.related(changed)].slice(0, MAX_RELATED),
      messageId: this.verdict.level === "tables" ? "locate.tieTables" : "locate.tie",
      data,
    };
    if (lead.table !== undefined) f.table = lead.table;
    return f;
  }
}

/** Cells or amounts listed with the locale's "、". */
function listOf(items: DataValue[]): JoinedValues {
  return { join: items, sep: phrase("locate.and") };
}
