/**
 * D6 as information: the "三公" 决算表 with 预算数 and 决算数 blocks (central 公开09表) gives the
 * 决算 : 预算 ratio (完成预算 %) once per table, at the 决算数 合计 cell.
 */
import { parseA1 } from "../../src/model/a1";
import { sheetFromRows, type WorkbookSnapshot } from "../../src/model/snapshot";
import { centralFinalSheets, type Cell } from "../../scripts/fixtures/central-final";
import { runRule } from "./helpers/run";
import { say } from "../support/text";

function threePublic(changes: [cell: string, value: Cell][] = []): WorkbookSnapshot {
  const spec = centralFinalSheets(2021).find((s) => s.name === "公开09表")!;
  for (const [cell, value] of changes) {
    const { row, col } = parseA1(cell)!;
    spec.rows[row][col] = value;
  }
  return { source: "决算.xlsx", sheets: [sheetFromRows(spec.name, spec.rows, { merges: spec.merges })] };
}

describe("three-public-completion", () => {
  test("one information finding with the total and per-item ratios", () => {
    const findings = runRule("three-public-completion", threePublic());
    expect(findings.map((f) => [f.ruleId, f.severity, f.sheet, f.cell])).toEqual([["three-public-completion", "info", "公开09表", "G8"]]);
    // 10.50 / 12.00, 7.50 / 8.00, 3.00 / 4.00; 因公出国 has no budget and no ratio.
    expect(say(findings[0])).toContain("87.50%");
    expect(say(findings[0])).toContain("93.75%");
    expect(say(findings[0])).toContain("75.00%");
    expect(findings[0].data.percent).toEqual({ basisPoints: 8750, decimals: 2 }); // a typed rate, exact
    expect(findings[0].related.map((r) => r.cell)).toEqual(["A8", "C8", "I8", "F8", "L8"]);
  });

  test("no 预算数 (a blank budget total) gives no ratio", () => {
    expect(runRule("three-public-completion", threePublic([["A8", null]]))).toEqual([]);
  });
});
