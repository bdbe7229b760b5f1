/**
 * One workbook state, readable everywhere: explanations (审核说明) and saved fills live in one very
 * hidden sheet whose format is defined once (model/workbook-state.ts). What Excel writes, WPS and
 * budget-check read, and the other way round; old Excel settings move to the sheet; the sheet is
 * never checked, shown or reported.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { createExcelPort, ExcelRun } from "../../src/adapters/excel/excel-port";
import type { EtApplication } from "../../src/adapters/wps/et-model";
import { createWpsPort } from "../../src/adapters/wps/wps-port";
import { checkXlsxBytes } from "../../src/adapters/xlsx/check-bytes";
import { main } from "../../src/apps/cli/main";
import type { JsonOutput } from "../../src/apps/cli/format-json";
import { checkWorkbookSync } from "../../src/engine/check";
import type { Finding } from "../../src/model/findings";
import { findingKey } from "../../src/model/host-port";
import { parseState, STATE_SHEET, STATE_WIDTH, stateRows } from "../../src/model/workbook-state";
import { buildSampleWorkbook } from "../../scripts/fixtures/sample";
import { FakeWorkbook } from "../support/fake-excel";
import { fakeExcelFromXlsx } from "../support/fake-excel-from-xlsx";
import { xlsxFromFake } from "../support/fake-workbook-xlsx";
import { FakeWps } from "../support/fake-wps";
import { readBack } from "./helpers/xlsx";
import { fakeIo } from "../apps/cli/helpers";

jest.setTimeout(180_000);

const excelOf = (book: FakeWorkbook) => createExcelPort(book.run as unknown as ExcelRun, { mergedAreas: true, visibleCells: true });
const wpsOf = (book: FakeWorkbook) => createWpsPort(() => new FakeWps(book) as unknown as EtApplication);

/** The bundled sample as Excel would hold it, and one warning its check reports. */
async function sampleWithWarning(): Promise<{ book: FakeWorkbook; warning: Finding }> {
  const book = await fakeExcelFromXlsx(new Uint8Array(await buildSampleWorkbook().xlsx.writeBuffer()));
  const { findings } = checkWorkbookSync(await excelOf(book).readWorkbook());
  const warning = findings.find((f) => f.severity === "warning" && f.cell);
  if (!warning) throw new Error("the sample has no warning");
  return { book, warning };
}

describe("the state sheet's format", () => {
  it("round-trips notes and fills, splits long values over cells, and reads older WPS entries", () => {
    const state = { savedFills: [{ sheet: "表1", cell: "B2", color: null, mark: "#FFC7CE" }], notes: { k: "说明".repeat(20_000) } };
    const rows = stateRows(state);
    expect(rows.map((r) => [r[0], r.length])).toEqual([
      ["savedFills", STATE_WIDTH],
      ["notes", STATE_WIDTH],
    ]);
    expect(rows[1].filter(Boolean).length).toBe(3); // key + two 30,000-character chunks
    expect(parseState(rows)).toEqual(state);
    // WPS before this format: BGR colour numbers, xlNone for "no fill".
    const old = [["savedFills", JSON.stringify([{ sheet: "表1", cell: "A1", color: 16777215, pattern: -4142, mark: 13551615 }, { sheet: "表1", cell: "A2", color: 65280, pattern: 1, mark: 13551615 }])]];
    expect(parseState(old).savedFills).toEqual([
      { sheet: "表1", cell: "A1", color: null, mark: "#FFC7CE" },
      { sheet: "表1", cell: "A2", color: "#00FF00", mark: "#FFC7CE" },
    ]);
    expect(parseState([["notes", "{broken"], ["savedFills", "[]"]])).toEqual({ savedFills: [], notes: {} });
  });
});

describe("an explanation travels between Excel, WPS and budget-check", () => {
  it("written in Excel: WPS shows it, budget-check lists it apart (text, JSON, summary) and does not count it", async () => {
    const { book, warning } = await sampleWithWarning();
    const key = findingKey(warning);
    await excelOf(book).saveNotes({ [key]: "按本地口径不是问题" });
    expect(book.sheets.filter((s) => s.name === STATE_SHEET).map((s) => s.visibility)).toEqual(["VeryHidden"]);
    // WPS reads the same sheet.
    expect(await wpsOf(book).loadNotes()).toEqual({ [key]: "按本地口径不是问题" });
    // Neither host reads the state sheet as a table.
    expect((await excelOf(book).readWorkbook()).sheets.some((s) => s.name === STATE_SHEET)).toBe(false);
    expect((await wpsOf(book).readWorkbook()).sheets.some((s) => s.name === STATE_SHEET)).toBe(false);

    // Saved as .xlsx and checked by budget-check.
    const dir = mkdtempSync(path.join(tmpdir(), "ys-state-"));
    try {
      const file = path.join(dir, "已说明.xlsx");
      writeFileSync(file, await xlsxFromFake(book));
      const summary = path.join(dir, "汇总.xlsx");
      const json = fakeIo();
      await main(["--format", "json", "--summary", summary, file], json.io);
      const out = (JSON.parse(json.stdout()) as JsonOutput).files[0];
      expect(out.explained).toEqual([expect.objectContaining({ ruleId: warning.ruleId, sheet: warning.sheet, cell: warning.cell, note: "按本地口径不是问题" })]);
      expect(out.findings.some((f) => f.ruleId === warning.ruleId && f.sheet === warning.sheet && f.cell === warning.cell)).toBe(false);
      const plain = checkWorkbookSync(await excelOf(book).readWorkbook()).findings.filter((f) => f.severity === "warning").length;
      expect(out.counts.warning).toBe(plain - 1);
      // The state sheet is neither a table nor an unrecognised sheet.
      expect(out.tables.some((tb) => tb.sheet === STATE_SHEET)).toBe(false);
      expect(out.findings.some((f) => f.sheet === STATE_SHEET)).toBe(false);
      // The summary lists it on its own sheet, and counts one warning fewer.
      const wb = await readBack(new Uint8Array(readFileSync(summary)));
      expect(wb.worksheets.map((w) => w.name)).toEqual(["文件汇总", "问题清单", "已说明"]);
      const explained = wb.getWorksheet("已说明")!;
      expect(explained.getRow(2).getCell(5).value).toBe(warning.cell);
      expect(explained.getRow(2).getCell(explained.getRow(1).cellCount).value).toBe("按本地口径不是问题");
      expect(wb.getWorksheet("文件汇总")!.getRow(2).getCell(5).value).toBe(plain - 1);
      // Text: listed apart, after the counted ones.
      const text = fakeIo();
      await main([file], text.io);
      expect(text.stdout()).toMatch(/已说明的警告和提示（1 条，不计入上面的个数）/);
      expect(text.stdout()).toMatch(/说明：按本地口径不是问题/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("written in WPS: Excel shows it and the .xlsx check sets it apart", async () => {
    const { book, warning } = await sampleWithWarning();
    const key = findingKey(warning);
    await wpsOf(book).saveNotes({ [key]: "已核实" });
    expect(await excelOf(book).loadNotes()).toEqual({ [key]: "已核实" });
    const report = await checkXlsxBytes(await xlsxFromFake(book), "wps.xlsx", { locale: "zh-CN" });
    expect(report.explained).toEqual([{ finding: expect.objectContaining({ ruleId: warning.ruleId, cell: warning.cell }), note: "已核实" }]);
    expect(report.findings.map(findingKey)).not.toContain(key);
  });

  it("highlights in Excel are cleared in WPS back to exactly the fills that were there", async () => {
    const book = new FakeWorkbook();
    const s = book.addSheet("收入总表");
    s.cells.set("0,0", { value: 1 });
    s.cells.set("1,0", { value: 2, fill: "#00FF00" });
    await excelOf(book).highlight([
      { sheet: "收入总表", cell: "A1", severity: "error" },
      { sheet: "收入总表", cell: "A2", severity: "warning" },
    ]);
    expect(book.cell("收入总表", "A1")?.fill).toBeDefined();
    expect(await wpsOf(book).clearHighlights()).toBe(2);
    expect(book.cell("收入总表", "A1")?.fill).toBeUndefined();
    expect(book.cell("收入总表", "A2")?.fill).toBe("#00FF00");
  });
});

describe("Excel state kept in the add-in's settings by older versions", () => {
  it("moves to the state sheet on first use, so WPS and the file tools see it", async () => {
    const book = new FakeWorkbook();
    book.addSheet("收入总表").cells.set("0,0", { value: 1, fill: "#FFC7CE" });
    book.settings.set("ys.notes", JSON.stringify({ "k|收入总表|A1|x": "旧说明" }));
    book.settings.set("ys.highlight.savedFills", JSON.stringify([{ sheet: "收入总表", cell: "A1", color: null, mark: "#FFC7CE" }]));
    expect(await excelOf(book).loadNotes()).toEqual({ "k|收入总表|A1|x": "旧说明" });
    expect(book.settings.size).toBe(0);
    expect(await wpsOf(book).loadNotes()).toEqual({ "k|收入总表|A1|x": "旧说明" });
    // The saved fill moved too: WPS restores "no fill".
    expect(await wpsOf(book).clearHighlights()).toBe(1);
    expect(book.cell("收入总表", "A1")?.fill).toBeUndefined();
  });
});
