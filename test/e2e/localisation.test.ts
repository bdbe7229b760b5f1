/**
 * Error localisation end to end through the .xlsx path: one planted mistake in each kind of
 * identity gives exactly one error, at the planted cell, with the original value as 应为; two
 * independent mistakes in one table give two; a mistake in one of two tables that each balance
 * gives one tie naming both. Errors are counted against the unplanted workbook (the sample's goal
 * tables have real errors of their own).
 */
import type ExcelJS from "exceljs";
import { checkWorkbookSync } from "../../src/engine/check";
import type { Finding } from "../../src/model/findings";
import { formatMoney, moneyFromNumber } from "../../src/model/money";
import { renderFigure, renderMessage } from "../../src/present/render";
import { buildSampleWorkbook } from "../../scripts/fixtures/sample";
import { snapshotOf } from "../fixtures/snapshot";
import { LOCATED_PLANTS, plant } from "../fixtures/located";

const key = (f: Finding) => `${f.ruleId}@${f.sheet}!${f.cell}`;

async function newErrors(base: () => ExcelJS.Workbook, planted: ExcelJS.Workbook, locate = true): Promise<Finding[]> {
  const before = new Set(checkWorkbookSync(await snapshotOf(base())).findings.filter((f) => f.severity === "error").map(key));
  return checkWorkbookSync(await snapshotOf(planted), { locate }).findings.filter((f) => f.severity === "error" && !before.has(key(f)));
}

describe("error localisation on planted mistakes", () => {
  it.each(LOCATED_PLANTS.map((p) => [p.kind, p] as const))("%s: one error, at the planted cell, with the original value", async (_, p) => {
    const { workbook, cell, original } = plant(p);
    const errors = await newErrors(p.build, workbook);
    expect(errors.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`${p.sheet}!${cell}`]);
    expect(renderFigure(errors[0].expected, "zh-CN")).toBe(formatMoney(moneyFromNumber(original)));
    expect(renderFigure(errors[0].actual, "zh-CN")).toBe(formatMoney(moneyFromNumber(p.value)));
    expect(errors[0].data.expected).toEqual(errors[0].expected);
    // The identities it broke are related cells of the one finding, not findings of their own.
    expect(errors[0].related.length).toBeGreaterThan(0);
    if (p.transposed) expect(errors[0].data.transposed).toMatchObject({ msg: "locate.transposed" });
    else expect(errors[0].data.transposed).toBe("");
  });

  it("two independent mistakes in one table give two errors, each at its cell", async () => {
    const workbook = buildSampleWorkbook();
    const ws = workbook.getWorksheet("表3")!;
    ws.getCell("E18").value = 21; // 2101101 基本支出, was 19
    ws.getCell("F22").value = 33; // 2101504 项目支出, was 32
    const errors = await newErrors(buildSampleWorkbook, workbook);
    expect(errors.map((f) => [f.cell, renderFigure(f.expected, "zh-CN")])).toEqual([
      ["E18", "19.00"],
      ["F22", "32.00"],
    ]);
  });

  it("a mistake carried through one table's totals (each table balances) is one tie naming both tables", async () => {
    // 基本支出表 30108 raised from 26 to 27 with its 301 and 合计 rows: the table balances, but its
    // total no longer equals the 一般公共预算支出表's 基本支出 total.
    const workbook = buildSampleWorkbook();
    const ws = workbook.getWorksheet("基本支出")!;
    for (const [cell, v] of [
      ["D12", 27],
      ["E12", 27],
      ["D7", 272.9],
      ["E7", 272.9],
      ["D6", 299.8],
      ["E6", 275.9],
    ] as const)
      ws.getCell(cell).value = v;
    const errors = await newErrors(buildSampleWorkbook, workbook);
    expect(errors).toHaveLength(1);
    expect(["locate.tie", "locate.tieTables"]).toContain(errors[0].messageId);
    expect(renderMessage(errors[0], "zh-CN")).toContain("05一般公共预算支出!");
    expect(`${errors[0].sheet}!${errors[0].cell}`).toBe("基本支出!D6");
  });

  it("without localisation the same plants give several errors each (the count the closing note compares)", async () => {
    const counts: number[] = [];
    for (const p of LOCATED_PLANTS) {
      const { workbook } = plant(p);
      counts.push((await newErrors(p.build, workbook, false)).length);
    }
    process.stdout.write(`errors per planted mistake without localisation: ${LOCATED_PLANTS.map((p, i) => `${p.kind} ${counts[i]}`).join("; ")}\n`);
    expect(counts.some((n) => n > 1)).toBe(true);
  });
});
