/**
 * The same warning in many departments' tables is one row: folded out of the tables' sections
 * into a section of its own, errors left where they are.
 */
import type { Finding } from "../../../src/model/findings";
import { ACROSS_KEY, foldAcrossTables } from "../../../src/apps/ui/across-tables";
import { rowsOf, sectionsOf, TableInfo } from "../../../src/apps/ui/findings-model";

const f = (severity: Finding["severity"], sheet: string, cell: string, message: string, ruleId = "text-number"): Finding => ({ ruleId, severity, sheet, cell, related: [], messageId: message, data: {} }); // an unknown key renders as itself

/** Department d's 收支总表 and 三公 table, as in a county workbook (one table per sheet). */
const tables = (departments: number): TableInfo[] =>
  Array.from({ length: departments }, (_, d) => [
    { sheet: `${d + 1}-收支总表`, template: "summary", title: `部门${d + 1}收支总表`, unit: "万元" },
    { sheet: `${d + 1}-三公`, template: "three-public", title: `部门${d + 1}“三公”经费支出表` },
  ]).flat();

describe("the same warning across tables", () => {
  it("becomes one expandable row naming every cell, in a section after the tables with errors", () => {
    const findings = [
      f("error", "2-收支总表", "D9", "合计不等", "row-sum"),
      f("warning", "1-三公", "C6", "以文本存放的数字“1,200”"),
      f("warning", "2-三公", "C7", "以文本存放的数字“35”"),
      f("warning", "3-三公", "C8", "以文本存放的数字“7”"),
      f("warning", "3-三公", "C9", "以文本存放的数字“8”"),
      f("info", "1-收支总表", "B3", "编码不在目录中", "code-not-in-catalogue"),
    ];
    const sections = foldAcrossTables(sectionsOf(tables(3), findings, "zh-CN"), "zh-CN");
    expect(sections.map((s) => s.key)).toEqual(["table|2-收支总表|summary|部门2收支总表", ACROSS_KEY, "table|1-收支总表|summary|部门1收支总表"]);
    const across = sections[1];
    expect(across.counts).toEqual({ error: 0, warning: 4, info: 0 });
    expect(across.items).toHaveLength(1);
    const group = across.items[0];
    expect(group.kind === "group" && group.findings.map((x) => `${x.sheet}!${x.cell}`)).toEqual(["1-三公!C6", "2-三公!C7", "3-三公!C8", "3-三公!C9"]);
    // Closed by default; opened, it lists each cell under it.
    const closed = rowsOf(sections, new Set());
    expect(closed.filter((r) => r.type === "finding" && r.level === 3)).toHaveLength(0);
    const open = rowsOf(sections, new Set([group.key]));
    expect(open.filter((r) => r.type === "finding" && r.level === 3).map((r) => (r.type === "finding" ? r.finding.cell : ""))).toEqual(["C6", "C7", "C8", "C9"]);
    // Every finding is still listed exactly once.
    const listed = sections.flatMap((s) => s.items.flatMap((i) => (i.kind === "single" ? [i.finding] : i.findings)));
    expect(listed.sort((a, b) => a.cell.localeCompare(b.cell))).toEqual(findings.slice().sort((a, b) => a.cell.localeCompare(b.cell)));
  });

  it("leaves a warning in only two tables, and errors in any number of tables, where they are", () => {
    const findings = [
      f("warning", "1-三公", "C6", "以文本存放的数字“1”"),
      f("warning", "2-三公", "C6", "以文本存放的数字“2”"),
      f("error", "1-收支总表", "D9", "合计不等 1", "row-sum"),
      f("error", "2-收支总表", "D9", "合计不等 2", "row-sum"),
      f("error", "3-收支总表", "D9", "合计不等 3", "row-sum"),
    ];
    const before = sectionsOf(tables(3), findings, "zh-CN");
    expect(foldAcrossTables(before, "zh-CN")).toEqual(before);
  });

  it("keeps the rest of a table's findings in its section, with counts that match", () => {
    const findings = [1, 2, 3].flatMap((d) => [f("info", `${d}-三公`, "B2", "单位为空", "unit-missing"), f("warning", `${d}-三公`, "C5", `本表独有的警告${"甲乙丙"[d - 1]}`, "other")]);
    const sections = foldAcrossTables(sectionsOf(tables(3), findings, "zh-CN"), "zh-CN");
    const across = sections.find((s) => s.key === ACROSS_KEY)!;
    expect(across.counts).toEqual({ error: 0, warning: 0, info: 3 });
    const rest = sections.filter((s) => s.key !== ACROSS_KEY);
    expect(rest).toHaveLength(3);
    for (const s of rest) expect(s.counts).toEqual({ error: 0, warning: 1, info: 0 });
    // Warnings-only tables first, the notes across tables after them.
    expect(sections[sections.length - 1].key).toBe(ACROSS_KEY);
  });
});
