/**
 * An in-memory Excel for the task-pane adapter: the part of Office.js's object model that
 * src/adapters/excel/excel-port.ts uses, with Office.js's batching rules. Property reads throw until
 * the property was loaded and context.sync() ran; writes and method calls take effect at sync, in
 * the order they were made; syncs are counted. Not a general mock: what it does not know throws.
 */
import { columnLetters, parseA1, parseRange } from "../../src/model/a1";
import type { CellRange } from "../../src/model/a1";

export interface FakeCell {
  /** number, string, boolean, or { error: "#DIV/0!" }. */
  value: unknown;
  /** "=SUM(B3:B9)" for a formula cell. */
  formula?: string;
  numberFormat?: string;
  /** Fill colour ("#FFC7CE"), or undefined for no fill. */
  fill?: string;
  bold?: boolean;
}

export interface FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, FakeCell>;
  merges: CellRange[];
  hiddenRows: Set<number>;
  /** A protected sheet: every write to it fails, as in Excel and WPS. */
  protected?: boolean;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  settings = new Map<string, string>();
  syncs = 0;
  active: { sheet: string; cell: string } | null = null;
  /** When set, reading more than this many cells in one sync fails, as Excel on the web does. */
  cellsPerSyncLimit = Infinity;
  /** When set, this many writes succeed and the next one fails: a write that breaks off midway. */
  failAfterWrites: number | undefined;

  /** Every write to a sheet's cells passes here (both fakes): protected sheets and broken-off writes fail. */
  writing(sheet: string): void {
    if (this.sheet(sheet).protected) throw new Error(`AccessDenied: the sheet ${sheet} is protected`);
    if (this.failAfterWrites !== undefined) {
      if (this.failAfterWrites <= 0) {
        this.failAfterWrites = undefined; // one failure: what comes after (taking back) works again
        throw new Error("GeneralException: the write broke off");
      }
      this.failAfterWrites -= 1;
    }
  }

  addSheet(name: string, visibility: FakeSheet["visibility"] = "Visible"): FakeSheet {
    const sheet: FakeSheet = { name, visibility, cells: new Map(), merges: [], hiddenRows: new Set() };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: ${name}`);
    return s;
  }

  cell(sheet: string, a1: string): FakeCell | undefined {
    const p = parseA1(a1)!;
    return this.sheet(sheet).cells.get(`${p.row},${p.col}`);
  }

  /** Excel.run for this workbook. */
  run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => batch(new FakeContext(this));
}

type Op = () => void;

export class FakeContext {
  readonly workbook: { worksheets: FakeWorksheets; settings: FakeSettings; getSelectedRange(): FakeRange };
  queue: Op[] = [];
  /** Loads queued since the last sync: run at sync, after the writes queued before them. */
  cellsQueued = 0;
  constructor(readonly book: FakeWorkbook) {
    const worksheets = new FakeWorksheets(this);
    this.workbook = {
      worksheets,
      settings: new FakeSettings(this),
      // The active sheet's selection (A1 of the first sheet when nothing was selected yet).
      getSelectedRange: () => {
        const active = book.active ?? { sheet: book.sheets[0]?.name ?? "Sheet1", cell: "A1" };
        return worksheets.getItem(active.sheet).getRange(active.cell);
      },
    };
  }
  async sync(): Promise<void> {
    this.book.syncs += 1;
    if (this.cellsQueued > this.book.cellsPerSyncLimit) throw new Error("RichApi.Error: The response payload size has exceeded the limit.");
    this.cellsQueued = 0;
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) op();
  }
}

/** A proxy whose loaded properties become readable at the next sync. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  constructor(protected ctx: FakeContext) {}
  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) throw new Error(`PropertyNotLoaded: ${name}`);
    return this.loaded.get(name) as T;
  }
  protected queueLoad(names: string[], compute: (name: string) => unknown): void {
    this.ctx.queue.push(() => {
      for (const n of names) this.loaded.set(n, compute(n));
    });
  }
}

function props(spec: string): string[] {
  return spec.split(",").map((s) => s.trim()).filter(Boolean);
}

class FakeWorksheets extends Loadable {
  items: FakeWorksheet[] = [];
  load(spec: string): void {
    for (const p of props(spec)) if (!/^items\/(name|visibility)$/.test(p)) throw new Error(`fake: cannot load ${p}`);
    this.ctx.queue.push(() => {
      this.items = this.ctx.book.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, s.name);
        ws.loadNow();
        return ws;
      });
    });
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name);
  }
  add(name: string): FakeWorksheet {
    this.ctx.queue.push(() => {
      if (this.ctx.book.sheets.some((s) => s.name === name)) throw new Error(`ItemAlreadyExists: ${name}`);
      this.ctx.book.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, name);
  }
}

class FakeWorksheet extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly sheetName: string,
  ) {
    super(ctx);
  }
  loadNow(): void {
    const s = this.ctx.book.sheet(this.sheetName);
    this.loaded.set("name", s.name);
    this.loaded.set("visibility", s.visibility);
  }
  /** name, visibility; isNullObject comes with them (getItemOrNullObject). */
  load(spec: string): void {
    for (const p of props(spec)) if (!/^(name|visibility)$/.test(p)) throw new Error(`fake: cannot load worksheet ${p}`);
    this.ctx.queue.push(() => {
      const s = this.ctx.book.sheets.find((x) => x.name === this.sheetName);
      this.loaded.set("isNullObject", !s);
      if (s) this.loadNow();
    });
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get name(): string {
    return this.read("name");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  get protection() {
    const loaded = new Map<string, unknown>();
    const ctx = this.ctx;
    const name = this.sheetName;
    return {
      load(spec: string) {
        if (spec !== "protected") throw new Error(`fake: protection ${spec}`);
        ctx.queue.push(() => loaded.set("protected", !!ctx.book.sheet(name).protected));
      },
      get protected(): boolean {
        if (!loaded.has("protected")) throw new Error("PropertyNotLoaded: protected");
        return loaded.get("protected") as boolean;
      },
    };
  }
  delete(): void {
    this.ctx.queue.push(() => {
      const i = this.ctx.book.sheets.findIndex((s) => s.name === this.sheetName);
      if (i >= 0) this.ctx.book.sheets.splice(i, 1);
    });
  }
  set visibility(v: string) {
    this.ctx.queue.push(() => {
      this.ctx.book.sheet(this.sheetName).visibility = v as FakeSheet["visibility"];
    });
  }
  activate(): void {
    this.ctx.queue.push(() => {
      this.ctx.book.sheet(this.sheetName);
      this.ctx.book.active = { sheet: this.sheetName, cell: this.ctx.book.active?.sheet === this.sheetName ? this.ctx.book.active.cell : "A1" };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => usedArea(this.ctx.book.sheet(this.sheetName), !!valuesOnly));
  }
  getRange(a1: string): FakeRange {
    const area = parseRange(a1);
    if (!area) throw new Error(`InvalidArgument: ${a1}`);
    return new FakeRange(this.ctx, this.sheetName, () => area);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }));
  }
}

function usedArea(sheet: FakeSheet, valuesOnly: boolean): CellRange | null {
  let area: CellRange | null = null;
  for (const [key, cell] of sheet.cells) {
    const empty = (cell.value === "" || cell.value === null || cell.value === undefined) && !cell.formula;
    if (empty && (valuesOnly || (!cell.fill && !cell.numberFormat))) continue;
    const [r, c] = key.split(",").map(Number);
    area = area
      ? { top: Math.min(area.top, r), left: Math.min(area.left, c), bottom: Math.max(area.bottom, r), right: Math.max(area.right, c) }
      : { top: r, left: c, bottom: r, right: c };
  }
  // Merged cells are formatting: part of the used range unless only values count.
  if (!valuesOnly) {
    for (const m of sheet.merges) {
      area = area
        ? { top: Math.min(area.top, m.top), left: Math.min(area.left, m.left), bottom: Math.max(area.bottom, m.bottom), right: Math.max(area.right, m.right) }
        : { ...m };
    }
  }
  return area;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function areaA1(a: CellRange): string {
  const tl = `${columnLetters(a.left)}${a.top + 1}`;
  const br = `${columnLetters(a.right)}${a.bottom + 1}`;
  return tl === br ? tl : `${tl}:${br}`;
}

class FakeRange extends Loadable {
  private resolved: CellRange | null | undefined;
  readonly format: { fill: FakeFill; font: FakeFont; autofitColumns(): void };
  constructor(
    ctx: FakeContext,
    readonly sheetName: string,
    private locate: () => CellRange | null,
  ) {
    super(ctx);
    // Autofit is accepted and only checked to address a real range.
    const touch = () => ctx.queue.push(() => this.area());
    this.format = { fill: new FakeFill(ctx, this), font: new FakeFont(ctx, this), autofitColumns: touch };
  }
  area(): CellRange {
    if (this.resolved === undefined) this.resolved = this.locate();
    if (!this.resolved) throw new Error("InvalidReference: null object");
    return this.resolved;
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  sheet(): FakeSheet {
    return this.ctx.book.sheet(this.sheetName);
  }
  /** Every cell of the range, created where missing (what a format write touches). */
  cellsForWrite(): FakeCell[] {
    const a = this.area();
    const sheet = this.sheet();
    const out: FakeCell[] = [];
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++) {
        const key = `${r},${c}`;
        const cell = sheet.cells.get(key) ?? { value: "" };
        sheet.cells.set(key, cell);
        out.push(cell);
      }
    return out;
  }
  load(spec: string): void {
    const names = props(spec);
    this.ctx.queue.push(() => {
      if (this.resolved === undefined) this.resolved = this.locate();
    });
    // Cell contents count towards the request size.
    this.ctx.queue.push(() => {
      if (this.resolved && names.some((n) => ["values", "formulas", "numberFormat", "valueTypes"].includes(n))) {
        const a = this.resolved;
        this.ctx.cellsQueued += (a.bottom - a.top + 1) * (a.right - a.left + 1);
      }
    });
    this.queueLoad([...names, "isNullObject"], (n) => this.compute(n));
  }
  private compute(name: string): unknown {
    const a = this.resolved;
    if (name === "isNullObject") return a === null;
    if (!a) return undefined;
    const grid = <T>(f: (c: FakeCell | undefined) => T): T[][] => {
      const out: T[][] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const line: T[] = [];
        for (let c = a.left; c <= a.right; c++) line.push(f(this.sheet().cells.get(`${r},${c}`)));
        out.push(line);
      }
      return out;
    };
    const shown = (c: FakeCell | undefined) => {
      const v = c?.value;
      if (v && typeof v === "object" && "error" in (v as object)) return (v as { error: string }).error;
      return v === undefined || v === null ? "" : v;
    };
    switch (name) {
      case "address":
        return `${quoteSheet(this.sheetName)}!${areaA1(a)}`;
      case "rowIndex":
        return a.top;
      case "columnIndex":
        return a.left;
      case "rowCount":
        return a.bottom - a.top + 1;
      case "columnCount":
        return a.right - a.left + 1;
      case "values":
        return grid(shown);
      case "formulas":
        return grid((c) => c?.formula ?? shown(c));
      case "numberFormat":
        return grid((c) => c?.numberFormat ?? "General");
      case "valueTypes":
        return grid((c) => {
          const v = c?.value;
          if (v && typeof v === "object") return "Error";
          if (v === undefined || v === null || v === "") return "Empty";
          return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
        });
      default:
        throw new Error(`fake: cannot load ${name}`);
    }
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(rows: unknown[][]) {
    this.ctx.queue.push(() => {
      this.ctx.book.writing(this.sheetName);
      const a = this.area();
      rows.forEach((line, i) =>
        line.forEach((v, j) => {
          const key = `${a.top + i},${a.left + j}`;
          const cell = this.sheet().cells.get(key) ?? { value: "" };
          // Office.js makes a formula of text starting with "=" unless the cell is formatted as text.
          if (typeof v === "string" && v.startsWith("=") && cell.numberFormat !== "@") cell.formula = v;
          else delete cell.formula;
          cell.value = v;
          this.sheet().cells.set(key, cell);
        }),
      );
    });
  }
  /** Formulas as Office.js takes them: "=…" a formula (its value is not computed here), anything else a constant. */
  set formulas(rows: unknown[][]) {
    this.ctx.queue.push(() => {
      this.ctx.book.writing(this.sheetName);
      const a = this.area();
      rows.forEach((line, i) =>
        line.forEach((v, j) => {
          const key = `${a.top + i},${a.left + j}`;
          const cell = this.sheet().cells.get(key) ?? { value: "" };
          if (typeof v === "string" && v.startsWith("=") && cell.numberFormat !== "@") cell.formula = v;
          else {
            delete cell.formula;
            cell.value = v;
          }
          this.sheet().cells.set(key, cell);
        }),
      );
    });
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(rows: string[][]) {
    this.ctx.queue.push(() => {
      this.ctx.book.writing(this.sheetName);
      const a = this.area();
      rows.forEach((line, i) =>
        line.forEach((f, j) => {
          const key = `${a.top + i},${a.left + j}`;
          const cell = this.sheet().cells.get(key) ?? { value: "" };
          cell.numberFormat = f;
          this.sheet().cells.set(key, cell);
        }),
      );
    });
  }
  merge(across?: boolean): void {
    if (across) throw new Error("fake: merge across rows is not used");
    this.ctx.queue.push(() => {
      this.ctx.book.writing(this.sheetName);
      this.sheet().merges.push({ ...this.area() });
    });
  }
  unmerge(): void {
    this.ctx.queue.push(() => {
      this.ctx.book.writing(this.sheetName);
      const a = this.area();
      const sheet = this.sheet();
      sheet.merges = sheet.merges.filter((m) => !(m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left));
    });
  }
  select(): void {
    this.ctx.queue.push(() => {
      this.ctx.book.active = { sheet: this.sheetName, cell: areaA1(this.area()) };
    });
  }
  getMergedAreasOrNullObject(): FakeAreas {
    return new FakeAreas(this.ctx, () => {
      const a = this.area();
      const inside = this.sheet().merges.filter((m) => m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left);
      return inside.length ? inside.map((m) => `${quoteSheet(this.sheetName)}!${areaA1(m)}`).join(",") : null;
    });
  }
  getSpecialCellsOrNullObject(kind: string): FakeAreas {
    if (kind !== "Visible") throw new Error(`fake: special cells ${kind}`);
    return new FakeAreas(this.ctx, () => {
      const a = this.area();
      const parts: string[] = [];
      let start = -1;
      for (let r = a.top; r <= a.bottom + 1; r++) {
        const visible = r <= a.bottom && !this.sheet().hiddenRows.has(r);
        if (visible && start < 0) start = r;
        if (!visible && start >= 0) {
          parts.push(`${quoteSheet(this.sheetName)}!${areaA1({ top: start, bottom: r - 1, left: a.left, right: a.right })}`);
          start = -1;
        }
      }
      return parts.length ? parts.join(",") : null;
    });
  }
}

class FakeAreas extends Loadable {
  constructor(
    ctx: FakeContext,
    private compute: () => string | null,
  ) {
    super(ctx);
  }
  load(spec: string): void {
    if (spec !== "address") throw new Error(`fake: areas ${spec}`);
    this.ctx.queue.push(() => {
      const address = this.compute();
      this.loaded.set("isNullObject", address === null);
      this.loaded.set("address", address ?? undefined);
    });
  }
  get address(): string {
    return this.read("address");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
}

class FakeFill extends Loadable {
  constructor(
    ctx: FakeContext,
    private range: FakeRange,
  ) {
    super(ctx);
  }
  load(spec: string): void {
    if (spec !== "color") throw new Error(`fake: fill ${spec}`);
    // Excel reports no fill as white.
    this.queueLoad(["color"], () => {
      const a = this.range.area();
      return this.range.sheet().cells.get(`${a.top},${a.left}`)?.fill ?? "#FFFFFF";
    });
  }
  get color(): string {
    return this.read("color");
  }
  set color(c: string) {
    this.ctx.queue.push(() => {
      this.ctx.book.writing(this.range.sheetName);
      this.range.cellsForWrite().forEach((cell) => (cell.fill = c.toUpperCase()));
    });
  }
  clear(): void {
    this.ctx.queue.push(() => {
      this.ctx.book.writing(this.range.sheetName);
      this.range.cellsForWrite().forEach((cell) => delete cell.fill);
    });
  }
}

class FakeFont extends Loadable {
  constructor(
    ctx: FakeContext,
    private range: FakeRange,
  ) {
    super(ctx);
  }
  load(spec: string): void {
    if (spec !== "bold") throw new Error(`fake: font ${spec}`);
    // Office.js reads null when the range mixes bold and plain.
    this.queueLoad(["bold"], () => {
      const a = this.range.area();
      const states = new Set<boolean>();
      for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) states.add(!!this.range.sheet().cells.get(`${r},${c}`)?.bold);
      return states.size === 1 ? [...states][0] : null;
    });
  }
  get bold(): boolean | null {
    return this.read("bold");
  }
  set bold(v: boolean | null) {
    this.ctx.queue.push(() => {
      this.ctx.book.writing(this.range.sheetName);
      for (const cell of this.range.cellsForWrite()) {
        if (v) cell.bold = true;
        else delete cell.bold;
      }
    });
  }
}

class FakeSettings {
  constructor(private ctx: FakeContext) {}
  getItemOrNullObject(key: string) {
    const ctx = this.ctx;
    const loaded = new Map<string, unknown>();
    return {
      load(_spec: string) {
        ctx.queue.push(() => {
          loaded.set("isNullObject", !ctx.book.settings.has(key));
          loaded.set("value", ctx.book.settings.get(key));
        });
      },
      get isNullObject(): boolean {
        if (!loaded.has("isNullObject")) throw new Error("PropertyNotLoaded: isNullObject");
        return loaded.get("isNullObject") as boolean;
      },
      get value(): unknown {
        if (!loaded.has("value")) throw new Error("PropertyNotLoaded: value");
        return loaded.get("value");
      },
      delete() {
        ctx.queue.push(() => ctx.book.settings.delete(key));
      },
    };
  }
  add(key: string, value: string): void {
    this.ctx.queue.push(() => this.ctx.book.settings.set(key, value));
  }
}

