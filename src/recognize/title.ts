/** Finding a table's title, its template and its unit in the first rows of a sheet. */
import { mayBeTitle, templateForTitle } from "../catalog/templates";
import type { TemplateId, Unit } from "./model";
import type { SheetGrid } from "./grid";

export interface TitleMatch {
  template: TemplateId;
  row: number;
  col: number;
  text: string;
}

const TITLE_SCAN_ROWS = 10;
const TITLE_SCAN_COLS = 24;

export function findTitle(grid: SheetGrid, fromRow = 0): TitleMatch | undefined {
  const last = Math.min(grid.rowCount, fromRow + TITLE_SCAN_ROWS);
  for (let r = fromRow; r < last; r++) {
    const width = Math.min(grid.rowWidth(r), TITLE_SCAN_COLS);
    for (let c = 0; c < width; c++) {
      const raw = grid.sheet.cells[r]?.[c];
      if (typeof raw !== "string" || !mayBeTitle(raw)) continue;
      const text = grid.ownText(r, c);
      const template = templateForTitle(text);
      if (template) return { template, row: r, col: c, text };
    }
  }
  return undefined;
}

/** Whether a row holds a table title (the start of another table below this one). */
export function isTitleRow(grid: SheetGrid, row: number): boolean {
  const cells = grid.sheet.cells[row];
  if (!cells) return false;
  const width = Math.min(cells.length, TITLE_SCAN_COLS);
  for (let c = 0; c < width; c++) {
    const v = cells[c];
    // Skip the squeezing for everything that cannot be a title (called on each body row).
    if (typeof v === "string" && mayBeTitle(v) && templateForTitle(grid.ownText(row, c))) return true;
  }
  return false;
}


/** First non-empty text of the first rows, for "unrecognised" messages. */
export function firstText(grid: SheetGrid): string {
  const last = Math.min(grid.rowCount, TITLE_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const texts = grid.rowTexts(r, TITLE_SCAN_COLS);
    if (texts.length) return texts[0].text.slice(0, 40);
  }
  return "";
}

// "单位：万元", "单位(万元)", "单位：人民币元".
const UNIT_MARK = /单位[:：(（]?(?:人民币)?(万元|元)/;
const UNIT_ALONE = /^[(（](万元|元)[)）]$/;

/** "单位：万元", "金额单位：元", "(万元)" near the title. */
export function findUnit(grid: SheetGrid, fromRow: number, toRow: number): Unit | undefined {
  for (let r = Math.max(0, fromRow); r <= Math.min(toRow, grid.rowCount - 1); r++) {
    const cells = grid.sheet.cells[r];
    const width = Math.min(grid.rowWidth(r), 40);
    for (let c = 0; c < width; c++) {
      // Both forms name 元: skip the patterns for every other text (numbers and blanks never name it).
      const v = cells![c];
      if (v === null || v === undefined || typeof v === "number") continue;
      const text = grid.ownText(r, c);
      if (text.indexOf("元") < 0) continue;
      const m = UNIT_MARK.exec(text);
      if (m) return m[1] as Unit;
      if (UNIT_ALONE.test(text)) return text.includes("万") ? "万元" : "元";
    }
  }
  return undefined;
}

/** Lines such as "450 巨鹿县医疗保障局 预算年度：2023 单位：万元" that sit between title and header. */
export function isInfoLine(grid: SheetGrid, row: number): boolean {
  const texts = grid.rowTexts(row, 40);
  if (texts.length === 0) return true;
  // A unit in brackets after a column's name ("价值（金额单位：万元）") is a header, not an info line.
  if (texts.some((t) => INFO_TEXT.test(t.text.replace(BRACKETED_AFTER_TEXT, "")))) return true;
  // The form number alone on its line ("公开09表", "附表3", "预算01表") under the title.
  return texts.every((t) => FORM_NUMBER.test(t.text));
}

const FORM_NUMBER = /^(公开|附|决算|预算|部门)?表?[0-9]{1,2}(-[0-9]{1,2})?表?$/;

const INFO_TEXT = /单位[:：]|预算年度|编制单位|截止(时间|日期)|金额单位|^\(?(万元|元)\)?$/;
const BRACKETED_AFTER_TEXT = /(?<=[^(（\s])[(（][^()（）]*[)）]/g;
