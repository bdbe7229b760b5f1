/**
 * Findings are the product's currency: plain data behind the task-pane list, the CLI output,
 * the report sheet and the tests.
 */
import { parseA1 } from "./a1";

export type Severity = "error" | "warning" | "info";

export interface CellLocation {
  sheet: string;
  /** A1 address on that sheet. */
  cell: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  sheet: string;
  /** A1 of the cell to fix ("" when the finding is about a whole sheet). */
  cell: string;
  /** Other cells involved (the parts of a sum, the matching cell in another table). */
  related: CellLocation[];
  /** zh-CN sentence with what was expected, what was found and the difference. */
  message: string;
  expected?: string;
  actual?: string;
  difference?: string;
  /** Template id of the table the finding belongs to, when there is one. */
  table?: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Stable order: sheets in workbook order, then cell position (row, then column), then rule id,
 * then message. The same workbook always gives the same list.
 */
export function sortFindings(findings: Finding[], sheetOrder: readonly string[]): Finding[] {
  const sheetIndex = new Map(sheetOrder.map((s, i) => [s, i] as const));
  const key = (f: Finding) => {
    const p = f.cell ? parseA1(f.cell) : null;
    return {
      s: sheetIndex.get(f.sheet) ?? Number.MAX_SAFE_INTEGER,
      r: p ? p.row : -1,
      c: p ? p.col : -1,
    };
  };
  const keyed = findings.map((f) => ({ f, k: key(f) }));
  keyed.sort(
    (a, b) =>
      a.k.s - b.k.s ||
      a.k.r - b.k.r ||
      a.k.c - b.k.c ||
      (a.f.ruleId < b.f.ruleId ? -1 : a.f.ruleId > b.f.ruleId ? 1 : 0) ||
      (a.f.message < b.f.message ? -1 : a.f.message > b.f.message ? 1 : 0),
  );
  return keyed.map((x) => x.f);
}

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const c: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity] += 1;
  return c;
}
