/**
 * Synthetic systems for the localisation tests: a table of detail figures with a total column, a
 * total row and a grand total (row sums, column sums), built in Money units.
 */
import { LocateSystem } from "../../../src/engine/locate";

export interface Grid {
  system: LocateSystem<string>;
  /** Cell index of detail (r, c); c = cols is the row total, r = rows the column total. */
  cell(r: number, c: number): number;
  /** The consistent value of a cell before any change. */
  original(cell: number): number;
  rows: number;
  cols: number;
}

export interface GridOptions {
  /** Cell value overrides applied before the system is built: [r, c, value]. */
  typed?: [number, number, number][];
  /** Weight of total cells (default 1). */
  totalWeight?: number;
  /** Tolerance per figure of each equation (default 0). */
  perFigure?: number;
}

/** details[r][c] in Money units; totals are worked out. */
export function grid(details: number[][], options: GridOptions = {}): Grid {
  const rows = details.length;
  const cols = details[0].length;
  const full: number[][] = [];
  for (let r = 0; r <= rows; r++) {
    full.push([]);
    for (let c = 0; c <= cols; c++) {
      if (r < rows && c < cols) full[r][c] = details[r][c];
      else if (r < rows) full[r][c] = details[r].reduce((a, b) => a + b, 0);
      else if (c < cols) full[r][c] = details.reduce((a, line) => a + line[c], 0);
      else full[r][c] = details.reduce((a, line) => a + line.reduce((x, y) => x + y, 0), 0);
    }
  }
  const originals = full.map((line) => line.slice());
  for (const [r, c, v] of options.typed ?? []) full[r][c] = v;
  const system = new LocateSystem<string>();
  const index: number[][] = [];
  const originalOf: number[] = [];
  for (let r = 0; r <= rows; r++) {
    index.push([]);
    for (let c = 0; c <= cols; c++) {
      const isTotal = r === rows || c === cols;
      index[r][c] = system.addCell(full[r][c], isTotal ? (options.totalWeight ?? 1) : 1);
      originalOf[index[r][c]] = originals[r][c];
    }
  }
  const per = options.perFigure ?? 0;
  for (let r = 0; r <= rows; r++) {
    const terms = [{ cell: index[r][cols], coef: 1 }];
    for (let c = 0; c < cols; c++) terms.push({ cell: index[r][c], coef: -1 });
    system.addEquation(terms, { tolerance: per * cols, tag: `row${r}` });
  }
  for (let c = 0; c <= cols; c++) {
    const terms = [{ cell: index[rows][c], coef: 1 }];
    for (let r = 0; r < rows; r++) terms.push({ cell: index[r][c], coef: -1 });
    system.addEquation(terms, { tolerance: per * rows, tag: `col${c}` });
  }
  return { system, cell: (r, c) => index[r][c], original: (cell) => originalOf[cell], rows, cols };
}
