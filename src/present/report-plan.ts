/**
 * The report sheet (校验报告): a title line, the header, a line per finding with its explanation.
 * 应为 / 实为 / 差额 are numbers (two decimals; the unit in the header when the findings share one;
 * rates as percentages, a difference between rates in percentage points).
 */
import { t, type Locale } from "../catalog/messages";
import { columnHeader, FINDING_COLUMNS, figureFormat, findingCells, reportUnit, type ReportCell } from "./report-sheet";
import type { ReportRow } from "../model/host-port";
import type { WritePlan } from "../model/write-plan";

/** The annotated copy's report columns, and the accountant's explanation last. */
const HEADER = ["report.col.index", ...FINDING_COLUMNS.map((c) => c.key), "report.col.note"] as const;
/** 应为 / 实为 / 差额's columns in a line of the plan. */
const FIGURES = (["expected", "actual", "difference"] as const).map((column) => ({ column, col: HEADER.indexOf(`report.col.${column}`) }));

export function reportPlan(rows: readonly ReportRow[], title: string, locale: Locale): WritePlan {
  const width = HEADER.length;
  const pad = (line: ReportCell[]) => [...line, ...Array<string>(width - line.length).fill("")];
  const unit = reportUnit(rows.map((r) => r.finding));
  const lines = rows.map(({ finding, note }, i) => [String(i + 1), ...findingCells(finding, locale), note ?? ""]);
  // Each figure's own format (a sign on a difference, a rate's %, a unit the header does not name).
  const formats = rows.map(({ finding }, i) => {
    const line: (string | null)[] = Array<string | null>(width).fill(null);
    for (const { column, col } of FIGURES) if (typeof lines[i][col] === "number") line[col] = figureFormat(finding, column, unit, locale);
    return line;
  });
  return {
    name: t("report.sheetName", {}, locale),
    rows: [pad([title]), HEADER.map((k) => columnHeader(k, unit, locale)), ...lines],
    numberFormats: [Array<null>(width).fill(null), Array<null>(width).fill(null), ...formats],
    boldRows: [0, 1],
    merges: [],
  };
}
