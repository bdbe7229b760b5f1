/**
 * The identities the rules registered during a check run (rules/lib/equations.ts), by sheet, and
 * the linear system built from them around the failures: the identities on every sheet a failure
 * is on, then on every sheet a cell of a failed identity is on, so that each suspect cell comes
 * with every identity through it. Sheets without a failure are never expanded.
 */
import type { Identity, IdentitySink, LinearIdentity } from "../../rules/lib/equations";
import type { CellPos } from "../../rules/lib/sums";
import type { ValueReader } from "../../rules/lib/values";
import { CENT, type Money } from "../../model/money";
import { LocateSystem } from "./system";

interface Entry {
  ruleId: string;
  build: () => readonly Identity[];
}

/** What an equation of the system stands for: the rule that checks it and the cell its finding names. */
export interface EquationTag {
  ruleId: string;
  at: CellPos;
}

export class IdentityRegistry {
  private readonly entries: Entry[] = [];
  /** The rules that registered anything. */
  private readonly ruleIds = new Set<string>();
  /** Per sheet index, the entries registered on it (a list indexed by sheet: every table registers). */
  private readonly bySheet: (number[] | undefined)[] = [];

  /** A sink for one rule: what it registers is filed under its id. */
  sinkFor(ruleId: () => string | undefined): IdentitySink {
    return {
      add: (sheets, build) => {
        const id = ruleId();
        if (id === undefined) return;
        const index = this.entries.length;
        this.entries.push({ ruleId: id, build });
        this.ruleIds.add(id);
        if (typeof sheets === "number") this.file(sheets, index);
        else for (let i = 0; i < sheets.length; i++) this.file(sheets[i], index);
      },
    };
  }

  private file(sheet: number, index: number): void {
    const at = this.bySheet[sheet];
    if (at) at.push(index);
    else this.bySheet[sheet] = [index];
  }

  get size(): number {
    return this.entries.length;
  }

  /** Whether a rule registered any identities (its sum findings can then be located). */
  hasRule(ruleId: string): boolean {
    return this.ruleIds.has(ruleId);
  }

  /**
   * The system of the identities around the failures on `sheets`: the failed identities on those
   * sheets (and, a few hops at most, on the sheets their cells are on), and every identity through
   * a cell of a failed one. Identities are first only evaluated, in place; objects are made only
   * for those that go into the system.
   */
  systemAround(sheets: Iterable<number>, values: ValueReader): CellSystem {
    const scan = new Scan(values);
    const built = new Set<number>();
    const identities: { ruleId: string; identity: Identity }[] = [];
    const seenSheets = new Set<number>();
    let pending = Array.from(sheets);
    for (let hop = 0; hop < 4 && pending.length; hop++) {
      const from = identities.length;
      for (const s of pending) {
        seenSheets.add(s);
        for (const index of this.bySheet[s] ?? []) {
          if (built.has(index)) continue;
          built.add(index);
          const entry = this.entries[index];
          for (const identity of entry.build()) identities.push({ ruleId: entry.ruleId, identity });
        }
      }
      // Failed identities among the new ones: their cells are the suspects.
      const next = new Set<number>();
      for (let i = from; i < identities.length; i++) {
        expand(identities[i].identity, (eq) => {
          if (!scan.fails(eq)) return;
          for (let k = 0; k < eq.n; k++) {
            scan.suspects.add(cellKey(eq.sheets[k], eq.rows[k], eq.cols[k]));
            scan.sheets.add(eq.sheets[k]);
            if (!seenSheets.has(eq.sheets[k])) next.add(eq.sheets[k]);
          }
        });
      }
      pending = Array.from(next);
    }
    const system = new CellSystem(values);
    // The sheet rows and sheet columns that hold a suspect: a line of a family outside them has no
    // equation through one, and is skipped without being expanded.
    const suspectRows = new Set<number>();
    const suspectCols = new Set<number>();
    scan.suspects.forEach((key) => {
      const col = key % SHEET_COLS;
      const sheetRow = (key - col) / SHEET_COLS; // rowKey(sheet, row)
      suspectRows.add(sheetRow);
      suspectCols.add(colKey(Math.floor(sheetRow / SHEET_ROWS), col));
    });
    for (let i = 0; i < identities.length; i++) {
      const { ruleId, identity } = identities[i];
      if (identity.kind === "linear") {
        // A linear identity goes in whole when one of its terms is a suspect.
        if (hasSuspectTerm(identity, scan.suspects)) expand(identity, (eq) => system.addScratch(ruleId, eq));
        continue;
      }
      // A family on a sheet without a suspect cell has no equation through one.
      if (!scan.sheets.has(identity.sheetIndex)) continue;
      const sheet = identity.sheetIndex;
      const want = identity.along === "rows" ? (line: number) => suspectRows.has(rowKey(sheet, line)) : (line: number) => suspectCols.has(colKey(sheet, line));
      expandLines(identity, want, (eq) => {
        for (let k = 0; k < eq.n; k++) {
          if (scan.suspects.has(cellKey(eq.sheets[k], eq.rows[k], eq.cols[k]))) {
            system.addScratch(ruleId, eq);
            return;
          }
        }
      });
    }
    return system;
  }
}

/** One equation of an identity, in reused arrays (expanding a family allocates nothing per line). */
interface Scratch {
  n: number;
  sheets: number[];
  rows: number[];
  cols: number[];
  coefs: number[];
  blankAsZero: boolean;
  between: boolean;
  atMost: boolean;
  perFigure: Money;
}

const SCRATCH: Scratch = { n: 0, sheets: [], rows: [], cols: [], coefs: [], blankAsZero: false, between: false, atMost: false, perFigure: CENT };

function put(eq: Scratch, k: number, p: CellPos, coef: number): void {
  eq.sheets[k] = p.sheetIndex;
  eq.rows[k] = p.row;
  eq.cols[k] = p.col;
  eq.coefs[k] = coef;
}

/** Whether a term of a linear identity is a suspect cell. */
function hasSuspectTerm(identity: LinearIdentity, suspects: Set<number>): boolean {
  const terms = identity.terms;
  for (let k = 0; k < terms.length; k++) {
    const at = terms[k].at;
    if (suspects.has(cellKey(at.sheetIndex, at.row, at.col))) return true;
  }
  return false;
}

/** Calls `fn` with each equation of an identity (the same scratch object each time). */
function expand(identity: Identity, fn: (eq: Scratch) => void): void {
  expandLines(identity, undefined, fn);
}

/** `expand`, for a family only the lines `want` accepts. */
function expandLines(identity: Identity, want: ((line: number) => boolean) | undefined, fn: (eq: Scratch) => void): void {
  const eq = SCRATCH;
  if (identity.kind === "linear") {
    eq.n = identity.terms.length;
    for (let k = 0; k < eq.n; k++) put(eq, k, identity.terms[k].at, identity.terms[k].coef);
    eq.blankAsZero = !!identity.blankAsZero;
    eq.between = !!identity.between;
    eq.atMost = !!identity.atMost;
    eq.perFigure = identity.perFigure ?? CENT;
    if (eq.n) fn(eq);
    return;
  }
  const { sheetIndex, along, lines, total, parts } = identity;
  eq.n = parts.length + 1;
  eq.blankAsZero = false;
  eq.between = false;
  eq.atMost = false;
  eq.perFigure = CENT;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (want !== undefined && !want(line)) continue;
    for (let k = 0; k < eq.n; k++) {
      const at = k === 0 ? total : parts[k - 1];
      eq.sheets[k] = sheetIndex;
      eq.rows[k] = along === "rows" ? line : at;
      eq.cols[k] = along === "rows" ? at : line;
      eq.coefs[k] = k === 0 ? 1 : -1;
    }
    fn(eq);
  }
}

/** Amounts beyond this (in Money units) leave their identities unjudged: sums of them would not be exact. */
const EXACT_LIMIT = 1e14;

const SHEET_ROWS = 1048576;
const SHEET_COLS = 16384;

/** A cell as one number: rowKey(sheet, row) * SHEET_COLS + col. */
function cellKey(sheet: number, row: number, col: number): number {
  return rowKey(sheet, row) * SHEET_COLS + col;
}

/** A sheet row as one number. */
function rowKey(sheet: number, row: number): number {
  return sheet * SHEET_ROWS + row;
}

/** A sheet column as one number. */
function colKey(sheet: number, col: number): number {
  return sheet * SHEET_COLS + col;
}

/** Evaluates equations in place, as the sum rules judge them. */
class Scan {
  readonly suspects = new Set<number>();
  /** The sheets of the suspect cells. */
  readonly sheets = new Set<number>();

  constructor(private readonly values: ValueReader) {}

  /**
   * Whether the equation is off by more than its tolerance; false when it is not judged (a blank
   * total, a cell that is not a number). Allocates nothing: every registered equation near a
   * failure is judged.
   */
  fails(eq: Scratch): boolean {
    let residual = 0;
    let figures = 0;
    for (let k = 0; k < eq.n; k++) {
      const m = this.values.money(eq.sheets[k], eq.rows[k], eq.cols[k]);
      if (m === null) {
        if (k === 0 && !eq.blankAsZero) return false;
        continue;
      }
      if (!(Math.abs(m) <= EXACT_LIMIT)) return false;
      if (k > 0) figures += 1;
      residual += eq.coefs[k] * m;
    }
    return (eq.atMost ? residual : Math.abs(residual)) > eq.perFigure * Math.max(1, figures);
  }
}

/** A LocateSystem over sheet cells: cells by position, equations tagged with their rule and cell. */
export class CellSystem extends LocateSystem<EquationTag> {
  readonly positions: CellPos[] = [];
  private readonly index = new Map<number, number>();
  /** Whether each cell is blank (it counts as 0, and adds no rounding tolerance). */
  readonly blank: boolean[] = [];
  /** Whether each cell is the total (the first term) of some equation. */
  readonly isTotal: boolean[] = [];

  constructor(private readonly reader: ValueReader) {
    super();
  }

  /** The cell's index, or undefined when it is not a number (text, an error: the identity is not judged). */
  cellAt(p: CellPos): number | undefined {
    const key = cellKey(p.sheetIndex, p.row, p.col);
    const known = this.index.get(key);
    if (known !== undefined) return known < 0 ? undefined : known;
    const m = this.reader.money(p.sheetIndex, p.row, p.col);
    // Not a number, or too large for exact sums (a fuzzed 1e304): the identity is not judged.
    if (m !== null && !(Math.abs(m) <= EXACT_LIMIT)) {
      this.index.set(key, -1);
      return undefined;
    }
    const cell = this.addCell(m ?? 0, 1);
    this.positions.push(p);
    this.blank.push(m === null);
    this.isTotal.push(false);
    this.index.set(key, cell);
    return cell;
  }

  /** Adds an equation given in scratch form (see `expand`), unless it is not judged. */
  addScratch(ruleId: string, eq: Scratch): void {
    if (!eq.blankAsZero && this.reader.money(eq.sheets[0], eq.rows[0], eq.cols[0]) === null) return;
    const terms: { cell: number; coef: number }[] = [];
    let figures = 0;
    for (let k = 0; k < eq.n; k++) {
      const p = { sheetIndex: eq.sheets[k], row: eq.rows[k], col: eq.cols[k] };
      const cell = this.cellAt(p);
      if (cell === undefined) return;
      if (k > 0 && !this.blank[cell]) figures += 1;
      terms.push({ cell, coef: eq.coefs[k] });
    }
    this.isTotal[terms[0].cell] = true;
    const at = { sheetIndex: eq.sheets[0], row: eq.rows[0], col: eq.cols[0] };
    this.addEquation(terms, { tolerance: eq.perFigure * Math.max(1, figures), between: eq.between, atMost: eq.atMost, tag: { ruleId, at } });
  }
}
