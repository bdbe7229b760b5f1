/**
 * Cached, parsed cell values for rules. Each cell is parsed at most once per check, whatever
 * the number of rules that read it.
 */
import type { WorkbookSnapshot } from "../../core/snapshot";
import { cellAt } from "../../core/snapshot";
import { ParsedValue, parseValue } from "../../core/values";
import { Money, moneyFromNumber } from "../../core/money";

export interface AmountReading {
  /** The amount used in sums: 0 for blank or non-numeric cells. */
  amount: Money;
  /** Blank (or a dash meaning nothing). */
  blank: boolean;
  /** Text that is not a number, or an error value. */
  invalid: boolean;
}

const BLANK: AmountReading = { amount: 0, blank: true, invalid: false };
const INVALID: AmountReading = { amount: 0, blank: false, invalid: true };

export class ValueReader {
  // Row-major caches per sheet (arrays, not maps: a large check reads a million cells).
  private readonly parsedCache: (ParsedValue | undefined)[][][];
  private readonly amountCache: (AmountReading | undefined)[][][];

  constructor(private readonly workbook: WorkbookSnapshot) {
    this.parsedCache = workbook.sheets.map(() => []);
    this.amountCache = workbook.sheets.map(() => []);
  }

  parsed(sheetIndex: number, row: number, col: number): ParsedValue {
    const rows = this.parsedCache[sheetIndex];
    const line = rows[row] || (rows[row] = []);
    let p = line[col];
    if (p === undefined) {
      p = parseValue(cellAt(this.workbook.sheets[sheetIndex], row, col));
      line[col] = p;
    }
    return p;
  }

  amount(sheetIndex: number, row: number, col: number): AmountReading {
    const rows = this.amountCache[sheetIndex];
    const line = rows[row] || (rows[row] = []);
    let a = line[col];
    if (a === undefined) {
      const p = this.parsed(sheetIndex, row, col);
      if (p.kind === "empty") a = BLANK;
      else if (p.kind === "number") a = { amount: moneyFromNumber(p.value), blank: false, invalid: false };
      else a = INVALID;
      line[col] = a;
    }
    return a;
  }
}
