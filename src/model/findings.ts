/**
 * Findings are the product's currency: plain data behind the task-pane list, the CLI output,
 * the report sheet and the tests.
 */
import { parseA1 } from "./a1";
import type { Money } from "./money";
import type { BasisPoints } from "./percent";

export type Severity = "error" | "warning" | "info";

export interface CellLocation {
  sheet: string;
  /** A1 address on that sheet. */
  cell: string;
}

/**
 * An amount as a finding carries it: exact money, the decimals to show, "+" before a positive
 * figure when `signed` (a difference), and the table's unit (万元, 元) when known.
 */
export interface MoneyValue {
  money: Money;
  decimals: number;
  signed?: boolean;
  unit?: string;
}

/**
 * A rate as a finding carries it: exact hundredths of a percent, the decimals to show ("77.32%",
 * "43%"), and `points` for a difference between two rates, in percentage points ("-3.00 个百分点").
 */
export interface PercentValue {
  basisPoints: BasisPoints;
  decimals: number;
  points?: true;
}

/** A phrase that is itself a message (e.g. which identity a sum check is about), rendered in the same locale. */
export interface NestedMessage {
  msg: string;
  data: MessageData;
}

/** Values shown one after another with a separator (a list of codes, names or phrases); a separator that differs by locale is a phrase. */
export interface JoinedValues {
  join: DataValue[];
  sep: string | NestedMessage;
}

/**
 * A typed value a message is filled with. Plain data (JSON-able): findings cross worker
 * boundaries. Strings are names, labels, cells and text quoted from the workbook; numbers are
 * counts, rows and scores; amounts are `MoneyValue`s, rates `PercentValue`s.
 */
export type DataValue = string | number | MoneyValue | PercentValue | NestedMessage | JoinedValues;

export type MessageData = Record<string, DataValue>;

/**
 * What a finding's expected / actual / difference is: an amount, a rate (执行率, or a difference in
 * percentage points), a plain number (a score), or text (an indicator target such as "≤20万元", a
 * bound such as "≤ 12.00").
 */
export type Figure = string | number | MoneyValue | PercentValue;

export interface Finding {
  ruleId: string;
  /** Key of the message table (src/catalog/messages); rendered for a locale in src/present. */
  messageId: string;
  /** The values the message is filled with. */
  data: MessageData;
  severity: Severity;
  sheet: string;
  /** A1 of the cell to fix ("" when the finding is about a whole sheet). */
  cell: string;
  /** Other cells involved (the parts of a sum, the matching cell in another table). */
  related: CellLocation[];
  expected?: Figure;
  actual?: Figure;
  difference?: Figure;
  /** Template id of the table the finding belongs to, when there is one. */
  table?: string;
  /** The unit of the amounts among expected / actual / difference (万元, 元): their table's, when it states one. */
  unit?: string;
  /** A number the (blank) cell can take, worked out by the rule (a self-evaluation score); a pane may offer to write it. */
  suggestion?: number;
}

export function isMoneyValue(v: unknown): v is MoneyValue {
  return typeof v === "object" && v !== null && typeof (v as MoneyValue).money === "number";
}

export function isPercentValue(v: unknown): v is PercentValue {
  return typeof v === "object" && v !== null && typeof (v as PercentValue).basisPoints === "number";
}

/** A rate from basis points: two decimals unless said otherwise. */
export function percentValue(basisPoints: BasisPoints, decimals = 2): PercentValue {
  return { basisPoints, decimals };
}

/** A difference between two rates, in percentage points (two decimals). */
export function pointsValue(basisPoints: BasisPoints): PercentValue {
  return { basisPoints, decimals: 2, points: true };
}

export function isNestedMessage(v: unknown): v is NestedMessage {
  return typeof v === "object" && v !== null && typeof (v as NestedMessage).msg === "string";
}

export function isJoinedValues(v: unknown): v is JoinedValues {
  return typeof v === "object" && v !== null && Array.isArray((v as JoinedValues).join);
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Stable order: sheets in workbook order, then cell position (row, then column), then rule id,
 * then `text` (the caller passes the zh-CN message, so the order is the one readers know). The
 * same workbook always gives the same list.
 */
export function sortFindings(findings: Finding[], sheetOrder: readonly string[], text: (f: Finding) => string): Finding[] {
  const sheetIndex = new Map(sheetOrder.map((s, i) => [s, i] as const));
  const key = (f: Finding) => {
    const p = f.cell ? parseA1(f.cell) : null;
    return {
      s: sheetIndex.get(f.sheet) ?? Number.MAX_SAFE_INTEGER,
      r: p ? p.row : -1,
      c: p ? p.col : -1,
    };
  };
  const keyed = findings.map((f) => ({ f, k: key(f), m: undefined as string | undefined }));
  // The text only matters between findings of one rule at one cell: rendered only for those.
  const textOf = (x: (typeof keyed)[number]) => (x.m === undefined ? (x.m = text(x.f)) : x.m);
  keyed.sort(
    (a, b) =>
      a.k.s - b.k.s ||
      a.k.r - b.k.r ||
      a.k.c - b.k.c ||
      (a.f.ruleId < b.f.ruleId ? -1 : a.f.ruleId > b.f.ruleId ? 1 : 0) ||
      (textOf(a) < textOf(b) ? -1 : textOf(a) > textOf(b) ? 1 : 0),
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

/** The counts of several reports added up. */
export function sumCounts(counts: Iterable<FindingCounts>): FindingCounts {
  const c: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const x of counts) {
    c.error += x.error;
    c.warning += x.warning;
    c.info += x.info;
  }
  return c;
}
