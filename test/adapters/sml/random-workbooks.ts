/**
 * Random workbooks written by ExcelJS for the differential test: values of every kind, number
 * formats (dates, percentages, rounding), formulas with and without results, shared formulas,
 * hyperlinks, merges, hidden rows and columns, hidden and very hidden sheets, 1904 dates.
 * Seeded, so a failure names the workbook that shows it.
 */
import ExcelJS from "exceljs";

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FORMATS = ["0.00", "#,##0", "#,##0.00", "0%", "0.0%", "yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "m/d/yy", "@", "#,##0.00;[Red]-#,##0.00", "General", '"¥"#,##0.00', "0.000", "h:mm", "[$-804]yyyy/m/d"];
const TEXTS = ["合计", "一般公共预算拨款收入", " 前后空格 ", "a&b<c>\"d'", "line\nbreak", "208", "—", "１２３４．５", "77.32%", "=not a formula", "_x000D_ kept", "Tab\there", "😀 emoji"];
const ERRORS = ["#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"];
const STATES: ExcelJS.WorksheetState[] = ["visible", "visible", "visible", "hidden", "veryHidden"];

export async function randomWorkbook(seed: number): Promise<Uint8Array> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const wb = new ExcelJS.Workbook();
  if (r() < 0.15) (wb.properties as { date1904?: boolean }).date1904 = true;
  const sheetCount = int(1, 4);
  for (let s = 0; s < sheetCount; s++) {
    const ws = wb.addWorksheet(`表${s + 1}${r() < 0.3 ? " & <附>" : ""}`, { state: s === 0 ? "visible" : pick(STATES) });
    const rows = int(1, 25);
    const cols = int(1, 10);
    const used = new Set<string>();
    for (let row = 1; row <= rows; row++) {
      for (let col = 1; col <= cols; col++) {
        if (r() < 0.3) continue;
        const cell = ws.getCell(row, col);
        used.add(`${row},${col}`);
        const kind = r();
        if (kind < 0.35) cell.value = r() < 0.5 ? int(-100000, 10000000) : Math.round((r() - 0.3) * 1e8) / 100 + (r() < 0.2 ? 0.0049 : 0);
        else if (kind < 0.55) cell.value = pick(TEXTS);
        else if (kind < 0.6) cell.value = r() < 0.5;
        else if (kind < 0.63) cell.value = { error: pick(ERRORS) } as ExcelJS.CellErrorValue;
        else if (kind < 0.68) cell.value = new Date(Date.UTC(int(1990, 2030), int(0, 11), int(1, 28), r() < 0.3 ? int(0, 23) : 0));
        else if (kind < 0.72) cell.value = { richText: [{ text: "富", font: { bold: true } }, { text: pick(TEXTS) }] };
        else if (kind < 0.82) {
          const result = r() < 0.2 ? undefined : r() < 0.7 ? int(0, 100000) / 100 : r() < 0.5 ? pick(TEXTS) : r() < 0.5 ? true : { error: pick(ERRORS) };
          cell.value = { formula: r() < 0.5 ? `SUM(A1:A${row})` : `IF(B${row}>0,"是","否")`, result } as ExcelJS.CellFormulaValue;
        } else if (kind < 0.86) cell.value = { text: pick(TEXTS), hyperlink: "https://example.org/x?a=1&b=2" };
        else if (kind < 0.88) cell.value = { text: String(int(0, 99)), hyperlink: "#'表1'!A1" };
        else cell.value = null;
        if (r() < 0.45) cell.numFmt = pick(FORMATS);
      }
    }
    // A shared formula down a column, as ExcelJS writes one (master with ref, sharers by si).
    if (rows >= 3 && r() < 0.5) {
      const col = cols + 5; // right of any merge below
      const master = ws.getCell(1, col);
      master.value = { formula: `A1*2+$B$1`, result: 2, shareType: "shared", ref: `${colName(col)}1:${colName(col)}${rows}` } as unknown as ExcelJS.CellFormulaValue;
      if (r() < 0.5) master.numFmt = pick(FORMATS);
      for (let row = 2; row <= rows; row++) {
        ws.getCell(row, col).value = { sharedFormula: `${colName(col)}1`, result: r() < 0.7 ? row * 2 : undefined } as unknown as ExcelJS.CellSharedFormulaValue;
      }
    }
    for (let i = int(0, 3); i > 0; i--) {
      const top = int(1, rows + 3);
      const left = int(1, cols + 2);
      const bottom = top + int(0, 2);
      const right = left + int(0, 2);
      let free = true;
      for (let a = top; a <= bottom && free; a++) for (let b = left; b <= right; b++) if (used.has(`m${a},${b}`)) free = false;
      if (!free) continue;
      for (let a = top; a <= bottom; a++) for (let b = left; b <= right; b++) used.add(`m${a},${b}`);
      try {
        ws.mergeCells(top, left, bottom, right);
      } catch {
        // overlapping merge: skip
      }
    }
    for (let row = 1; row <= rows + 2; row++) if (r() < 0.1) ws.getRow(row).hidden = true;
    for (let col = 1; col <= cols; col++) if (r() < 0.1) ws.getColumn(col).hidden = true;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function colName(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
