/** Which highlight a cell gets when several findings point at it. */
import { SEVERITY_RANK } from "../model/findings";
import type { Mark } from "../model/host-port";

/** One mark per cell, the most severe one (a cell can carry an error and a warning). Marks without a cell are dropped. */
export function mostSevereByCell(marks: readonly Mark[]): Mark[] {
  const byCell = new Map<string, Mark>();
  for (const m of marks) {
    if (!m.cell) continue;
    const key = `${m.sheet}!${m.cell}`;
    const had = byCell.get(key);
    if (!had || SEVERITY_RANK[m.severity] < SEVERITY_RANK[had.severity]) byCell.set(key, m);
  }
  return [...byCell.values()];
}
