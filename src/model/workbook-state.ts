/**
 * The workbook's own state, kept inside the workbook so that it travels with the file: the
 * explanations of findings (审核说明) and the fills a highlight replaced. Excel and WPS both
 * keep it in one very hidden sheet, and the file tools (budget-check, the page) read it from the
 * .xlsx. The format is defined here once, as plain data:
 *
 *   sheet "预算助手数据" (very hidden), text cells;
 *   one row per key: column A the key ("savedFills", "notes"), columns B… the key's JSON value
 *   cut into chunks of at most 30,000 characters (a cell holds 32,767); row 1 savedFills, row 2 notes.
 *
 * The sheet is never checked, shown or reported (the check pipeline skips it by name).
 */

/** The very hidden sheet that keeps the state. */
export const STATE_SHEET = "预算助手数据";
/** Columns of a state row: the key and up to 39 chunks. */
export const STATE_WIDTH = 40;
/** Characters per chunk cell. */
const CHUNK = 30_000;
/** WPS/Excel's "no fill" pattern (xlNone), as older WPS state recorded it. */
const XL_NONE = -4142;

/** What a highlight replaced in one cell. Colours are "#RRGGBB". */
export interface SavedFill {
  sheet: string;
  cell: string;
  /** The fill before the highlight; null: no fill. */
  color: string | null;
  /** The colour the highlight put there (restored only while it still shows). */
  mark: string;
  /** WPS's Interior.Pattern before the highlight, when it was a fill other than solid. */
  pattern?: number;
}

export interface WorkbookState {
  savedFills: SavedFill[];
  /** Explanations by finding key (findingKey in host-port.ts). */
  notes: Record<string, string>;
}

export type StateKey = keyof WorkbookState;

/** Row of each key (1-based), in this order. */
export const STATE_KEYS: readonly StateKey[] = ["savedFills", "notes"];

export function emptyState(): WorkbookState {
  return { savedFills: [], notes: {} };
}

/** The state held in the sheet's cells (rows of values from A1); what is missing or broken is empty. */
export function parseState(rows: readonly (readonly unknown[])[]): WorkbookState {
  const state = emptyState();
  for (const row of rows) {
    const key = row[0];
    if (key !== "savedFills" && key !== "notes") continue;
    const text = row
      .slice(1)
      .map((v) => (typeof v === "string" ? v : ""))
      .join("");
    let value: unknown;
    try {
      value = text ? JSON.parse(text) : undefined;
    } catch {
      continue; // a damaged row costs that key only
    }
    if (key === "notes") state.notes = parseNotes(value);
    else state.savedFills = parseFills(value);
  }
  return state;
}

export class StateTooLargeError extends Error {
  constructor(readonly key: StateKey) {
    super(`state "${key}" exceeds ${(STATE_WIDTH - 1) * CHUNK} characters`);
    this.name = "StateTooLargeError";
  }
}

/** The sheet's cells for `state`: one row per key, STATE_WIDTH text cells each. Throws StateTooLargeError. */
export function stateRows(state: WorkbookState): string[][] {
  return STATE_KEYS.map((key) => {
    const text = JSON.stringify(state[key]);
    const line = [key as string];
    for (let i = 0; i < text.length; i += CHUNK) line.push(text.slice(i, i + CHUNK));
    if (line.length > STATE_WIDTH) throw new StateTooLargeError(key);
    while (line.length < STATE_WIDTH) line.push("");
    return line;
  });
}

/** Adds what `other` holds and `base` lacks (moving old Excel settings into the sheet). */
export function mergeStates(base: WorkbookState, other: Partial<WorkbookState>): WorkbookState {
  const have = new Set(base.savedFills.map((f) => `${f.sheet}!${f.cell}`));
  return {
    savedFills: [...base.savedFills, ...parseFills(other.savedFills).filter((f) => !have.has(`${f.sheet}!${f.cell}`))],
    notes: { ...parseNotes(other.notes), ...base.notes },
  };
}

function parseNotes(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!value || typeof value !== "object" || Array.isArray(value)) return out;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (typeof v === "string") out[k] = v;
  return out;
}

function parseFills(value: unknown): SavedFill[] {
  if (!Array.isArray(value)) return [];
  const out: SavedFill[] = [];
  for (const item of value) {
    if (!item || typeof item !== "object") continue;
    const e = item as Record<string, unknown>;
    if (typeof e.sheet !== "string" || typeof e.cell !== "string") continue;
    // Older WPS state: BGR colour numbers and the pattern, xlNone for "no fill".
    const pattern = typeof e.pattern === "number" ? e.pattern : undefined;
    const color = pattern === XL_NONE ? null : typeof e.color === "number" ? hexOfBgr(e.color) : typeof e.color === "string" ? e.color : null;
    const mark = typeof e.mark === "number" ? hexOfBgr(e.mark) : typeof e.mark === "string" ? e.mark : null;
    if (mark === null) continue;
    const fill: SavedFill = { sheet: e.sheet, cell: e.cell, color, mark };
    if (pattern !== undefined && pattern !== XL_NONE && pattern !== 1) fill.pattern = pattern;
    out.push(fill);
  }
  return out;
}

/** ET's colour number (R + G·256 + B·65536) → "#RRGGBB". */
export function hexOfBgr(n: number): string {
  const r = n & 0xff;
  const g = (n >> 8) & 0xff;
  const b = (n >> 16) & 0xff;
  return "#" + [r, g, b].map((x) => x.toString(16).padStart(2, "0").toUpperCase()).join("");
}
