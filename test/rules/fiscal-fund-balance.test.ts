/**
 * D2 per fund on the 财政拨款收入支出决算总表 (central 公开04表, scripts/fixtures/central-final.ts):
 * 年末 (expense side, the fund's column) = 年初 (the fund's line under 年初财政拨款结转和结余) + 本年收入
 * (the fund's income line) − 本年支出合计 (the fund's column).
 */
import { parseA1 } from "../../src/model/a1";
import { sheetFromRows, type WorkbookSnapshot } from "../../src/model/snapshot";
import { centralFinalSheets, type Cell } from "../../scripts/fixtures/central-final";
import { runRule } from "./helpers/run";
import { money } from "../support/text";

function fiscalSummary(changes: [cell: string, value: Cell][] = []): WorkbookSnapshot {
  const spec = centralFinalSheets(2021).find((s) => s.name === "公开04表")!;
  for (const [cell, value] of changes) {
    const { row, col } = parseA1(cell)!;
    spec.rows[row][col] = value;
  }
  return { source: "决算.xlsx", sheets: [sheetFromRows(spec.name, spec.rows, { merges: spec.merges })] };
}

describe("fiscal-fund-balance", () => {
  test("each fund's 年末 = 年初 + 本年收入 − 本年支出 in the clean table: no finding", () => {
    expect(runRule("fiscal-fund-balance", fiscalSummary())).toEqual([]);
  });

  test("a 政府性基金 年末 that does not follow from its 年初, 收入 and 支出 is found at the 年末 cell", () => {
    // 5 + 10 − 12 = 3; written 4 (and the totals made to agree, so only D2 can see it).
    const findings = runRule("fiscal-fund-balance", fiscalSummary([["H31", 4], ["F31", 44], ["H35", 16], ["F35", 476]]));
    expect(findings.map((f) => [f.ruleId, f.severity, f.sheet, f.cell, f.expected, f.actual])).toEqual([
      ["fiscal-fund-balance", "error", "公开04表", "H31", money("3.00"), money("4.00")],
    ]);
    expect(findings[0].related).toEqual([
      { sheet: "公开04表", cell: "C33" },
      { sheet: "公开04表", cell: "C8" },
      { sheet: "公开04表", cell: "H30" },
    ]);
  });

  test("a budget 财政拨款收支总表 without an opening line per fund is not checked", () => {
    const wb = fiscalSummary([["A32", null], ["C32", null], ["A33", null], ["C33", null], ["A34", null], ["C34", null]]);
    expect(runRule("fiscal-fund-balance", wb)).toEqual([]);
  });
});
