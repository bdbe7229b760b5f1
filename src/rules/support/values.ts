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
  // Only text cells are cached: numbers and blanks are cheaper to read again than to keep (a cache
  // of a million small objects lives long enough to make every garbage collection slow).
  private readonly textCache: (ParsedValue | undefined)[][][];

  constructor(private readonly workbook: WorkbookSnapshot) {
    this.textCache = workbook.sheets.map(() => []);
  }

  parsed(sheetIndex: number, row: number, col: number): ParsedValue {
    const raw = cellAt(this.workbook.sheets[sheetIndex], row, col);
    if (typeof raw !== "string") return parseValue(raw);
    const rows = this.textCache[sheetIndex];
    const line = rows[row] || (rows[row] = []);
    let p = line[col];
    if (p === undefined) {
      p = parseValue(raw);
      line[col] = p;
    }
    return p;
  }

  amount(sheetIndex: number, row: number, col: number): AmountReading {
    const raw = cellAt(this.workbook.sheets[sheetIndex], row, col);
    if (typeof raw === "number") {
      return Number.isFinite(raw) ? { amount: moneyFromNumber(raw), blank: false, invalid: false } : INVALID;
    }
    if (raw === null) return BLANK;
    const p = this.parsed(sheetIndex, row, col);
    if (p.kind === "empty") return BLANK;
    if (p.kind === "number") return { amount: moneyFromNumber(p.value), blank: false, invalid: false };
    return INVALID;
  }
}
