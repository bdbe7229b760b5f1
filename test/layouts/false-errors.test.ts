/**
 * Classes of false errors (issue #15), each with a correct fixture that gives no error or warning
 * and a broken one that gives the right finding at the right cell
 * (scripts/fixtures/false-error-classes.ts).
 */
import { checkWorkbookSync } from "../../src/engine/check";
import { sheetFromRows, type WorkbookSnapshot } from "../../src/model/snapshot";
import type { SheetSpec } from "../../scripts/fixtures/central-final";
import { deadlineLines, expenditureSheet, goalSheet, type IndicatorLine } from "../../scripts/fixtures/false-error-classes";
import { say } from "../support/text";

const book = (...specs: SheetSpec[]): WorkbookSnapshot => ({ source: "t.xlsx", sheets: specs.map((s) => sheetFromRows(s.name, s.rows, { merges: s.merges })) });
const findings = (wb: WorkbookSnapshot) => checkWorkbookSync(wb).findings;
const serious = (wb: WorkbookSnapshot) => findings(wb).filter((f) => f.severity !== "info");
const brief = (fs: ReturnType<typeof findings>) => fs.map((f) => [f.ruleId, f.severity, f.sheet, f.cell]);

function withLine(index: number, line: IndicatorLine): IndicatorLine[] {
  const lines = deadlineLines();
  lines[index] = line;
  return lines;
}

describe("a deadline is not money", () => {
  test("≤9月, 9月底前, 12月31日前 under 时效 with names about 资金: no finding", () => {
    expect(findings(book(goalSheet(deadlineLines())))).toEqual([]);
  });

  test("an amount with a money unit under 时效 is still found (at the name cell)", () => {
    const wb = book(goalSheet(withLine(2, ["产出指标", "时效指标", "资金拨付完成时间", "≤5万元"])));
    expect(brief(serious(wb))).toContainEqual(["indicator-category", "error", "绩效目标", "C6"]);
  });
});

describe("placeholders", () => {
  test("无, / and — in indicator cells: one placeholder finding for the table, never duplicates or empties", () => {
    const lines = deadlineLines();
    lines.splice(9, 0, ["效益指标", "经济效益指标", "无", "无"], ["效益指标", "生态效益指标", "/", "/"], ["效益指标", "生态效益指标", "—", "—"], ["效益指标", "经济效益指标", "无", "无"]);
    const fs = findings(book(goalSheet(lines)));
    expect(brief(fs)).toEqual([["indicator-placeholder", "warning", "绩效目标", "C13"]]);
    expect(fs[0].related.map((r) => r.cell)).toEqual(["C14", "C15", "C16"]);
  });

  test("a placeholder only in the target is found at the target cell", () => {
    const fs = findings(book(goalSheet(withLine(8, ["效益指标", "可持续影响指标", "救助制度运行率", "/"]))));
    expect(brief(fs)).toEqual([["indicator-placeholder", "warning", "绩效目标", "E12"]]);
  });
});

describe("rate words", () => {
  test.each(["救助对象覆盖率", "困难群众救助覆盖比例", "救助资金使用占比"])("%s with a qualitative target is flagged like 知晓率", (name) => {
    const fs = serious(book(goalSheet(withLine(6, ["效益指标", "社会效益指标", name, "效果显著"]))));
    expect(brief(fs)).toEqual([["indicator-unit", "warning", "绩效目标", "E10"]]);
  });
});

describe("text amounts", () => {
  test("a table of numbers: no finding", () => {
    expect(findings(book(expenditureSheet()))).toEqual([]);
  });

  test("full-width digits, thousands separators, trailing spaces and a 万元 suffix each get the text-number finding", () => {
    const fs = findings(book(expenditureSheet({ C7: "１２３４．５０", D7: "1,234.50", C8: "32 ", E8: "32万元" })));
    expect(brief(fs)).toEqual([
      ["text-number", "warning", "支出总表", "C7"],
      ["text-number", "warning", "支出总表", "D7"],
      ["text-number", "warning", "支出总表", "C8"],
      ["text-number", "warning", "支出总表", "E8"],
    ]);
  });

  test("an amount written in 元 in a table in 万元 is a text-number finding, and the totals using it are not judged", () => {
    const fs = findings(book(expenditureSheet({ E8: "320000元" })));
    expect(brief(fs)).toEqual([["text-number", "warning", "支出总表", "E8"]]);
    expect(say(fs[0])).toContain("万元");
  });
});

describe("repeated notes", () => {
  test("百分比 written for % in many cells: one note with the other cells related", () => {
    const lines = deadlineLines().map((l): IndicatorLine => (typeof l[3] === "string" && l[3].endsWith("%") ? [l[0], l[1], l[2], l[3].replace("%", "百分比")] : l));
    const fs = findings(book(goalSheet(lines)));
    expect(brief(fs)).toEqual([["indicator-target-form", "info", "绩效目标", "E5"]]);
    expect(fs[0].related.map((r) => r.cell)).toEqual(["C5", "E10", "E11", "E12", "E13"]);
  });

  test("codes not in the catalogue: one note per table with every cell related", () => {
    const sheet = expenditureSheet();
    sheet.rows.push(["2101550", "某项目一", 0, null, 0], ["2101551", "某项目二", 0, null, 0]);
    const fs = findings(book(sheet)).filter((f) => f.ruleId === "code-not-in-catalogue");
    expect(brief(fs)).toEqual([["code-not-in-catalogue", "info", "支出总表", "A9"]]);
    expect(fs[0].related.map((r) => r.cell)).toEqual(["A10"]);
  });
});
