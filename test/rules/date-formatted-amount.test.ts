import { dateFormattedAmount } from "../../src/rules/hygiene/date-formatted-amount";
import { nonNumericAmount } from "../../src/rules/hygiene/non-numeric-amount";
import { checkWorkbookSync } from "../../src/engine/check";
import { loadWorkbookBuffer } from "../../src/adapters/xlsx/load";
import { buildSampleWorkbook } from "../../scripts/fixtures/sample";
import { BODY_TOP, a1Row, check, codedFixture, functionBody, withCell } from "./helpers/codes-hygiene";
import { money, say } from "../support/text";

/** The fixture with body cell (i, col) shown as a date whose serial is `serial`. */
function dated(i: number, col: number, shown: string, serial: number) {
  const fixture = codedFixture(withCell(functionBody(), i, col, shown));
  fixture.workbook.sheets[0].dates = { [`${BODY_TOP + i},${col}`]: serial };
  return fixture;
}

describe("date-formatted-amount", () => {
  test("passes a table without date cells", () => {
    expect(check(dateFormattedAmount, codedFixture(functionBody()))).toEqual([]);
  });

  test("an amount shown as a date is an error that gives the number behind it", () => {
    // 2080505 合计 26 in a date-formatted cell shows as 1900-01-25.
    const findings = check(dateFormattedAmount, dated(4, 2, "1900-01-25", 26));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "date-formatted-amount",
      severity: "error",
      cell: `C${a1Row(4)}`,
      expected: money("26.00"),
      actual: "1900-01-25",
      table: "expenditure",
    });
    expect(say(findings[0])).toBe("金额单元格设置成了日期格式，显示为“1900-01-25”，其中的数值是 26.00（按此计算）；请把单元格格式改为数值");
  });

  test("keeps the decimals of the amount (a date-time hides them)", () => {
    const [finding] = check(dateFormattedAmount, dated(1, 2, "1900-02-03", 34.9));
    expect(finding.expected).toEqual(money("34.90"));
  });

  test("a date in a code or name column is not an amount", () => {
    expect(check(dateFormattedAmount, dated(4, 1, "2023-01-01", 44927))).toEqual([]);
  });

  test("non-numeric-amount does not call the cell text: it holds a number", () => {
    expect(check(nonNumericAmount, dated(4, 2, "1900-01-25", 26))).toEqual([]);
  });
});

describe("an amount formatted as a date in an .xlsx", () => {
  test("is found at its cell, and the sums use the amount (no false sum errors)", async () => {
    const wb = buildSampleWorkbook();
    const ws = wb.getWorksheet("表3")!;
    let address = "";
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.value === "2080505") {
          const amount = row.getCell(Number(c.col) + 2); // 科目编码 | 科目名称 | 合计
          amount.numFmt = "yyyy/m/d";
          address = amount.address;
        }
      }),
    );
    const snapshot = await loadWorkbookBuffer(new Uint8Array(await wb.xlsx.writeBuffer()), "日期.xlsx");
    const findings = checkWorkbookSync(snapshot).findings.filter((f) => f.sheet === "表3");
    expect(findings.map((f) => [f.ruleId, f.cell, f.expected])).toEqual([["date-formatted-amount", address, money("26.00")]]);
  });

  test("a date-formatted amount in a 1904-dated workbook reads the same number", async () => {
    const wb = buildSampleWorkbook();
    wb.properties.date1904 = true;
    const ws = wb.getWorksheet("表3")!;
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.value === "2080505") row.getCell(Number(c.col) + 2).numFmt = "yyyy-mm-dd";
      }),
    );
    const snapshot = await loadWorkbookBuffer(new Uint8Array(await wb.xlsx.writeBuffer()), "1904.xlsx");
    const found = checkWorkbookSync(snapshot).findings.filter((f) => f.sheet === "表3");
    expect(found.map((f) => [f.ruleId, f.expected, f.actual])).toEqual([["date-formatted-amount", money("26.00"), "1904-01-27"]]);
  });
});
