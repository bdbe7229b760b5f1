/**
 * Fills a FakeWorkbook from an .xlsx through ExcelJS's public API, cell by cell, as Excel would
 * hold it: numbers (dates as serials with their format), text, errors, formulas with their
 * results, number formats, merges, hidden rows and sheets. Independent of the project's loader,
 * so that comparing the two checks the Excel adapter, not the loader against itself.
 */
import ExcelJS from "exceljs";
import { parseRange } from "../../src/model/a1";
import { FakeCell, FakeWorkbook } from "./fake-excel";

export async function fakeExcelFromXlsx(bytes: Uint8Array): Promise<FakeWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const book = new FakeWorkbook();
  for (const ws of wb.worksheets) {
    const sheet = book.addSheet(ws.name, ws.state === "visible" ? "Visible" : ws.state === "veryHidden" ? "VeryHidden" : "Hidden");
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (row.hidden) sheet.hiddenRows.add(rowNumber - 1);
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const fake: FakeCell = { value: excelValue(cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value) };
        if (cell.type === ExcelJS.ValueType.Formula && cell.formula) fake.formula = "=" + cell.formula;
        if (cell.numFmt) fake.numberFormat = cell.numFmt;
        if (fake.value === "" && !fake.formula) return;
        sheet.cells.set(`${rowNumber - 1},${colNumber - 1}`, fake);
      });
    });
    for (const text of (ws.model as unknown as { merges?: string[] }).merges ?? []) {
      const range = parseRange(text);
      if (range) sheet.merges.push(range);
    }
  }
  return book;
}

/** An ExcelJS value as Office.js reports it in `values`. */
function excelValue(v: unknown): unknown {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return 25569 + v.getTime() / 86400000;
  if (typeof v === "object") {
    const o = v as { error?: string; richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (o.error) return { error: o.error };
    if (o.richText) return o.richText.map((r) => r.text).join("");
    if (o.text !== undefined) return excelValue(o.text);
    if ("result" in o) return excelValue(o.result);
    return "";
  }
  return v;
}
