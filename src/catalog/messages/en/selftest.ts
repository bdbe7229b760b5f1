import type { selftest as zh } from "../zh-CN/selftest";

export const selftest: Record<keyof typeof zh, string> = {
  "selftest.heading": "Diagnostics (WPS)",
  "selftest.intro": "Writes a few kinds of cells into a temporary new workbook, reads them back as the pane does, and checks what this WPS returns; the temporary workbook is closed without saving and yours is not touched. If anything shows ✗, send the text below to the developers.",
  "selftest.run": "Run the self-test",
  "selftest.running": "Running the self-test…",
  "selftest.done": "Self-test done: {passed}/{total} passed.",
  "selftest.singleValue": "A single cell's Value2 reads as one value",
  "selftest.emptyValue": "An empty cell reads as empty",
  "selftest.text": "A text cell",
  "selftest.error": "An error value (=1/0) reads as #DIV/0!",
  "selftest.date": "A date-formatted cell reads as a date, keeping its serial",
  "selftest.merge": "Merged cells A2:C2",
  "selftest.hiddenRow": "Hidden row 3",
  "selftest.fill": "Highlight fill",
  "selftest.noFill": "No fill after clearing the highlight",
  "selftest.sheetAdded": "The report sheet is added last",
  "selftest.textNotFormula": "Text starting with \"=\" is written as text, not a formula",
  "selftest.failed": "The self-test stopped",
};
