/**
 * The report sheet (校验报告): a title line, the header, a line per finding with its explanation.
 * 应为 / 实为 / 差额 are numbers (two decimals; the unit in the header when the findings share one).
 */
import { t } from "../catalog/messages";
import { columnHeader, FINDING_COLUMNS, findingCells, reportUnit, type ReportCell } from "./report-sheet";
import type { ReportRow } from "../model/host-port";
import type { WritePlan } from "../model/write-plan";

/** The annotated copy's report columns, and the accountant's explanation last. */
const HEADER = ["report.col.index", ...FINDING_COLUMNS.map((c) => c.key), "report.col.note"] as const;

export function reportPlan(rows: readonly ReportRow[], title: string): WritePlan {
  const width = HEADER.length;
  const pad = (line: ReportCell[]) => [...line, ...Array<string>(width - line.length).fill("")];
  const unit = reportUnit(rows.map((r) => r.finding));
  return {
    name: t("report.sheetName"),
    rows: [pad([title]), HEADER.map((k) => columnHeader(k, unit)), ...rows.map(({ finding, note }, i) => [String(i + 1), ...findingCells(finding), note ?? ""])],
    boldRows: [0, 1],
    merges: [],
  };
}
