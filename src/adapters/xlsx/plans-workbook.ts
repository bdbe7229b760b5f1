/**
 * A new workbook made of WritePlans (budget-goals: the generated goal tables, the self-evaluation
 * tables), laid out as the hosts write them: text as text (never a formula), numbers with the
 * amount format, bold title and header rows, merges, and the cells left for the user filled light
 * yellow. Browser-safe: returns bytes.
 */
import ExcelJS from "exceljs";
import { cellFormat, TO_FILL_COLOR, type WritePlan } from "../../model/write-plan";
import { safeText } from "./annotate";

const THIN = { style: "thin" as const };

export async function plansWorkbook(plans: readonly WritePlan[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const plan of plans) addPlanSheet(workbook, plan);
  const out = await workbook.xlsx.writeBuffer();
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}

function addPlanSheet(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  const sheet = workbook.addWorksheet(plan.name);
  const width = plan.rows.length ? plan.rows[0].length : 0;
  const bold = new Set(plan.boldRows);
  plan.rows.forEach((line, r) => {
    const row = sheet.getRow(r + 1);
    line.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      if (typeof v === "number") {
        cell.value = v;
        cell.numFmt = cellFormat(plan, r, c);
      } else if (v !== "") {
        cell.value = safeText(v);
        cell.numFmt = "@";
      }
      cell.alignment = { vertical: "middle", wrapText: true };
      if (r > 0) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      if (bold.has(r)) cell.font = { bold: true };
    });
  });
  for (const m of plan.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  const argb = `FF${TO_FILL_COLOR.slice(1)}`;
  for (const a1 of plan.highlights ?? []) sheet.getCell(a1).fill = { type: "pattern", pattern: "solid", fgColor: { argb } };
  for (let c = 1; c <= width; c++) {
    let longest = 6;
    for (const line of plan.rows) {
      const v = line[c - 1];
      if (typeof v === "string" && v.length < 40) longest = Math.max(longest, v.length * 2);
    }
    sheet.getColumn(c).width = Math.min(40, longest + 2);
  }
}
