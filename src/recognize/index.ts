import type { WorkbookSnapshot } from "../core/snapshot";
import type { Recognition } from "./model";

/** Recognises every sheet of a workbook (placeholder until the recognizer lands). */
export function recognizeWorkbook(workbook: WorkbookSnapshot): Recognition {
  return {
    tables: [],
    unrecognized: workbook.sheets.map((s, i) => ({ sheet: s.name, sheetIndex: i, titleSeen: "" })),
  };
}
