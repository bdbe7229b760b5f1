/** A1 addresses. Coordinates in the project are 0-based (row, col); A1 text is 1-based. */

export interface CellCoord {
  row: number;
  col: number;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const letterCache: string[] = [];

export function columnLetters(col: number): string {
  const cached = letterCache[col];
  if (cached !== undefined) return cached;
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  if (col < 20000) letterCache[col] = s;
  return s;
}

export function toA1(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

export function rangeToA1(r: CellRange): string {
  const a = toA1(r.top, r.left);
  const b = toA1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return -1;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/** Parses "E9" or "$E$9"; returns null for anything else. */
export function parseA1(a1: string): CellCoord | null {
  const plain = plainA1(a1, 0, a1.length);
  return plain !== undefined ? plain : parseA1Text(a1);
}

function parseA1Text(a1: string): CellCoord | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]);
  if (row < 0 || col < 0) return null;
  return { row, col };
}

/**
 * text[start, end) read in place when it is exactly "$E$9"-shaped (1–3 letters, 1–7 digits, no
 * spaces): what parseA1Text gives for it, without a regular expression (merges, ranges and the
 * rules parse many). Undefined for anything else: parseA1Text decides.
 */
function plainA1(text: string, start: number, end: number): CellCoord | null | undefined {
  let i = start;
  if (text.charCodeAt(i) === 36) i += 1; // $
  let col = 0;
  const lettersFrom = i;
  for (; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  const letters = i - lettersFrom;
  if (letters < 1 || letters > 3) return undefined;
  if (text.charCodeAt(i) === 36) i += 1;
  let row = 0;
  const digitsFrom = i;
  for (; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    row = row * 10 + d;
  }
  const digits = i - digitsFrom;
  if (digits < 1 || digits > 7) return undefined;
  return row >= 1 ? { row: row - 1, col: col - 1 } : null;
}

/** Parses "A1:C3" (or a single cell) into a range. */
export function parseRange(text: string): CellRange | null {
  // As text.split(":")'s first two pieces, read in place.
  const colon = text.indexOf(":");
  const aEnd = colon < 0 ? text.length : colon;
  let p = plainA1(text, 0, aEnd);
  if (p === undefined) p = parseA1Text(text.slice(0, aEnd));
  let q: CellCoord | null | undefined = p;
  if (colon >= 0) {
    const next = text.indexOf(":", colon + 1);
    const bEnd = next < 0 ? text.length : next;
    q = plainA1(text, colon + 1, bEnd);
    if (q === undefined) q = parseA1Text(text.slice(colon + 1, bEnd));
  }
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** "'Sheet name'!E9" form used when a finding points at another sheet. */
export function qualifiedA1(sheet: string, cell: string): string {
  const quoted = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${cell}`;
}
