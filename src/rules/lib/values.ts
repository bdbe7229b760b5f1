/**
 * Cached, parsed cell values for rules. Each cell is parsed at most once per check, whatever
 * the number of rules that read it.
 */
import type { CellValue, WorkbookSnapshot } from "../../model/snapshot";
import { cellAt, dateSerialAt, formulaAt } from "../../model/snapshot";
import { ParsedValue, parseValue } from "../../model/values";
import { Money, moneyFromNumber } from "../../model/money";
import type { Table, Unit } from "../../recognize/model";
import { RunMemo } from "./memo";

export interface AmountReading {
  /** The amount used in sums: 0 for blank or non-numeric cells. */
  amount: Money;
  /** Blank (or a dash meaning nothing). */
  blank: boolean;
  /** Text that is not a number, or an error value. */
  invalid: boolean;
}

/** Unit factors of two tables in the same (or an unknown) unit. */
export const SAME_UNIT: readonly [number, number] = [1, 1];
const WAN_AND_YUAN: readonly [number, number] = [10000, 1];
const YUAN_AND_WAN: readonly [number, number] = [1, 10000];

const BLANK: AmountReading = { amount: 0, blank: true, invalid: false };
const INVALID: AmountReading = { amount: 0, blank: false, invalid: true };

export class ValueReader {
  // Only text cells are cached: numbers and blanks are cheaper to read again than to keep (a cache
  // of a million small objects lives long enough to make every garbage collection slow).
  private readonly textCache: (ParsedValue | undefined)[][][];

  /** Data the rules derive once per check run (see memo.ts), by key and kind; it goes with the reader. */
  readonly memo = new RunMemo();

  /** Per sheet, the money unit of its tables (undefined when unknown or mixed). */
  private readonly units: (Unit | undefined)[] = [];

  /** Per sheet, whether it has any formula (most exported sheets have none). */
  private readonly withFormulas: boolean[];

  /** Per sheet, whether any cell is shown as a date (see SheetSnapshot.dates). */
  private readonly withDates: boolean[];

  constructor(private readonly workbook: WorkbookSnapshot) {
    this.textCache = workbook.sheets.map(() => []);
    this.withFormulas = workbook.sheets.map((s) => !!s.formulas && Object.keys(s.formulas).length > 0);
    this.withDates = workbook.sheets.map((s) => !!s.dates && Object.keys(s.dates).length > 0);
  }

  /** Records the unit of each sheet's tables ("单位：万元" or "元"), for comparisons across tables. */
  setUnits(tables: readonly Table[]): void {
    const mixed = new Set<number>();
    for (const table of tables) {
      const known = this.units[table.sheetIndex];
      if (known === undefined && !mixed.has(table.sheetIndex)) this.units[table.sheetIndex] = table.unit;
      else if (known !== table.unit) {
        this.units[table.sheetIndex] = undefined;
        mixed.add(table.sheetIndex);
      }
    }
  }

  /**
   * Integer factors that bring the amounts of two sheets to one unit: [10000, 1] when the first is
   * in 万元 and the second in 元, [1, 10000] the other way round, else [1, 1] (same or unknown unit).
   */
  unitScales(sheetA: number, sheetB: number): readonly [number, number] {
    const a = this.units[sheetA];
    const b = this.units[sheetB];
    if (a === b || a === undefined || b === undefined) return SAME_UNIT;
    return a === "万元" ? WAN_AND_YUAN : YUAN_AND_WAN;
  }

  /**
   * The amount of an empty cell: null (blank), or NaN when it holds a formula whose result the
   * file does not carry (saved without calculating). Such a cell is not a 0: the identities that
   * use it are left alone, and the hygiene rule reports the cell itself.
   */
  emptyMoney(sheetIndex: number, row: number, col: number): Money | null {
    if (!this.withFormulas[sheetIndex]) return null;
    return formulaAt(this.workbook.sheets[sheetIndex], row, col) === undefined ? null : NaN;
  }

  /**
   * Whether a sheet has formulas at all: when not, a blank cell is blank (`emptyMoney` is null) and
   * the sum loops skip it without asking.
   */
  hasFormulas(sheetIndex: number): boolean {
    return this.withFormulas[sheetIndex];
  }

  /** The rows of cells of a sheet, for loops that read plain numbers themselves. */
  cellsOf(sheetIndex: number): readonly (readonly CellValue[] | undefined)[] {
    return this.workbook.sheets[sheetIndex].cells;
  }

  /**
   * A cell's value as the rules read it. A date-formatted cell counts as the number behind the date:
   * an amount typed into such a cell is still that amount (the date-formatted-amount rule reports it).
   */
  parsed(sheetIndex: number, row: number, col: number): ParsedValue {
    const raw = cellAt(this.workbook.sheets[sheetIndex], row, col);
    if (typeof raw !== "string") return parseValue(raw);
    const rows = this.textCache[sheetIndex];
    const line = rows[row] || (rows[row] = []);
    let p = line[col];
    if (p === undefined) {
      const serial = this.dateSerial(sheetIndex, row, col);
      p = serial === undefined ? parseValue(raw) : parseValue(serial);
      line[col] = p;
    }
    return p;
  }

  /** The number behind a cell shown as a date, undefined for any other cell. */
  dateSerial(sheetIndex: number, row: number, col: number): number | undefined {
    return this.withDates[sheetIndex] ? dateSerialAt(this.workbook.sheets[sheetIndex], row, col) : undefined;
  }

  /**
   * The amount of a cell for sums, without allocating: null when blank, NaN when it is not a number
   * (text, a percentage, an error value, a formula without its result). Plain numbers are read
   * straight from the cells.
   */
  money(sheetIndex: number, row: number, col: number): Money | null {
    const line = this.workbook.sheets[sheetIndex].cells[row];
    const raw = line ? line[col] : null;
    if (typeof raw === "number") return Number.isFinite(raw) ? moneyFromNumber(raw) : NaN;
    if (raw === null || raw === undefined) return this.withFormulas[sheetIndex] ? this.emptyMoney(sheetIndex, row, col) : null;
    const p = this.parsed(sheetIndex, row, col);
    if (p.kind === "empty") return null;
    // A percentage ("3%") in an amount cell is not an amount: the hygiene rule reports it.
    if (p.kind !== "number" || p.percent) return NaN;
    // "25万元" in a table in 元 (or "1,200元" in one in 万元): which unit is meant cannot be told,
    // so the identities with it are not judged (text-number reports the cell either way).
    if (p.moneyUnit && this.units[sheetIndex] !== undefined && p.moneyUnit !== this.units[sheetIndex]) return NaN;
    return moneyFromNumber(p.value);
  }

  /** `money` as a reading with flags (the same rules: one reading of a cell). */
  amount(sheetIndex: number, row: number, col: number): AmountReading {
    const m = this.money(sheetIndex, row, col);
    if (m === null) return BLANK;
    return m !== m ? INVALID : { amount: m, blank: false, invalid: false };
  }
}
