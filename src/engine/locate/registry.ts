/**
 * The identities the rules registered during a check run (rules/lib/equations.ts), by sheet, and
 * the linear system built from them around the failures: the identities on every sheet a failure
 * is on, then on every sheet a cell of a failed identity is on, so that each suspect cell comes
 * with every identity through it. Sheets without a failure are never expanded.
 */
import type { Identity, IdentitySink } from "../../rules/lib/equations";
import type { CellPos } from "../../rules/lib/sums";
import type { ValueReader } from "../../rules/lib/values";
import { CENT, type Money } from "../../model/money";
import { LocateSystem } from "./system";

interface Entry {
  ruleId: string;
  sheets: readonly number[];
  build: () => readonly Identity[];
}

/** What an equation of the system stands for: the rule that checks it and the cell its finding names. */
export interface EquationTag {
  ruleId: string;
  at: CellPos;
}

export class IdentityRegistry {
  private readonly entries: Entry[] = [];
  private readonly bySheet = new Map<number, number[]>();

  /** A sink for one rule: what it registers is filed under its id. */
  sinkFor(ruleId: () => string | undefined): IdentitySink {
    return {
      add: (sheets, build) => {
        const id = ruleId();
        if (id === undefined) return;
        const list = typeof sheets === "number" ? [sheets] : sheets;
        const index = this.entries.length;
        this.entries.push({ ruleId: id, sheets: list, build });
        for (const s of list) {
          const at = this.bySheet.get(s);
          if (at) at.push(index);
          else this.bySheet.set(s, [index]);
        }
      },
    };
  }

  get size(): number {
    return this.entries.length;
  }

  /** Whether a rule registered any identities (its sum findings can then be located). */
  hasRule(ruleId: string): boolean {
    return this.entries.some((e) => e.ruleId === ruleId);
  }

  /**
   * The system of the identities around the failures on `sheets`: every registered identity on
   * those sheets, widened (a few times at most) to the sheets of the cells of failed identities.
   */
  systemAround(sheets: Iterable<number>, values: ValueReader): CellSystem {
    const system = new CellSystem(values);
    const built = new Set<number>();
    const seenSheets = new Set<number>();
    let pending = Array.from(sheets);
    for (let hop = 0; hop < 4 && pending.length; hop++) {
      const before = system.equationCount;
      for (const s of pending) {
        seenSheets.add(s);
        for (const index of this.bySheet.get(s) ?? []) {
          if (built.has(index)) continue;
          built.add(index);
          const entry = this.entries[index];
          for (const identity of entry.build()) system.addIdentity(entry.ruleId, identity);
        }
      }
      const next = new Set<number>();
      for (let eq = before; eq < system.equationCount; eq++) {
        if (!system.fails(eq)) continue;
        for (const cell of system.cellsOf[eq]) {
          const s = system.positions[cell].sheetIndex;
          if (!seenSheets.has(s)) next.add(s);
        }
      }
      pending = Array.from(next);
    }
    return system;
  }
}

/** A LocateSystem over sheet cells: cells by position, equations tagged with their rule and cell. */
export class CellSystem extends LocateSystem<EquationTag> {
  readonly positions: CellPos[] = [];
  private readonly index = new Map<number, number>();
  /** Equations already added, by rule and terms (families of two rules can overlap). */
  private readonly keys = new Set<string>();
  /** Whether each cell is the total (the first term) of some equation. */
  readonly isTotal: boolean[] = [];

  constructor(private readonly reader: ValueReader) {
    super();
  }

  /** The cell's index, or undefined when it is not a number (text, an error: the identity is not judged). */
  cellAt(p: CellPos): number | undefined {
    const key = (p.sheetIndex * 1048576 + p.row) * 16384 + p.col;
    const known = this.index.get(key);
    if (known !== undefined) return known < 0 ? undefined : known;
    const m = this.reader.money(p.sheetIndex, p.row, p.col);
    if (m !== null && m !== m) {
      this.index.set(key, -1);
      return undefined;
    }
    const cell = this.addCell(m ?? 0, 1);
    this.positions.push(p);
    this.isTotal.push(false);
    this.index.set(key, cell);
    return cell;
  }

  isBlank(p: CellPos): boolean {
    return this.reader.money(p.sheetIndex, p.row, p.col) === null;
  }

  addIdentity(ruleId: string, identity: Identity): void {
    if (identity.kind === "linear") {
      this.addTerms(ruleId, identity.terms, !!identity.blankAsZero, !!identity.between, identity.perFigure ?? CENT, !!identity.atMost);
      return;
    }
    const { sheetIndex, along, lines, total, parts } = identity;
    for (const line of lines) {
      const at = (k: number): CellPos => (along === "rows" ? { sheetIndex, row: line, col: k } : { sheetIndex, row: k, col: line });
      const terms = [{ at: at(total), coef: 1 }];
      for (const p of parts) terms.push({ at: at(p), coef: -1 });
      this.addTerms(ruleId, terms, false, false, CENT);
    }
  }

  private addTerms(
    ruleId: string,
    terms: readonly { at: CellPos; coef: number }[],
    blankAsZero: boolean,
    between: boolean,
    perFigure: Money,
    atMost = false,
  ): void {
    if (!terms.length) return;
    // A blank total is the blank-total rule's (unless blank means 0 here).
    if (!blankAsZero && this.isBlank(terms[0].at)) return;
    const cells: { cell: number; coef: number }[] = [];
    let figures = 0;
    for (let i = 0; i < terms.length; i++) {
      const cell = this.cellAt(terms[i].at);
      if (cell === undefined) return;
      if (i > 0 && !this.isBlank(terms[i].at)) figures += 1;
      cells.push({ cell, coef: terms[i].coef });
    }
    const key = `${ruleId}|${atMost ? "≤" : "="}|${cells.map((c) => `${c.cell}:${c.coef}`).join(",")}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.isTotal[cells[0].cell] = true;
    this.addEquation(cells, { tolerance: perFigure * Math.max(1, figures), between, atMost, tag: { ruleId, at: terms[0].at } });
  }
}
