import { emptyTableNote } from "../../src/rules/hygiene/empty-table-note";
import { check, codedFixture, functionBody } from "./helpers/codes-hygiene";
import { say } from "../support/text";

const T7 = { template: "gov-fund-expenditure" as const, title: "部门预算政府性基金预算财政拨款支出表", sheetName: "政府性基金" };

describe("empty-table-note", () => {
  test("an empty table with seed 001's note passes (note in table.notes)", () => {
    const fixture = codedFixture([], { ...T7, below: [["注：无政府基金预算财政拨款预算，空表列示。"]] });
    expect(fixture.table.notes).toHaveLength(1);
    expect(check(emptyTableNote, fixture)).toEqual([]);
  });

  test("the note is also found in the rows under the header when the recognizer did not list it", () => {
    const henan = "说明：本部门 2021 年没有使用政府性基金预算拨款安排的支出，故本表无数据。";
    const fixture = codedFixture([], { ...T7, below: [[null, henan]], notesInTable: false });
    expect(check(emptyTableNote, fixture)).toEqual([]);
  });

  test("an empty table without a note is information at the first row under the header", () => {
    const fixture = codedFixture([], { ...T7, below: [["单位负责人：张三"]] });
    const findings = check(emptyTableNote, fixture);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "empty-table-note",
      severity: "info",
      sheet: "政府性基金",
      cell: "A4",
      table: "gov-fund-expenditure",
    });
    expect(say(findings[0])).toContain("本表没有金额");
    expect(say(findings[0])).toContain("空表列示");
  });

  test("rows with codes but blank amounts are still an empty table", () => {
    const fixture = codedFixture([["合计", null, null, null, null], ["2120801", "征地和拆迁补偿支出", null, null, null]], T7);
    expect(check(emptyTableNote, fixture)).toHaveLength(1);
  });

  test("tables with amounts need no note", () => {
    expect(check(emptyTableNote, codedFixture(functionBody()))).toEqual([]);
  });
});
