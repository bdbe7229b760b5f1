/**
 * The unit of a finding's amounts (万元, 元): the unit its table states, set as the finding's `unit`
 * after the check, so every output can show it beside a number (the report sheets' headers and
 * number formats, the JSON, the pane's figures). Findings without amount figures get none.
 */
import { parseA1 } from "../model/a1";
import { isMoneyValue, type Finding } from "../model/findings";
import type { Table } from "../recognize/model";

/** The findings with the unit of their amounts when their table states one (the same objects otherwise). */
export function withUnits(findings: readonly Finding[], tables: readonly Table[]): Finding[] {
  const bySheet = new Map<string, Table[]>();
  for (const table of tables) {
    if (!table.unit) continue;
    const list = bySheet.get(table.sheet);
    if (list) list.push(table);
    else bySheet.set(table.sheet, [table]);
  }
  return findings.map((f) => {
    const candidates = bySheet.get(f.sheet);
    if (!candidates || f.unit !== undefined || ![f.expected, f.actual, f.difference].some(isMoneyValue)) return f;
    const unit = unitOf(f, candidates);
    return unit ? { ...f, unit } : f;
  });
}

/** The unit of the table the finding's cell lies in (else of its sheet's tables of its template), when they agree. */
function unitOf(f: Finding, tables: readonly Table[]): string | undefined {
  const p = f.cell ? parseA1(f.cell) : null;
  const inside = p ? tables.filter((t) => contains(t, p.row, p.col)) : [];
  const mine = inside.length ? inside : tables.filter((t) => t.template === f.table);
  const units = new Set(mine.map((t) => t.unit));
  return units.size === 1 ? mine[0].unit : undefined;
}

function contains(t: Table, row: number, col: number): boolean {
  if (row < t.header.top || row > Math.max(t.header.bottom, t.body.bottom)) return false;
  let left = Infinity;
  let right = -Infinity;
  for (const c of t.columns) {
    if (c.col < left) left = c.col;
    if (c.col > right) right = c.col;
  }
  return col >= left && col <= right;
}
