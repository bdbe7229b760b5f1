/** Indicator rows of goal, self-evaluation and scoring tables (一级/二级 carried down over merges and blanks). */
import type { IndicatorRow, TableColumn } from "./model";
import type { SheetGrid } from "./grid";

const STOP = /^(说明|注|备注)[:：0-9]?/;

export function buildIndicatorRows(grid: SheetGrid, columns: TableColumn[], top: number, bottom: number): IndicatorRow[] {
  const byRole = new Map(columns.map((c) => [c.role, c.col] as const));
  const col = (role: string) => byRole.get(role);
  const c1 = col("level1");
  const c2 = col("level2");
  const cName = col("name");
  const read = (r: number, c: number | undefined) => (c === undefined ? "" : grid.text(r, c));
  const rows: IndicatorRow[] = [];
  let level1 = "";
  let level2 = "";
  for (let r = top; r <= bottom; r++) {
    const first = grid.rowTexts(r, 4)[0]?.text ?? "";
    if (STOP.test(first)) break;
    const l1 = read(r, c1);
    const l2 = read(r, c2);
    if (l1) {
      if (l1 !== level1) level2 = "";
      level1 = l1;
    }
    if (l2) level2 = l2;
    const name = read(r, cName);
    const target = read(r, col("target"));
    if (!name && !target) continue;
    const row: IndicatorRow = { row: r, level1, level2, name };
    const optional: [keyof IndicatorRow, string][] = [
      ["description", "description"],
      ["target", "target"],
      ["basis", "basis"],
      ["actual", "actual"],
      ["reason", "reason"],
      ["weight", "weight"],
      ["score", "score"],
    ];
    for (const [key, role] of optional) {
      const v = read(r, col(role));
      if (v) (row as unknown as Record<string, string>)[key] = v;
    }
    rows.push(row);
  }
  return rows;
}
