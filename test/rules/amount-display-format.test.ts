import { amountDisplayFormat } from "../../src/rules/hygiene/amount-display-format";
import { checkWorkbookSync } from "../../src/engine/check";
import { loadWorkbookBuffer } from "../../src/adapters/xlsx/load";
import { buildSampleWorkbook } from "../../scripts/fixtures/sample";
import { BODY_TOP, a1Row, check, codedFixture, functionBody } from "./helpers/codes-hygiene";
import { money, say } from "../support/text";

/** The fixture with the given body cells (i, col) displayed as `text`. */
function shownAs(cells: [number, number, string][]) {
  const fixture = codedFixture(functionBody());
  fixture.workbook.sheets[0].shown = Object.fromEntries(cells.map(([i, col, text]) => [`${BODY_TOP + i},${col}`, text]));
  return fixture;
}

describe("amount-display-format", () => {
  test("passes a table whose cells show their numbers", () => {
    expect(check(amountDisplayFormat, codedFixture(functionBody()))).toEqual([]);
  });

  test("an amount shown without its decimals is a warning with both figures", () => {
    // 208 合计 34.9 under "#,##0" is published as 35.
    const [finding, ...rest] = check(amountDisplayFormat, shownAs([[1, 2, "35"]]));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: "amount-display-format", severity: "warning", cell: `C${a1Row(1)}`, expected: money("34.90"), actual: "35" });
    expect(say(finding)).toBe(
      "金额单元格的格式只显示 0 位小数：显示为“35”，实际数值是 34.90；公开的表格显示取整后的数，合计在纸面上可能对不上，请把小数位数设为两位",
    );
  });

  test("an amount shown as a percentage is an error", () => {
    const [finding] = check(amountDisplayFormat, shownAs([[1, 2, "3490%"]]));
    expect(finding).toMatchObject({ severity: "error", actual: "3490%", expected: money("34.90") });
    expect(say(finding)).toContain("设置成了百分比格式");
  });

  test("a two-decimal display of a longer number is left to excess-decimals; code and name columns are not amounts", () => {
    expect(check(amountDisplayFormat, shownAs([[1, 2, "34.90"], [1, 0, "208"], [1, 1, "35"]]))).toEqual([]);
  });
});

describe("number formats in an .xlsx", () => {
  test("are read by the loader and reported at their cells; the sums still use the numbers", async () => {
    const wb = buildSampleWorkbook();
    const ws = wb.getWorksheet("表3")!;
    const cells: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.value === "208" || c.value === "2080505") {
          const amount = row.getCell(Number(c.col) + 2); // 合计: 34.90 and 26.00
          amount.numFmt = c.value === "208" ? "#,##0" : "0%";
          cells.push(amount.address);
        }
      }),
    );
    const snapshot = await loadWorkbookBuffer(new Uint8Array(await wb.xlsx.writeBuffer()), "格式.xlsx");
    const findings = checkWorkbookSync(snapshot).findings.filter((f) => f.sheet === "表3");
    // 26.00 under "#,##0" would show 26: nothing hidden. Under "0%" it shows 2600%.
    expect(findings.map((f) => [f.ruleId, f.severity, f.cell, f.actual])).toEqual([
      ["amount-display-format", "warning", cells[0], "35"],
      ["amount-display-format", "error", cells[1], "2600%"],
    ]);
  });
});
