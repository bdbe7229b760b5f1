/**
 * The loader takes ExcelJS's parsed model directly (skipping the Worksheet/Cell objects); the
 * public route through a loaded Workbook must give the very same snapshot.
 */
import { parseModel, snapshotFromModel } from "../../src/adapters/xlsx/xlsx-snapshot";
import { sampleBytes } from "../apps/cli/helpers";
import { xlsxBytes } from "./helpers/xlsx";

async function both(bytes: Uint8Array) {
  const fast = snapshotFromModel(await parseModel(bytes), "x.xlsx");
  const full = snapshotFromModel(await parseModel(bytes, { fullWorkbook: true }), "x.xlsx");
  // Merge order may differ between the routes; it carries no meaning.
  const byMerge = (s: typeof fast) => s.sheets.map((sh) => ({ ...sh, merges: [...sh.merges].sort((a, b) => a.top - b.top || a.left - b.left) }));
  return { fast: byMerge(fast), full: byMerge(full) };
}

describe("model routes", () => {
  it("agree on a workbook with every kind of cell", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("混合");
      ws.getCell("A1").value = "标题";
      ws.mergeCells("A1:E1");
      ws.getCell("A2").value = { richText: [{ text: "富" }, { text: "文本" }] };
      ws.getCell("B2").value = { error: "#N/A" };
      ws.getCell("C2").value = new Date(Date.UTC(2024, 1, 29));
      ws.getCell("D2").value = { text: "链接", hyperlink: "https://example.org/" };
      ws.getCell("E2").value = true;
      ws.getCell("A3").value = 1.25;
      ws.getCell("B3").value = { formula: "A3*2", result: 2.5 };
      ws.getCell("C3").value = { formula: "A3*3" } as never;
      ws.getCell("D3").value = { formula: "A3+1", result: 2.25, shareType: "shared", ref: "D3:D5" } as never;
      ws.getCell("D4").value = { sharedFormula: "D3", result: 0 };
      ws.getCell("D5").value = { sharedFormula: "D3", result: 0 };
      ws.getRow(5).hidden = true;
      wb.addWorksheet("藏", { state: "veryHidden" }).getCell("B2").value = 7;
      wb.addWorksheet("空");
    });
    const { fast, full } = await both(bytes);
    expect(full).toEqual(fast);
    expect(fast[0].formulas["4,3"]).toBe("A5+1");
  });

  it("agree on the sample tables", async () => {
    const { fast, full } = await both(await sampleBytes());
    expect(full).toEqual(fast);
  });
});
