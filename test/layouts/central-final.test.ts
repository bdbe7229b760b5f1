/**
 * The central 部门决算 package (财政部 公开01–09表, scripts/fixtures/central-final.ts): codes merged
 * across 类 | 款 | 项, 总计 on both sides of the 总表, 人员经费 and 公用经费 side by side with the
 * 公用经费合计 label merged across a block, a "三公" table with 预算数 and 决算数 blocks. Built clean
 * it gives no error and no warning; a planted mistake is found at its cell.
 */
import { checkWorkbookSync } from "../../src/engine/check";
import { parseA1 } from "../../src/model/a1";
import { renderFigure } from "../../src/present/render";
import { sheetFromRows, type WorkbookSnapshot } from "../../src/model/snapshot";
import type { CodedTable } from "../../src/recognize/model";
import { centralFinalSheets, centralFinalWorkbook, type Cell } from "../../scripts/fixtures/central-final";
import { snapshotOf } from "../fixtures/snapshot";
import { say } from "../support/text";

function workbook(year = 2021, changes: [sheet: string, cell: string, value: Cell][] = []): WorkbookSnapshot {
  const specs = centralFinalSheets(year);
  for (const [sheet, cell, value] of changes) {
    const spec = specs.find((s) => s.name === sheet)!;
    const { row, col } = parseA1(cell)!;
    spec.rows[row][col] = value;
  }
  return { source: "决算.xlsx", sheets: specs.map((s) => sheetFromRows(s.name, s.rows, { merges: s.merges })) };
}

const serious = (wb: WorkbookSnapshot, options: { locate?: boolean } = {}) =>
  checkWorkbookSync(wb, options)
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

  test("through the .xlsx path (ExcelJS write, the file loader): the same tables, no error, no warning", async () => {
    const r = checkWorkbookSync(await snapshotOf(centralFinalWorkbook(2021), "决算.xlsx"));
    expect(r.tables).toHaveLength(11);
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

  // Several identities may see one planted mistake (the 年末 of a fund is in D2, X5 and the 总计);
  // these cases show that each identity is checked, so they run without error localisation (as the
  // rule specs do). Which cell to blame among them is localisation's part: the cases below.
  test.each<[string, [string, string, Cell][], string[][]]>([
    ["收入总计 leaving out 使用非财政拨款结余", [["公开01表", "C33", 503], ["公开01表", "F33", 503]], [["summary-identities", "error", "公开01表", "C33"], ["summary-identities", "error", "公开01表", "F33"]]],
    ["收入总计 ≠ 支出总计", [["公开01表", "C31", 3.5]], [["summary-identities", "error", "公开01表", "C33"]]],
    ["年末结转 of one fund in the 财政拨款 总表", [["公开04表", "G31", 41]], [["row-sum", "error", "公开04表", "F31"], ["cross-fiscal-by-fund", "error", "公开04表", "G31"], ["fiscal-fund-balance", "error", "公开04表", "G31"], ["summary-identities", "error", "公开04表", "G35"]]],
    ["a 收入决算表 row that does not add up", [["公开02表", "F16", 251]], [["code-hierarchy", "error", "公开02表", "F15"], ["row-sum", "error", "公开02表", "E16"]]],
    ["公开05表: 年末 ≠ 年初 + 本年收入 − 本年支出 on a row", [["公开05表", "J17", 41], ["公开05表", "J15", 41], ["公开05表", "J12", 41], ["公开05表", "J8", 41]], [["cross-fiscal-by-fund", "error", "公开04表", "G31"], ["carryover-balance", "error", "公开05表", "J8"], ["carryover-balance", "error", "公开05表", "J12"], ["carryover-balance", "error", "公开05表", "J15"], ["carryover-balance", "error", "公开05表", "J17"]]],
    ["人员经费 consistent in its half but not with 公开05表", [["公开06表", "C6", 251], ["公开06表", "C7", 101], ["公开06表", "C14", 251]], [["cross-basic-expenditure", "error", "公开05表", "H8"]]],
    ["the 决算数 block of the 三公 table", [["公开09表", "I8", 8]], [["row-sum", "warning", "公开09表", "G8"], ["row-sum", "error", "公开09表", "I8"]]],
    ["the 预算数 block of the 三公 table", [["公开09表", "A8", 13]], [["row-sum", "warning", "公开09表", "A8"]]],
    [
      "公开05表 本年收入 consistent in itself but not with the 一般公共预算 line of 公开04表",
      [["公开05表", "F17", 111], ["公开05表", "F15", 361], ["公开05表", "F12", 376], ["公开05表", "F8", 431], ["公开05表", "J17", 41], ["公开05表", "J15", 41], ["公开05表", "J12", 41], ["公开05表", "J8", 41]],
      [["cross-fiscal-by-fund", "error", "公开04表", "C7"], ["cross-fiscal-by-fund", "error", "公开04表", "G31"]],
    ],
    ["公开07表 年初 ≠ the 政府性基金 line under 年初财政拨款结转和结余", [["公开07表", "E8", 6], ["公开07表", "E9", 6], ["公开07表", "E10", 6], ["公开07表", "E11", 6], ["公开07表", "J8", 4], ["公开07表", "J9", 4], ["公开07表", "J10", 4], ["公开07表", "J11", 4]], [["cross-fiscal-by-fund", "error", "公开04表", "H31"], ["cross-fiscal-by-fund", "error", "公开04表", "C33"]]],
    ["the 决算数 公务接待费 above the 30217 line of 公开06表", [["公开09表", "L8", 4], ["公开09表", "G8", 11.5]], [["cross-three-public-economic", "warning", "公开09表", "L8"]]],
  ])("%s is found at its cell", (_what, changes, expected) => {
    expect(serious(workbook(2021, changes), { locate: false })).toEqual(expected);
  });

  // With error localisation on (issue #14): one planted mistake, one error, at the planted cell
  // with the original value as 应为; where nothing tells the cells apart, one tie naming it.
  test.each<[string, string, string, Cell, number | null]>([
    ["年末结转 of one fund (D2, X5 and the 总计 through one cell)", "公开04表", "G31", 41, 40],
    ["a 收入决算表 row", "公开02表", "F16", 251, 250],
    ["the 决算数 block of the 三公 table", "公开09表", "I8", 8, 7.5],
    ["使用非财政拨款结余, in no identity but 收入总计", "公开01表", "C31", 3.5, null],
  ])("localised: %s gives one error", (_what, sheet, cell, value, original) => {
    const errors = checkWorkbookSync(workbook(2021, [[sheet, cell, value]])).findings.filter((f) => f.severity === "error");
    expect(errors).toHaveLength(1);
    const [f] = errors;
    if (original === null) {
      expect(["locate.tie", "locate.tieTables"]).toContain(f.messageId);
      expect([f.cell, ...(f.related ?? []).map((r) => r.cell)]).toContain(cell);
    } else {
      expect([f.sheet, f.cell]).toEqual([sheet, cell]);
      expect(renderFigure(f.expected, "zh-CN")).toBe(original.toFixed(2));
    }
  });

  test("a 2017 package names 210 医疗卫生与计划生育支出: accepted as that year's name, one note per table", () => {
    const r = checkWorkbookSync(workbook(2017));
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const notes = r.findings.filter((f) => f.ruleId === "code-name-mismatch");
    expect(notes.map((f) => [f.severity, f.sheet, f.cell])).toEqual([
      ["info", "公开02表", "D12"],
      ["info", "公开03表", "D12"],
      ["info", "公开05表", "D12"],
    ]);
    expect(say(notes[0])).toContain("卫生健康支出");
  });

  test("the same old name in a 2021 package is a name that differs (a warning)", () => {
    const findings = serious(workbook(2021, [["公开03表", "D12", "医疗卫生与计划生育支出"]]));
    expect(findings).toEqual([["code-name-mismatch", "warning", "公开03表", "D12"]]);
  });

  test("公用经费合计 (its label merged across the 302 block, its amount in the 310 block) = 302 + 310", () => {
    // The same cell also breaks X7 (人员经费合计 + 公用经费合计 = 基本支出 of 公开05表); which of the
    // two identities' cells to blame is error localisation's decision (issue #14).
    expect(serious(workbook(2021, [["公开06表", "I14", 75]]))).toContainEqual(["column-total", "error", "公开06表", "I14"]);
    expect(serious(workbook(2021, [["公开06表", "I14", null]]))).toContainEqual(["blank-total", "error", "公开06表", "I14"]);
  });
});
