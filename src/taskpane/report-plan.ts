/** The report sheet (校验报告): a title line, the header, a line per finding with its explanation. All text. */
import { t, MessageKey } from "../i18n";
import type { ReportRow, WritePlan } from "./port";

const REPORT_COLUMNS: readonly MessageKey[] = [
  "report.col.index",
  "report.col.severity",
  "report.col.sheet",
  "report.col.cell",
  "report.col.rule",
  "report.col.message",
  "report.col.expected",
  "report.col.actual",
  "report.col.difference",
  "report.col.note",
];

export function reportPlan(rows: readonly ReportRow[], title: string): WritePlan {
  const width = REPORT_COLUMNS.length;
  const pad = (line: string[]) => [...line, ...Array<string>(width - line.length).fill("")];
  return {
    name: t("report.sheetName"),
    rows: [
      pad([title]),
      REPORT_COLUMNS.map((k) => t(k)),
      ...rows.map(({ finding: f, note }, i) => [
        String(i + 1),
        t(`severity.${f.severity}`),
        f.sheet,
        f.cell,
        f.ruleId,
        f.message,
        f.expected ?? "",
        f.actual ?? "",
        f.difference ?? "",
        note ?? "",
      ]),
    ],
    boldRows: [0, 1],
    merges: [],
  };
}
