import type { rulesHygiene as zh } from "../zh-CN/rulesHygiene";

export const rulesHygiene: Record<keyof typeof zh, string> = {
  "rule.text-number.description": "Amount cells hold numbers, not numbers stored as text",
  "rule.text-number.message": "The amount is stored as text (\"{text}\") and is read as {value}; make it a number",
  "rule.date-formatted-amount.description": "Amount cells are not formatted as dates (the published table would show a date)",
  "rule.date-formatted-amount.message": "The amount cell is formatted as a date and shows \"{shown}\"; the number in it is {value} (used in the sums); format the cell as a number",
  "rule.excess-decimals.description": "Amounts have no more decimals than the table is published with (two, or four in four-decimal tables)",
  "rule.excess-decimals.message": "Amount {value} has {decimals} decimals; this table's amounts have {limit}",
  "rule.negative-amount.description": "Amount columns of the budget disclosure tables hold no negative amounts",
  "rule.negative-amount.message": "Negative amount ({value}); amount columns of the budget disclosure tables hold no negative amounts",
  "rule.non-numeric-amount.description": "Amount cells hold a number or nothing, not text or an error value; formulas have a result",
  "rule.non-numeric-amount.message.text": "The amount cell holds the text \"{text}\", not a number",
  "rule.non-numeric-amount.message.error": "The amount cell shows the error value {code}; check the formula and its references",
  "rule.non-numeric-amount.message.percent": "The amount cell holds the percentage \"{text}\", not an amount",
  "rule.non-numeric-amount.message.noResult": "The formula has no calculated result; recalculate in Excel and save",
  "rule.empty-table-note.description": "A table without data is published empty with a note (e.g. “注：无政府性基金预算财政拨款预算，空表列示”)",
  "rule.empty-table-note.message":
    "This table has no amounts and no note saying why; a table without data is published empty with a note (e.g. “注：无……预算，空表列示”)",
  "rule.title-wording.description": "Table titles use the standard wording (e.g. 政府性基金, not 政府基金)",
  "rule.title-wording.message": "“{variant}” in the table title is not the standard wording; use “{standard}”",
  "rule.merged-amount-cells.description": "Merged cells over amount columns: only the top-left cell has a value; the other rows read as blank",
  "rule.merged-amount-cells.message": "Amount cells {range} are merged; only the top-left value counts. Unmerge and fill each row",
  "rule.hidden-rows.description": "Hidden rows in a table body, and tables on a hidden sheet, are still checked and summed but do not print",
  "rule.hidden-rows.message.sheet": "The sheet \"{sheet}\" is hidden; its table is still checked. Check whether it should be published",
  "rule.hidden-rows.message": "{count} hidden row(s) in this table (rows {rows}) still count in the totals; check they should be published",
};
