/**
 * Moving a formula the way Excel fills a shared formula: relative references shift by the
 * offset between the master cell and the cell that shares it; $-anchored parts stay.
 * Text in quotes, quoted sheet names and bracketed parts are copied as they are.
 */

const MAX_ROW = 1048576;
const MAX_COL = 16384;

const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!.])/y;
const COLS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(!.])/y;
const ROWS = /(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![A-Za-z0-9_(!.])/y;
const WORD = /[A-Za-z0-9_.\\\u0080-\uffff]+/y;

export function translateFormula(formula: string, rowOffset: number, colOffset: number): string {
  if (rowOffset === 0 && colOffset === 0) return formula;
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = closingQuote(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "[") {
      const end = formula.indexOf("]", i);
      const stop = end < 0 ? n : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    if (/[A-Za-z0-9_$\\\u0080-\uffff]/.test(ch)) {
      const moved = moveReference(formula, i, rowOffset, colOffset);
      if (moved) {
        out += moved.text;
        i = moved.end;
        continue;
      }
      WORD.lastIndex = i;
      const word = WORD.exec(formula);
      const stop = word && word[0].length > 0 ? i + word[0].length : i + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

function closingQuote(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i += 1;
  }
  return text.length;
}

function moveReference(text: string, at: number, dr: number, dc: number): { text: string; end: number } | null {
  COLS.lastIndex = at;
  let m = COLS.exec(text);
  if (m) {
    const a = shiftCol(m[1], m[2], dc);
    const b = shiftCol(m[3], m[4], dc);
    return { text: a === null || b === null ? "#REF!" : `${a}:${b}`, end: COLS.lastIndex };
  }
  ROWS.lastIndex = at;
  m = ROWS.exec(text);
  if (m) {
    const a = shiftRow(m[1], m[2], dr);
    const b = shiftRow(m[3], m[4], dr);
    return { text: a === null || b === null ? "#REF!" : `${a}:${b}`, end: ROWS.lastIndex };
  }
  CELL.lastIndex = at;
  m = CELL.exec(text);
  if (m) {
    const c = shiftCol(m[1], m[2], dc);
    const r = shiftRow(m[3], m[4], dr);
    return { text: c === null || r === null ? "#REF!" : c + r, end: CELL.lastIndex };
  }
  return null;
}

function shiftCol(anchor: string, letters: string, dc: number): string | null {
  if (anchor || dc === 0) return anchor + letters;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  n += dc;
  if (n < 1 || n > MAX_COL) return null;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function shiftRow(anchor: string, digits: string, dr: number): string | null {
  if (anchor || dr === 0) return anchor + digits;
  const n = Number(digits) + dr;
  if (n < 1 || n > MAX_ROW) return null;
  return String(n);
}
