/** Indicator rows of goal, self-evaluation and scoring tables (一级/二级 carried down over merges and blanks). */
import { mapList } from "../core/lists";
import type { IndicatorRow, TableColumn } from "./model";
import type { SheetGrid } from "./grid";

const STOP = /^(说明|注|备注)[:：0-9]?/;

/** Optional fields of an indicator row and the column roles they are read from. */
const OPTIONAL: (keyof IndicatorRow)[] = ["description", "target", "basis", "actual", "reason", "weight", "score"];

export function buildIndicatorRows(grid: SheetGrid, columns: TableColumn[], top: number, bottom: number): IndicatorRow[] {
  const byRole = new Map(columns.map((c) => [c.role, c.col] as const));
  const col = (role: string) => byRole.get(role);
  const c1 = col("level1");
  const c2 = col("level2");
  const cName = col("name");
  const cTarget = col("target");
  // Only the optional fields the table has a column for (the others read as "").
  const optional = mapList(OPTIONAL, (key) => ({ key, col: col(key) })).filter((o): o is { key: keyof IndicatorRow; col: number } => o.col !== undefined);
  const read = (r: number, c: number | undefined) => (c === undefined ? "" : grid.text(r, c));
  const rows: IndicatorRow[] = [];
  let level1 = "";
  let level2 = "";
  for (let r = top; r <= bottom; r++) {
    if (STOP.test(firstText(grid, r))) break;
    const l1 = read(r, c1);
    const l2 = read(r, c2);
    if (l1) {
      if (l1 !== level1) level2 = "";
      level1 = l1;
    }
    if (l2) level2 = l2;
    const name = read(r, cName);
    const target = read(r, cTarget);
    if (!name && !target) continue;
    // Every field present (absent ones undefined): one shape for all rows, whatever columns a table has.
    const row: IndicatorRow = {
      row: r,
      level1,
      level2,
      name,
      description: undefined,
      target: undefined,
      basis: undefined,
      actual: undefined,
      reason: undefined,
      weight: undefined,
      score: undefined,
    };
    for (const o of optional) {
      const v = grid.text(r, o.col);
      if (v) (row as unknown as Record<string, string>)[o.key] = v;
    }
    rows.push(row);
  }
  return rows;
}

/** The first non-empty own text among the first four cells ("" for a number: it never stops the table). */
function firstText(grid: SheetGrid, row: number): string {
  const width = Math.min(grid.rowWidth(row), 4);
  for (let c = 0; c < width; c++) {
    if (grid.isNumber(row, c)) return "";
    const t = grid.ownText(row, c);
    if (t) return t;
  }
  return "";
}
