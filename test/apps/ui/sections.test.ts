/**
 * Which table's section a finding goes to (findings-model.ts sectionsOf): by sheet and template,
 * the first table of a template taking its findings, and a finding that names no table going to
 * the sheet's only table, or to the sheet itself when the sheet holds several.
 */
import type { Finding } from "../../../src/model/findings";
import { sectionsOf, type TableInfo } from "../../../src/apps/ui/findings-model";

const f = (sheet: string, cell: string, message: string, table?: string): Finding => ({
  ruleId: "row-sum",
  severity: "warning",
  sheet,
  cell,
  related: [],
  messageId: message, // a key outside the message table renders as itself
  data: {},
  ...(table === undefined ? {} : { table }),
});

const cellsBySection = (tables: TableInfo[], findings: Finding[]) =>
  Object.fromEntries(sectionsOf(tables, findings, "zh-CN").map((s) => [s.key, s.items.map((i) => (i.kind === "single" ? i.finding.cell : i.findings.map((x) => x.cell).join("+")))]));

describe("sections of findings", () => {
  it("gives a sheet's only table the findings that name its template and those that name none, in reading order", () => {
    const tables: TableInfo[] = [{ sheet: "表一", template: "summary", title: "收支总表" }];
    const findings = [f("表一", "C5", "甲", "summary"), f("表一", "B2", "乙"), f("表一", "D9", "丙", "summary")];
    expect(cellsBySection(tables, findings)).toEqual({ "table|表一|summary|收支总表": ["B2", "C5", "D9"] });
  });

  it("leaves a finding that names no table to the sheet when the sheet holds several tables", () => {
    const tables: TableInfo[] = [
      { sheet: "合并", template: "summary", title: "收支总表" },
      { sheet: "合并", template: "expenditure", title: "支出总表" },
    ];
    const findings = [f("合并", "B2", "甲", "expenditure"), f("合并", "A1", "乙"), f("合并", "C3", "丙", "summary")];
    expect(cellsBySection(tables, findings)).toEqual({
      "table|合并|summary|收支总表": ["C3"],
      "table|合并|expenditure|支出总表": ["B2"],
      "sheet|合并": ["A1"],
    });
  });

  it("lets the first of two tables of one template take all its findings, and lists a table's halves once", () => {
    const tables: TableInfo[] = [
      { sheet: "目标", template: "goal", title: "项目一" },
      { sheet: "目标", template: "goal", title: "项目一" },
      { sheet: "目标", template: "goal", title: "项目二" },
    ];
    const findings = [f("目标", "B4", "甲", "goal"), f("目标", "B40", "乙", "goal"), f("别处", "A1", "丙", "goal")];
    expect(cellsBySection(tables, findings)).toEqual({ "table|目标|goal|项目一": ["B4", "B40"], "sheet|别处": ["A1"] });
  });
});
