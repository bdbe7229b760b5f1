/**
 * The report as the check worker posts it: long related-cell lists packed into one string each,
 * and the report on the page equal to the one the worker made. Also the worker's progress
 * messages: at most one per interval.
 */
import type { Finding } from "../../../src/model/findings";
import type { FileReport } from "../../../src/engine/file-report";
import { packReport, unpackReport } from "../../../src/apps/web/report-transfer";
import { throttled } from "../../../src/apps/web/check-worker";

const finding = (related: Finding["related"], extra: Partial<Finding> = {}): Finding => ({
  ruleId: "code-not-in-catalogue",
  messageId: "rule.code-not-in-catalogue.message",
  data: { code: "2089999" },
  severity: "info",
  sheet: "支出表",
  cell: "A7",
  related,
  ...extra,
});

const cells = (sheet: string, n: number) => Array.from({ length: n }, (_, i) => ({ sheet, cell: `A${i + 8}` }));

describe("the report posted by the check worker", () => {
  const report: FileReport = {
    file: "县级.xlsx",
    tables: [{ sheet: "支出表", template: "expenditure", title: "支出总表", layout: "codes", range: "A4:F40" }],
    findings: [
      finding([...cells("支出表", 9), ...cells("部门 二", 3), { sheet: "支出表", cell: "B2:C3" }]),
      finding([{ sheet: "收入表", cell: "C5" }], { severity: "warning", cell: "C5" }),
      finding([...cells("甲", 7), { sheet: "甲", cell: "" }]),
    ],
    explained: [{ finding: finding(cells("乙", 12)), note: "已核实" }],
  };

  it("packs long related-cell lists into strings and unpacks them to the same report", () => {
    const packed = packReport(report);
    expect(packed.findings[0].related).toEqual([]);
    expect(packed.explained![0].finding.related).toEqual([]);
    // Short lists, and a list with a cell that has no address, travel as they are.
    expect(packed.findings[1]).toBe(report.findings[1]);
    expect(packed.findings[2]).toBe(report.findings[2]);
    expect(unpackReport(structuredClone(packed))).toEqual(report);
  });

  it("leaves the worker's report as it was, and a report without long lists unchanged", () => {
    const before = structuredClone(report);
    packReport(report);
    expect(report).toEqual(before);
    const small: FileReport = { file: "小.xlsx", tables: [], findings: [report.findings[1]] };
    expect(packReport(small)).toBe(small);
    expect(unpackReport(small)).toEqual(small);
  });

  it("unpacks a failed file's report (no findings) as it is", () => {
    const failed: FileReport = { file: "坏.xlsx", tables: [], findings: [], error: "无法读取", errorReason: "unreadable" };
    expect(unpackReport(packReport(failed))).toEqual(failed);
  });
});

describe("the worker's progress messages", () => {
  it("go out at most once per interval, the first at once", () => {
    let now = 1000;
    const posted: number[] = [];
    const post = throttled((f) => posted.push(f), 100, () => now);
    for (let i = 0; i <= 50; i++) {
      post(i / 50);
      now += 7;
    }
    expect(posted[0]).toBe(0);
    // 51 calls over 357 ms: one at 1000, then at the first call ≥ 100 ms after the last post.
    expect(posted).toEqual([0, 15 / 50, 30 / 50, 45 / 50]);
  });
});
