/**
 * An in-memory workbook (fake-excel.ts, the same one fake-wps.ts opens) saved as .xlsx with
 * ExcelJS: what a workbook the add-in worked on looks like to budget-check and the page.
 * Values, formulas with their results, number formats, merges, hidden rows and sheet visibility.
 */
import ExcelJS from "exceljs";
import type { FakeWorkbook } from "./fake-excel";

const STATE = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

export async function xlsxFromFake(book: FakeWorkbook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of book.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: STATE[sheet.visibility] });
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(",").map(Number);
      const target = ws.getCell(r + 1, c + 1);
      const v = cell.value;
      const value: ExcelJS.CellValue =
        v && typeof v === "object" && "error" in (v as object) ? ({ error: (v as { error: string }).error } as ExcelJS.CellErrorValue) : (v as ExcelJS.CellValue);
      if (cell.formula && cell.formula.startsWith("=") && cell.numberFormat !== "@") target.value = { formula: cell.formula.slice(1), result: value } as ExcelJS.CellFormulaValue;
      else if (value !== "" && value !== null && value !== undefined) target.value = value;
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
    }
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const r of sheet.hiddenRows) ws.getRow(r + 1).hidden = true;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
