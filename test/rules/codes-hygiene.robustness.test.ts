/** The code and hygiene rules on odd input: they never throw, and their metadata is complete. */
import { allRules } from "../../src/rules";
import { messageTable } from "../../src/catalog/messages";
import type { CodedTable, IndicatorTable, LabeledTable, SummaryTable, Table } from "../../src/recognize/model";
import { sheetFromRows } from "../../src/model/snapshot";
import { check, codedFixture, functionBody, runRule, unknownRole } from "./helpers/codes-hygiene";
import { nonNumericAmount } from "../../src/rules/hygiene/non-numeric-amount";
import { textNumber } from "../../src/rules/hygiene/text-number";

const MINE = [
  "function-code-structure",
  "economic-code-structure",
  "code-name-mismatch",
  "code-not-in-catalogue",
  "text-number",
  "excess-decimals",
  "negative-amount",
  "non-numeric-amount",
  "empty-table-note",
  "title-wording",
];
const rules = allRules.filter((r) => MINE.indexOf(r.meta.id) >= 0);

test("all ten rules are registered with complete metadata and messages in both locales", () => {
  expect(rules.map((r) => r.meta.id).sort()).toEqual(MINE.slice().sort());
  const zh = messageTable("zh-CN");
  const en = messageTable("en");
  for (const r of rules) {
    expect(["codes", "hygiene"]).toContain(r.meta.category);
    expect(zh[r.meta.description]).toBeTruthy();
    expect(en[r.meta.description]).toBeTruthy();
    expect(r.meta.messages.length).toBeGreaterThan(0);
    for (const key of r.meta.messages) {
      expect(zh[key]).toBeTruthy();
      expect(en[key]).toBeTruthy();
    }
  }
});

function oddTables(): Table[] {
  const base = codedFixture(functionBody()).table;
  const noSheet: CodedTable = { ...base, sheetIndex: 7 };
  const upsideDown: CodedTable = { ...base, body: { top: 20, bottom: 3 }, header: { top: Number.NaN, bottom: Number.NaN } };
  const noColumns: CodedTable = { ...base, columns: [], rows: [] };
  const badColumns: CodedTable = {
    ...base,
    columns: [{ role: "total", col: -1, header: "", numeric: true }, { role: unknownRole("x"), col: 2.5, header: "", numeric: true }],
  };
  const oddRows = {
    ...base,
    codeSystem: "economic",
    rows: [
      { row: 3, kind: "coded", label: undefined },
      { row: 4, kind: "coded", code: "", label: "" },
      { row: 5, kind: "coded", code: "30101", codeCol: -3, label: "基本工资" },
      { row: 6, kind: "subtotal", code: "50101", label: "小计", secondaryCode: "" },
      undefined,
    ],
  } as unknown as CodedTable;
  const hugeBody: CodedTable = { ...base, body: { top: -5, bottom: 1e9 } };
  const summary: SummaryTable = {
    ...base,
    shape: "summary",
    template: "income-expense-summary",
    rows: [{ row: 3, side: "expense", kind: "item", label: "八、社会保障和就业支出", labelCol: 1, level: 1 }],
  };
  const labeled: LabeledTable = { ...base, shape: "labeled", template: "three-public", rows: [] };
  const indicator: IndicatorTable = { ...base, shape: "indicator", template: "project-goal", indicators: [] };
  return [noSheet, upsideDown, noColumns, badColumns, oddRows, hugeBody, summary, labeled, indicator];
}

test.each(MINE)("%s never throws on odd tables", (id) => {
  const rule = rules.find((r) => r.meta.id === id)!;
  const { workbook } = codedFixture(functionBody());
  const empty = { source: "x", sheets: [sheetFromRows("空", [])] };
  for (const wb of [workbook, empty]) {
    for (const table of oddTables()) {
      let findings: ReturnType<typeof runRule> = [];
      expect(() => (findings = runRule(rule, wb, [table]))).not.toThrow();
      for (const f of findings) expect(f.cell).toMatch(/^([A-Z]+[1-9]\d*)?$/);
    }
  }
});

test("a merged cell across amount columns is read once, at its top-left cell", () => {
  const body = functionBody();
  body[2] = ["20805", "行政事业单位养老支出", "见附表", null, null];
  const merges = [{ top: 5, left: 2, bottom: 5, right: 4 }];
  const fixture = codedFixture(body, { merges });
  expect(fixture.table.bodyMerges).toEqual(merges);
  expect(check(nonNumericAmount, fixture).map((f) => f.cell)).toEqual(["C6"]);
  expect(check(textNumber, fixture)).toEqual([]);
});
