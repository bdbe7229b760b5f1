/**
 * A sparse system of linear identities over cells, in exact Money units.
 *
 * Each equation says Σ coef·value(cell) = 0 within a tolerance (in Money units): "total = Σ parts"
 * is the total with coefficient +1 and each part with −1. Cells and equations are small integers;
 * an equation keeps its terms as two parallel arrays, and each cell the equations it is in (the
 * index by cell), so nothing is ever dense.
 */
import type { Money } from "../../model/money";

export interface Term {
  cell: number;
  coef: number;
}

export interface EquationOptions<Tag> {
  /** The largest |Σ coef·value| that still counts as holding (a rounding gap), in Money units. */
  tolerance?: Money;
  /**
   * An identity between two tables (a cross-table equality) rather than within one: when no small
   * set of cells explains the failures, the tables are tried as wholes (see `locateErrors`).
   */
  between?: boolean;
  /**
   * An inequality Σ coef·value ≤ tolerance rather than an equation (a part cannot exceed its
   * whole: 一般公共预算 ≤ 支出总表 for one code).
   */
  atMost?: boolean;
  /** The caller's handle for the equation (its finding, its rule): handed back in verdicts. */
  tag?: Tag;
}

export class LocateSystem<Tag = unknown> {
  readonly values: Money[] = [];
  readonly weights: number[] = [];
  /** Equations through each cell. */
  readonly byCell: number[][] = [];
  readonly cellsOf: number[][] = [];
  readonly coefsOf: number[][] = [];
  readonly tolerance: Money[] = [];
  readonly between: boolean[] = [];
  readonly atMost: boolean[] = [];
  readonly tags: (Tag | undefined)[] = [];
  /** Σ coef·value of each equation as the cells stand. */
  readonly residual: Money[] = [];

  /**
   * Adds a cell with its current value (a blank cell is 0) and its weight: the cost of believing
   * it wrong. A lone detail figure costs 1; totals and figures repeated elsewhere cost more.
   */
  addCell(value: Money, weight = 1): number {
    if (!Number.isFinite(value)) throw new Error("locate: a cell value must be a finite Money");
    this.values.push(value);
    this.weights.push(weight);
    this.byCell.push([]);
    return this.values.length - 1;
  }

  /**
   * Adds Σ coef·cell = 0. Terms on the same cell are merged; terms whose coefficients cancel are
   * dropped. Returns the equation's index.
   */
  addEquation(terms: readonly Term[], options: EquationOptions<Tag> = {}): number {
    const merged = new Map<number, number>();
    for (const t of terms) {
      if (t.cell < 0 || t.cell >= this.values.length) throw new Error(`locate: unknown cell ${t.cell}`);
      merged.set(t.cell, (merged.get(t.cell) ?? 0) + t.coef);
    }
    const index = this.cellsOf.length;
    const cells: number[] = [];
    const coefs: number[] = [];
    let r = 0;
    merged.forEach((coef, cell) => {
      if (coef === 0) return;
      cells.push(cell);
      coefs.push(coef);
      r += coef * this.values[cell];
      this.byCell[cell].push(index);
    });
    this.cellsOf.push(cells);
    this.coefsOf.push(coefs);
    this.tolerance.push(Math.max(0, options.tolerance ?? 0));
    this.between.push(!!options.between);
    this.atMost.push(!!options.atMost);
    this.tags.push(options.tag);
    this.residual.push(r);
    return index;
  }

  get cellCount(): number {
    return this.values.length;
  }

  get equationCount(): number {
    return this.cellsOf.length;
  }

  /** Whether an equation fails: its residual is beyond its tolerance. */
  fails(eq: number): boolean {
    return this.beyond(eq, this.residual[eq]);
  }

  /** Whether `residual` would fail the equation (only above the tolerance for an inequality). */
  beyond(eq: number, residual: Money): boolean {
    return (this.atMost[eq] ? residual : Math.abs(residual)) > this.tolerance[eq];
  }

  /** Whether the equation is exactly satisfied at `residual` (an inequality: not above 0). */
  exact(eq: number, residual: Money): boolean {
    return this.atMost[eq] ? residual <= 0 : residual === 0;
  }

  /** The coefficient of a cell in an equation (0 when the cell is not in it). */
  coef(eq: number, cell: number): number {
    const cells = this.cellsOf[eq];
    for (let i = 0; i < cells.length; i++) if (cells[i] === cell) return this.coefsOf[eq][i];
    return 0;
  }
}
