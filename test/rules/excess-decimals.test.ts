import { excessDecimals } from "../../src/rules/hygiene/excess-decimals";
import { a1Row, check, codedFixture, functionBody, Row, withCell } from "./helpers/codes-hygiene";
import { money, say } from "../support/text";

describe("excess-decimals", () => {
  test("passes seed 001's two-decimal amounts, float noise from formulas and text with trailing zeros", () => {
    let body = withCell(functionBody(), 5, 2, 0.1 + 0.2 + 1.6); // 1.9000000000000001
    body = withCell(body, 6, 2, "0.900");
    expect(check(excessDecimals, codedFixture(body))).toEqual([]);
  });

  test("an amount with three decimals in a two-decimal table is a warning", () => {
    const findings = check(excessDecimals, codedFixture(withCell(functionBody(), 3, 2, 3.005)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "excess-decimals",
      severity: "warning",
      cell: `C${a1Row(3)}`,
      actual: "3.005",
      expected: money("3.01"),
      table: "expenditure",
    });
    expect(say(findings[0])).toBe("金额 3.005 有 3 位小数，本表金额保留 2 位小数");
  });

  test("a four-decimal table (most fractional amounts use 3–4 decimals) allows four", () => {
    const body: Row[] = [
      ["合计", null, 534.8012],
      ["2080501", "行政单位离退休", 3.0125],
      ["2080505", "机关事业单位基本养老保险缴费支出", 26.4567],
      ["2101101", "行政单位医疗", 109.123],
      ["2101501", "行政运行", 244.90001],
      ["2210201", "住房公积金", 25.5],
    ];
    const findings = check(excessDecimals, codedFixture(body, { header: ["科目编码", "科目名称", "合计"] }));
    expect(findings).toHaveLength(1);
    expect(findings[0].cell).toBe(`C${a1Row(4)}`);
    expect(say(findings[0])).toBe("金额 244.90001 有 5 位小数，本表金额保留 4 位小数");
  });

  test("numbers written as text count too: a text 3.005 is reported, and text amounts decide a four-decimal table like numbers do", () => {
    const text = check(excessDecimals, codedFixture(withCell(functionBody(), 3, 2, "3.005")));
    expect(text).toHaveLength(1);
    expect(text[0]).toMatchObject({ cell: `C${a1Row(3)}`, actual: "3.005", expected: money("3.01") });

    const body: Row[] = [
      ["合计", null, 534.8012],
      ["2080501", "行政单位离退休", "3.0125"],
      ["2080505", "机关事业单位基本养老保险缴费支出", "26.4567"],
      ["2101101", "行政单位医疗", 109.123],
      ["2101501", "行政运行", 244.90001],
      ["2210201", "住房公积金", 25.5],
    ];
    const findings = check(excessDecimals, codedFixture(body, { header: ["科目编码", "科目名称", "合计"] }));
    expect(findings.map((f) => f.cell)).toEqual([`C${a1Row(4)}`]);
  });

  test("a cell covered by a merge is not read (only the merge's top-left cell holds the value)", () => {
    // C(row 3)..C(row 4) merged: the 1.2345 under the merge is not an amount of the table.
    const top = a1Row(3) - 1;
    const body = withCell(withCell(functionBody(), 3, 2, 3.005), 4, 2, 1.2345);
    const fixture = codedFixture(body, { merges: [{ top, left: 2, bottom: top + 1, right: 2 }] });
    expect(check(excessDecimals, fixture).map((f) => f.cell)).toEqual([`C${a1Row(3)}`]);
  });
});
