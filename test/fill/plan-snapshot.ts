/** WritePlans as the checker would read them once a host has written them (test helper). */
import type { CellValue, WorkbookSnapshot } from "../../src/model/snapshot";
import { sheetFromRows } from "../../src/model/snapshot";
import type { WritePlan } from "../../src/model/write-plan";
import { parseA1 } from "../../src/model/a1";

/** `edit` may change a copy of the rows; "" is a blank cell. */
export function snapshotOfPlans(plans: readonly WritePlan[], edit: (sheet: string, rows: (string | number)[][]) => void = () => undefined): WorkbookSnapshot {
  return {
    source: "生成.xlsx",
    sheets: plans.map((plan) => {
      const copy = plan.rows.map((r) => [...r]);
      edit(plan.name, copy);
      const rows: CellValue[][] = copy.map((line) => line.map((v) => (v === "" ? null : v)));
      return sheetFromRows(plan.name, rows, { merges: plan.merges });
    }),
  };
}

/** Writes values into A1 cells of a plan's rows (what a user types into the blanks). */
export function typeInto(rows: (string | number)[][], values: Record<string, string | number>): void {
  for (const [cell, value] of Object.entries(values)) {
    const at = parseA1(cell);
    if (!at) throw new Error(cell);
    rows[at.row][at.col] = value;
  }
}
