/**
 * A budget "三公" table with its items as columns and no 栏次 row (合计 | 因公出国(境)费 | 公务用车购置及
 * 运行费 (小计 | 购置费 | 运行费) | 公务接待费, one row of figures): the two header rows are read as the
 * header, and the row of figures adds up.
 */
import { money } from "../support/text";
import { checkWorkbookSync } from "../../src/engine/check";
import type { CellRange } from "../../src/model/a1";
import { CellValue, sheetFromRows } from "../../src/model/snapshot";

function threePublic(figures: CellValue[]) {
  const rows: CellValue[][] = [
    ["2024年一般公共预算“三公”经费支出表"],
    ["单位名称：某某县医疗保障局", null, null, null, null, "单位：万元"],
    ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
    [null, null, "小计", "公务用车购置费", "公务用车运行费", null],
    figures,
  ];
  const merges: CellRange[] = [
    { top: 2, left: 2, bottom: 2, right: 4 },
    { top: 2, left: 0, bottom: 3, right: 0 },
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 5, bottom: 3, right: 5 },
  ];
  return checkWorkbookSync({ source: "三公.xlsx", sheets: [sheetFromRows("三公", rows, { merges })] }, { locate: false });
}

describe("“三公” table with the items as columns (budget form)", () => {
  test("both header rows are the header; a correct row of figures gives no finding", () => {
    const r = threePublic([5, 0, 4, 0, 4, 1]);
    const table = r.recognition.tables[0];
    expect(table.template).toBe("three-public");
    expect(table.header).toEqual({ top: 2, bottom: 3 });
    expect(table.columns.map((c) => c.role)).toEqual(["total", "item.abroad", "item.car", "item.car.purchase", "item.car.running", "item.reception"]);
    // The 小计 header cell is not read as an amount, nor the header merges as merged amount cells.
    expect(r.findings).toEqual([]);
  });

  test("合计 = 出国 + 公务用车 + 接待 (a warning) and 公务用车 = 购置 + 运行 (an error)", () => {
    const total = threePublic([6, 0, 4, 0, 4, 1]).findings;
    expect(total.map((f) => [f.ruleId, f.severity, f.cell, f.expected, f.actual])).toEqual([["row-sum", "warning", "A5", money("5.00"), money("6.00")]]);
    const car = threePublic([5, 0, 4, 0, 3, 1]).findings;
    expect(car.map((f) => [f.ruleId, f.severity, f.cell, f.expected, f.actual])).toEqual([["row-sum", "error", "C5", money("3.00"), money("4.00")]]);
  });
});

describe("“三公” table with the items as rows, leading rows blank", () => {
  test("the header is one row: rows without figures under it are body rows, not header", () => {
    const rows: CellValue[][] = [
      ["2024年一般公共预算“三公”经费支出表"],
      ["单位：万元"],
      ["项目", "合计", "一般公共预算财政拨款"],
      ["合计", null, null],
      ["因公出国（境）费", null, null],
      ["公务用车购置及运行费", 4, 4],
      ["公务接待费", 1, 1],
    ];
    const r = checkWorkbookSync({ source: "三公.xlsx", sheets: [sheetFromRows("三公", rows)] }, { locate: false });
    const table = r.recognition.tables[0];
    expect(table.header).toEqual({ top: 2, bottom: 2 });
    expect((table as { rows: { role: string }[] }).rows.map((x) => x.role)).toEqual(["total", "abroad", "car", "reception"]);
    // The blank 合计 with figures under it is the one finding (blank-total, a warning in this table).
    expect(r.findings.map((f) => [f.ruleId, f.cell])).toEqual([
      ["blank-total", "B4"],
      ["blank-total", "C4"],
    ]);
  });
});
