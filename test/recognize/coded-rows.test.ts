/** Rows of coded tables as exports and hand edits write them: "其中" breakdown rows, codes with separators. */
import { checkWorkbookSync } from "../../src/engine/check";
import { CellValue, sheetFromRows } from "../../src/model/snapshot";
import type { CodedTable } from "../../src/recognize/model";

type Row = CellValue[];

function expenditure(body: Row[]) {
  const rows: Row[] = [["部门预算支出总表"], ["单位：万元"], ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ...body];
  return checkWorkbookSync({ source: "x.xlsx", sheets: [sheetFromRows("支出", rows)] }, { locate: false });
}

const BODY: Row[] = [
  ["合计", null, 520, 300, 220],
  ["208", "社会保障和就业支出", 100, 100, null],
  ["20805", "行政事业单位养老支出", 100, 100, null],
  ["2080505", "机关事业单位基本养老保险缴费支出", 100, 100, null],
  ["210", "卫生健康支出", 420, 200, 220],
  ["21015", "医疗保障管理事务", 420, 200, 220],
  ["2101501", "行政运行", 420, 200, 220],
];

describe("coded rows", () => {
  test("a “其中” row breaks down the row above: never added into the 合计 row, but its own row still adds up", () => {
    const r = expenditure([...BODY, [null, "其中：信息化建设", 50, null, 50]]);
    const table = r.recognition.tables[0] as CodedTable;
    expect(table.rows[table.rows.length - 1]).toMatchObject({ kind: "detail", label: "其中:信息化建设" });
    expect(r.findings).toEqual([]);

    const broken = expenditure([...BODY, [null, "其中：信息化建设", 50, null, 40]]).findings;
    expect(broken.map((f) => [f.ruleId, f.cell])).toEqual([["row-sum", "C11"]]);
  });

  test("codes written with separators (208-05-05, 208.05) are read as the codes they are", () => {
    const dashed = BODY.map((row) => {
      const code = row[0];
      if (typeof code !== "string" || code.length <= 3 || code === "合计") return row;
      return [code.length === 5 ? `${code.slice(0, 3)}-${code.slice(3)}` : `${code.slice(0, 3)}.${code.slice(3, 5)}.${code.slice(5)}`, ...row.slice(1)];
    });
    expect(dashed[2][0]).toBe("208-05");
    expect(dashed[3][0]).toBe("208.05.05");
    const r = expenditure(dashed);
    const table = r.recognition.tables[0] as CodedTable;
    expect(table.rows.filter((x) => x.kind === "coded").map((x) => x.code)).toEqual(["208", "20805", "2080505", "210", "21015", "2101501"]);
    // Before, each dashed code was an uncoded row of its own: the 合计 row looked three times too small.
    expect(r.findings).toEqual([]);
  });
});
