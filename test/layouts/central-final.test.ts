/**
 * The central 部门决算 package (财政部 公开01–09表, scripts/fixtures/central-final.ts): codes merged
 * across 类 | 款 | 项, 总计 on both sides of the 总表, 人员经费 and 公用经费 side by side with the
 * 公用经费合计 label merged across a block, a "三公" table with 预算数 and 决算数 blocks. Built clean
 * it gives no error and no warning; a planted mistake is found at its cell.
 */
import { checkWorkbookSync } from "../../src/engine/check";
import { parseA1 } from "../../src/model/a1";
import { sheetFromRows, type WorkbookSnapshot } from "../../src/model/snapshot";
import type { CodedTable } from "../../src/recognize/model";
import { centralFinalSheets, type Cell } from "../../scripts/fixtures/central-final";

function workbook(year = 2021, changes: [sheet: string, cell: string, value: Cell][] = []): WorkbookSnapshot {
  const specs = centralFinalSheets(year);
  for (const [sheet, cell, value] of changes) {
    const spec = specs.find((s) => s.name === sheet)!;
    const { row, col } = parseA1(cell)!;
    spec.rows[row][col] = value;
  }
  return { source: "决算.xlsx", sheets: specs.map((s) => sheetFromRows(s.name, s.rows, { merges: s.merges })) };
}

const serious = (wb: WorkbookSnapshot) =>
  checkWorkbookSync(wb)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => [f.ruleId, f.severity, f.sheet, f.cell]);

describe("central 部门决算 package (2021)", () => {
  test("every table is recognised, and the clean package gives no error and no warning", () => {
    const r = checkWorkbookSync(workbook());
    expect(r.tables.map((t) => [t.sheet, t.template])).toEqual([
      ["公开01表", "income-expense-summary"],
      ["公开02表", "income"],
      ["公开03表", "expenditure"],
      ["公开04表", "fiscal-summary"],
      ["公开05表", "general-budget-expenditure"],
      ["公开06表", "general-budget-basic"],
      ["公开06表", "general-budget-basic"],
      ["公开06表", "general-budget-basic"],
      ["公开07表", "gov-fund-expenditure"],
      ["公开08表", "state-capital-expenditure"],
      ["公开09表", "three-public"],
    ]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("a code merged across 类 | 款 | 项 is one code (208, not 208208208), with 类 and 款 rows of their own", () => {
    const r = checkWorkbookSync(workbook());
    const t3 = r.recognition.tables.find((t) => t.sheet === "公开03表") as CodedTable;
    expect(t3.codeLayout).toBe("single");
    expect(t3.rows.filter((x) => x.kind === "coded").map((x) => x.code)).toEqual([
      "208", "20805", "2080505", "210", "21011", "2101101", "21015", "2101501", "2101599", "221", "22102", "2210201", "229", "22960", "2296002",
    ]);
  });

  test("the header starts under the form number line (公开09表) and the department line", () => {
    const r = checkWorkbookSync(workbook());
    expect(r.tables.find((t) => t.sheet === "公开09表")!.range).toBe("A4:L8");
  });

  test.each<[string, [string, string, Cell][], string[][]]>([
    ["收入总计 leaving out 使用非财政拨款结余", [["公开01表", "C33", 503], ["公开01表", "F33", 503]], [["summary-identities", "error", "公开01表", "C33"], ["summary-identities", "error", "公开01表", "F33"]]],
    ["收入总计 ≠ 支出总计", [["公开01表", "C31", 3.5]], [["summary-identities", "error", "公开01表", "C33"]]],
    ["年末结转 of one fund in the 财政拨款 总表", [["公开04表", "G31", 41]], [["row-sum", "error", "公开04表", "F31"], ["summary-identities", "error", "公开04表", "G35"]]],
    ["a 收入决算表 row that does not add up", [["公开02表", "F16", 251]], [["code-hierarchy", "error", "公开02表", "F15"], ["row-sum", "error", "公开02表", "E16"]]],
    ["公开05表: 年末 ≠ 年初 + 本年收入 − 本年支出 on a row", [["公开05表", "J17", 41], ["公开05表", "J15", 41], ["公开05表", "J12", 41], ["公开05表", "J8", 41]], [["carryover-balance", "error", "公开05表", "J8"], ["carryover-balance", "error", "公开05表", "J12"], ["carryover-balance", "error", "公开05表", "J15"], ["carryover-balance", "error", "公开05表", "J17"]]],
    ["人员经费 consistent in its half but not with 公开05表", [["公开06表", "C6", 251], ["公开06表", "C7", 101], ["公开06表", "C14", 251]], [["cross-basic-expenditure", "error", "公开05表", "H8"]]],
    ["the 决算数 block of the 三公 table", [["公开09表", "I8", 8]], [["row-sum", "warning", "公开09表", "G8"], ["row-sum", "error", "公开09表", "I8"]]],
    ["the 预算数 block of the 三公 table", [["公开09表", "A8", 13]], [["row-sum", "warning", "公开09表", "A8"]]],
  ])("%s is found at its cell", (_what, changes, expected) => {
    expect(serious(workbook(2021, changes))).toEqual(expected);
  });

  test("公用经费合计 (its label merged across the 302 block, its amount in the 310 block) = 302 + 310", () => {
    // The same cell also breaks X7 (人员经费合计 + 公用经费合计 = 基本支出 of 公开05表); which of the
    // two identities' cells to blame is error localisation's decision (issue #14).
    expect(serious(workbook(2021, [["公开06表", "I14", 75]]))).toContainEqual(["column-total", "error", "公开06表", "I14"]);
    expect(serious(workbook(2021, [["公开06表", "I14", null]]))).toContainEqual(["blank-total", "error", "公开06表", "I14"]);
  });
});
