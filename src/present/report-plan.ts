/** The report sheet (校验报告): a title line, the header, a line per finding with its explanation. All text. */
import { t } from "../catalog/messages";
import { FINDING_COLUMNS, findingTexts } from "./report-sheet";
import type { ReportRow } from "../model/host-port";
import type { WritePlan } from "../model/write-plan";

/** The annotated copy's report columns, and the accountant's explanation last. */
const HEADER = ["report.col.index", ...FINDING_COLUMNS.map((c) => c.key), "report.col.note"] as const;

export function reportPlan(rows: readonly ReportRow[], title: string): WritePlan {
  const width = HEADER.length;
  const pad = (line: string[]) => [...line, ...Array<string>(width - line.length).fill("")];
  return {
    name: t("report.sheetName"),
    rows: [pad([title]), HEADER.map((k) => t(k)), ...rows.map(({ finding, note }, i) => [String(i + 1), ...findingTexts(finding), note ?? ""])],
    boldRows: [0, 1],
    merges: [],
  };
}
