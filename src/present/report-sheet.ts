/**
 * What a report sheet shows, whoever writes it (the annotated copy and the batch summary through
 * ExcelJS, the task pane through Excel or WPS): the finding columns, each finding's texts in that
 * order, and the fills by severity. Host-free.
 */
import { isMoneyValue, isPercentValue, type Figure, type Finding, type Severity } from "../model/findings";
import { basisPointsToFraction, basisPointsToPercent } from "../model/percent";
import { t, type Locale, type MessageKey } from "../catalog/messages";
import { figureValue, renderMessage } from "./render";

/** Light fills that keep black text readable (Excel's "bad"/"neutral" styles, and a pale blue), as ARGB. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  info: "FFDDEBF7",
};

/** The same fill as "#RRGGBB" (Office.js; WPS converts it to its own colour numbers). */
export function severityFillHex(severity: Severity): string {
  return "#" + SEVERITY_FILL[severity].slice(2);
}

export interface ReportColumn {
  key: MessageKey;
  width: number;
}

/** A finding's columns in a report sheet, after its number (and, in a batch summary, its file). */
export const FINDING_COLUMNS: readonly ReportColumn[] = [
  { key: "report.col.severity", width: 10 },
  { key: "report.col.sheet", width: 22 },
  { key: "report.col.cell", width: 10 },
  { key: "report.col.rule", width: 26 },
  { key: "report.col.message", width: 70 },
  { key: "report.col.expected", width: 14 },
  { key: "report.col.actual", width: 14 },
  { key: "report.col.difference", width: 14 },
];

/** The columns whose cells are a finding's figures (numbers where they are amounts, rates or scores). */
export const FIGURE_COLUMNS: readonly MessageKey[] = ["report.col.expected", "report.col.actual", "report.col.difference"];

/** A report cell: text, or a number (an amount, a rate, a score) written as a number with two decimals. */
export type ReportCell = string | number;

/** A finding's cells in FINDING_COLUMNS order ("" where it has none): 应为 / 实为 / 差额 as numbers. */
export function findingCells(f: Finding, locale: Locale): ReportCell[] {
  return [
    t(`severity.${f.severity}`, {}, locale),
    f.sheet,
    f.cell,
    f.ruleId,
    renderMessage(f, locale),
    figureCell(f.expected),
    figureCell(f.actual),
    figureCell(f.difference),
  ];
}

/**
 * A figure as a report cell: an amount as its exact decimal value, a rate as the fraction a percent
 * cell holds (0.7732, shown "77.32%"), a difference between rates in percentage points (-3), a score
 * as it is, text (a target such as "≤20万元") as text.
 */
export function figureCell(v: Figure | undefined): ReportCell {
  if (v === undefined) return "";
  if (isPercentValue(v)) return v.points ? basisPointsToPercent(v.basisPoints) : basisPointsToFraction(v.basisPoints);
  return figureValue(v);
}

/** Two decimals with thousands separators (sortable, addable numbers). */
export const NUMBER_FORMAT = "#,##0.00";
/** A difference keeps its sign: "+4.50", "-27.00". */
export const DIFFERENCE_FORMAT = "+#,##0.00;-#,##0.00;0.00";
/** A rate, its cell holding the fraction: 0.7732 shows "77.32%". */
export const PERCENT_FORMAT = "0.00%";
/** A difference between rates, in percentage points with its sign (the unit's word follows): "-3.00 个百分点". */
const POINTS_FORMAT = "+0.00;-0.00;0.00";

/**
 * The unit every figure of a report shares, for the column headers ("应为（万元）"): only when all
 * numeric figures are amounts in one unit (rates, scores or amounts of unknown unit leave the header
 * plain, and each amount then shows its unit in its own number format).
 */
export function reportUnit(findings: readonly Finding[]): string | undefined {
  let unit: string | undefined;
  for (const f of findings) {
    for (const v of [f.expected, f.actual, f.difference]) {
      if (v === undefined || typeof v === "string") continue;
      if (!isMoneyValue(v) || !f.unit || (unit !== undefined && f.unit !== unit)) return undefined;
      unit = f.unit;
    }
  }
  return unit;
}

/**
 * The number format of a figure cell: two decimals, a sign on a difference, the unit when the header
 * does not name it; a rate as a percentage ("77.32%"), a difference between rates in percentage
 * points ("-3.00 个百分点").
 */
export function figureFormat(
  f: Finding,
  column: "expected" | "actual" | "difference",
  headerUnit: string | undefined,
  locale: Locale,
): string {
  const v = f[column];
  if (isPercentValue(v)) return v.points ? withUnit(POINTS_FORMAT, t("unit.percentagePoints", {}, locale)) : PERCENT_FORMAT;
  const base = column === "difference" ? DIFFERENCE_FORMAT : NUMBER_FORMAT;
  const unit = isMoneyValue(v) && f.unit && f.unit !== headerUnit ? f.unit : undefined;
  return unit ? withUnit(base, unit) : base;
}

/** A number format with a unit after each of its sections. */
function withUnit(format: string, unit: string): string {
  return format
    .split(";")
    .map((part) => `${part}" ${unit}"`)
    .join(";");
}

/** A report column's header: 应为 / 实为 / 差额 name the unit when the report has one. */
export function columnHeader(key: MessageKey, unit: string | undefined, locale: Locale): string {
  const text = t(key, {}, locale);
  return unit && FIGURE_COLUMNS.includes(key) ? t("report.col.withUnit", { column: text, unit }, locale) : text;
}
