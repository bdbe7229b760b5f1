/**
 * An in-memory WPS 表格 for the task pane's WPS adapter: the ET object model's synchronous,
 * VBA-shaped calls over the same sheets as fake-excel.ts (so one workbook can be opened in both
 * hosts). What WPS does differently is done here on purpose: a single cell's Value2 is a scalar,
 * empty cells are null, error cells carry COM error codes, colours are BGR numbers, "no fill" is
 * Pattern = xlNone with Color reading white, collections are 1-based, mixed properties read null.
 */
import { columnLetters, parseRange } from "../../src/model/a1";
import type { CellRange } from "../../src/model/a1";
import { FakeCell, FakeSheet, FakeWorkbook } from "./fake-excel";

const XL_NONE = -4142;
const XL_SOLID = 1;
const WHITE = 16777215;
const COM_ERROR: Record<string, number> = {
  "#NULL!": -2146826288,
  "#DIV/0!": -2146826281,
  "#VALUE!": -2146826273,
  "#REF!": -2146826265,
  "#NAME?": -2146826259,
  "#NUM!": -2146826252,
  "#N/A": -2146826246,
};

const bgr = (hex: string) => {
  const n = parseInt(hex.replace(/^#/, ""), 16);
  return ((n >> 16) & 0xff) + (((n >> 8) & 0xff) << 8) + ((n & 0xff) << 16);
};
const hexOf = (color: number) => "#" + [color & 0xff, (color >> 8) & 0xff, (color >> 16) & 0xff].map((x) => x.toString(16).padStart(2, "0").toUpperCase()).join("");

export class FakeWps {
  ScreenUpdating = true;
  /** Value2 reads of whole used ranges, by sheet: the adapter should read each once. */
  usedValueReads = new Map<string, number>();
  /** NumberFormat reads of single cells: the adapter reads them only in columns that mix formats. */
  cellFormatReads = 0;
  /** Workbooks opened before the active one (Workbooks.Add makes a new one active; Close goes back). */
  private behind: FakeWorkbook[] = [];
  constructor(public book: FakeWorkbook) {}
  get ActiveWorkbook() {
    return {
      Worksheets: new FakeEtSheets(this),
      Close: (_save?: boolean) => {
        const previous = this.behind.pop();
        if (previous) this.book = previous;
      },
    };
  }
  /** The active sheet's selection, as a Range. */
  get Selection(): FakeEtRange | null {
    const active = this.book.active ?? (this.book.sheets[0] ? { sheet: this.book.sheets[0].name, cell: "A1" } : null);
    if (!active) return null;
    return new FakeEtRange(this, this.book.sheet(active.sheet), parseRange(active.cell)!);
  }
  get Workbooks() {
    return {
      Add: () => {
        this.behind.push(this.book);
        this.book = new FakeWorkbook();
        this.book.addSheet("Sheet1");
        return this.ActiveWorkbook;
      },
    };
  }
}

class FakeEtSheets {
  constructor(private app: FakeWps) {}
  get Count(): number {
    return this.app.book.sheets.length;
  }
  Item(key: number | string): FakeEtSheet {
    const sheets = this.app.book.sheets;
    const sheet = typeof key === "number" ? sheets[key - 1] : sheets.find((s) => s.name === key);
    if (!sheet) throw new Error(`下标越界: ${key}`);
    return new FakeEtSheet(this.app, sheet);
  }
  Add(_before?: unknown, after?: FakeEtSheet): FakeEtSheet {
    const sheets = this.app.book.sheets;
    let n = sheets.length + 1;
    while (sheets.some((s) => s.name === `Sheet${n}`)) n++;
    const sheet: FakeSheet = { name: `Sheet${n}`, visibility: "Visible", cells: new Map(), merges: [], hiddenRows: new Set() };
    const at = after ? sheets.indexOf(after.sheet) + 1 : 0;
    sheets.splice(at, 0, sheet);
    return new FakeEtSheet(this.app, sheet);
  }
}

class FakeEtSheet {
  constructor(
    private app: FakeWps,
    readonly sheet: FakeSheet,
  ) {}
  get Name(): string {
    return this.sheet.name;
  }
  set Name(name: string) {
    if (this.app.book.sheets.some((s) => s !== this.sheet && s.name === name)) throw new Error(`名称已存在: ${name}`);
    this.sheet.name = name;
  }
  get Visible(): number {
    return this.sheet.visibility === "Visible" ? -1 : this.sheet.visibility === "Hidden" ? 0 : 2;
  }
  get ProtectContents(): boolean {
    return !!this.sheet.protected;
  }
  Delete(): void {
    const sheets = this.app.book.sheets;
    sheets.splice(sheets.indexOf(this.sheet), 1);
  }
  set Visible(v: number) {
    this.sheet.visibility = v === -1 ? "Visible" : v === 2 ? "VeryHidden" : "Hidden";
  }
  get UsedRange(): FakeEtRange {
    // Like VBA: formatted cells count; an empty sheet's used range is A1.
    let area: CellRange | null = null;
    for (const [key, cell] of this.sheet.cells) {
      const empty = (cell.value === "" || cell.value === null || cell.value === undefined) && !cell.formula && !cell.fill && !cell.numberFormat;
      if (empty) continue;
      const [r, c] = key.split(",").map(Number);
      area = area ? { top: Math.min(area.top, r), left: Math.min(area.left, c), bottom: Math.max(area.bottom, r), right: Math.max(area.right, c) } : { top: r, left: c, bottom: r, right: c };
    }
    for (const m of this.sheet.merges) {
      area = area ? { top: Math.min(area.top, m.top), left: Math.min(area.left, m.left), bottom: Math.max(area.bottom, m.bottom), right: Math.max(area.right, m.right) } : { ...m };
    }
    return new FakeEtRange(this.app, this.sheet, area ?? { top: 0, left: 0, bottom: 0, right: 0 }, true);
  }
  Range(a1: string): FakeEtRange {
    const area = parseRange(a1);
    if (!area) throw new Error(`无效的引用: ${a1}`);
    return new FakeEtRange(this.app, this.sheet, area);
  }
  Activate(): void {
    this.app.book.active = { sheet: this.sheet.name, cell: this.app.book.active?.sheet === this.sheet.name ? this.app.book.active.cell : "A1" };
  }
}

class FakeEtRange {
  constructor(
    private app: FakeWps,
    private sheet: FakeSheet,
    private area: CellRange,
    private isUsedRange = false,
  ) {}
  private cell(r: number, c: number): FakeCell | undefined {
    return this.sheet.cells.get(`${r},${c}`);
  }
  private ensure(r: number, c: number): FakeCell {
    const key = `${r},${c}`;
    const cell = this.sheet.cells.get(key) ?? { value: "" };
    this.sheet.cells.set(key, cell);
    return cell;
  }
  private each(): [number, number][] {
    const out: [number, number][] = [];
    for (let r = this.area.top; r <= this.area.bottom; r++) for (let c = this.area.left; c <= this.area.right; c++) out.push([r, c]);
    return out;
  }
  private grid<T>(f: (cell: FakeCell | undefined) => T): T | T[][] {
    const single = this.area.top === this.area.bottom && this.area.left === this.area.right;
    if (single) return f(this.cell(this.area.top, this.area.left));
    const rows: T[][] = [];
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      const line: T[] = [];
      for (let c = this.area.left; c <= this.area.right; c++) line.push(f(this.cell(r, c)));
      rows.push(line);
    }
    return rows;
  }
  private static value2(cell: FakeCell | undefined): unknown {
    const v = cell?.value;
    if (v && typeof v === "object") return COM_ERROR[(v as { error: string }).error] ?? -2146826273;
    return v === "" || v === undefined ? null : v;
  }
  get Value2(): unknown {
    if (this.isUsedRange) this.app.usedValueReads.set(this.sheet.name, (this.app.usedValueReads.get(this.sheet.name) ?? 0) + 1);
    return this.grid(FakeEtRange.value2);
  }
  set Value2(v: unknown) {
    this.app.book.writing(this.sheet.name);
    const rows = Array.isArray(v) ? (v as unknown[][]) : [[v]];
    rows.forEach((line, i) =>
      line.forEach((x, j) => {
        const cell = this.ensure(this.area.top + i, this.area.left + j);
        if (typeof x === "string" && x.startsWith("=") && cell.numberFormat !== "@") cell.formula = x;
        else delete cell.formula;
        cell.value = x === null ? "" : x;
      }),
    );
  }
  /** Formulas are not evaluated, except "=1/0" (gives #DIV/0!), which the self-test writes. */
  set Formula(f: unknown) {
    for (const [r, c] of this.each()) {
      const cell = this.ensure(r, c);
      const text = String(f);
      if (text.startsWith("=") && cell.numberFormat !== "@") {
        cell.formula = text;
        cell.value = text === "=1/0" ? { error: "#DIV/0!" } : "";
      } else {
        delete cell.formula;
        cell.value = text;
      }
    }
  }
  get HasFormula(): boolean | null {
    const states = new Set(this.each().map(([r, c]) => !!this.cell(r, c)?.formula));
    return states.size === 1 ? [...states][0] : null;
  }
  get EntireRow() {
    const { sheet, area } = this;
    return {
      set Hidden(v: boolean) {
        for (let r = area.top; r <= area.bottom; r++) {
          if (v) sheet.hiddenRows.add(r);
          else sheet.hiddenRows.delete(r);
        }
      },
    };
  }
  get Formula(): unknown {
    return this.grid((c) => c?.formula ?? (FakeEtRange.value2(c) === null ? "" : c && typeof c.value === "object" ? (c.value as { error: string }).error : c?.value));
  }
  get NumberFormat(): unknown {
    if (this.area.top === this.area.bottom && this.area.left === this.area.right) this.app.cellFormatReads += 1;
    const formats = new Set(this.each().map(([r, c]) => this.cell(r, c)?.numberFormat ?? "General"));
    return formats.size === 1 ? [...formats][0] : null;
  }
  set NumberFormat(f: unknown) {
    this.app.book.writing(this.sheet.name);
    for (const [r, c] of this.each()) this.ensure(r, c).numberFormat = String(f);
  }
  get Text(): string {
    const v = this.cell(this.area.top, this.area.left)?.value;
    if (v && typeof v === "object") return (v as { error: string }).error;
    return v === undefined || v === null ? "" : String(v);
  }
  get Row(): number {
    return this.area.top + 1;
  }
  get Column(): number {
    return this.area.left + 1;
  }
  get Rows() {
    const { app, sheet, area } = this;
    const rows = {
      Count: area.bottom - area.top + 1,
      Item: (i: number) => new FakeEtRange(app, sheet, { ...area, top: area.top + i - 1, bottom: area.top + i - 1 }),
      Hidden: null as boolean | null,
    };
    Object.defineProperty(rows, "Hidden", { get: () => this.Hidden });
    return rows;
  }
  /** Whole rows hidden: true, false, or null when mixed. */
  get Hidden(): boolean | null {
    const hidden = new Set<boolean>();
    for (let r = this.area.top; r <= this.area.bottom; r++) hidden.add(this.sheet.hiddenRows.has(r));
    return hidden.size === 1 ? [...hidden][0] : null;
  }
  get Columns() {
    return { Count: this.area.right - this.area.left + 1, AutoFit: () => undefined };
  }
  private mergeOf(r: number, c: number): CellRange | undefined {
    return this.sheet.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  }
  get MergeCells(): boolean | null {
    const states = new Set(this.each().map(([r, c]) => !!this.mergeOf(r, c)));
    return states.size === 1 ? [...states][0] : null;
  }
  get MergeArea(): FakeEtRange {
    return new FakeEtRange(this.app, this.sheet, this.mergeOf(this.area.top, this.area.left) ?? { ...this.area, bottom: this.area.top, right: this.area.left });
  }
  get Interior() {
    const cells = () => this.each().map(([r, c]) => this.ensure(r, c));
    const writing = () => this.app.book.writing(this.sheet.name);
    return {
      get Color(): number {
        const fill = cells()[0].fill;
        return fill ? bgr(fill) : WHITE;
      },
      set Color(v: number) {
        writing();
        for (const cell of cells()) cell.fill = hexOf(v);
      },
      get Pattern(): number {
        return cells()[0].fill ? XL_SOLID : XL_NONE;
      },
      set Pattern(v: number) {
        writing();
        if (v === XL_NONE) for (const cell of cells()) delete cell.fill;
      },
    };
  }
  get Font() {
    const cells = () => this.each().map(([r, c]) => this.ensure(r, c));
    const writing = () => this.app.book.writing(this.sheet.name);
    return {
      /** true, false, or null when the range mixes bold and plain. */
      get Bold(): boolean | null {
        const states = new Set(cells().map((c) => !!c.bold));
        return states.size === 1 ? [...states][0] : null;
      },
      set Bold(v: boolean | null) {
        writing();
        for (const cell of cells()) {
          if (v) cell.bold = true;
          else delete cell.bold;
        }
      },
    };
  }
  Address(_rowAbsolute?: boolean, _columnAbsolute?: boolean): string {
    const tl = `${columnLetters(this.area.left)}${this.area.top + 1}`;
    const br = `${columnLetters(this.area.right)}${this.area.bottom + 1}`;
    return tl === br ? tl : `${tl}:${br}`;
  }
  get Cells() {
    return { Item: (r: number, c: number) => new FakeEtRange(this.app, this.sheet, { top: this.area.top + r - 1, left: this.area.left + c - 1, bottom: this.area.top + r - 1, right: this.area.left + c - 1 }) };
  }
  Resize(rows: number, cols: number): FakeEtRange {
    return new FakeEtRange(this.app, this.sheet, { top: this.area.top, left: this.area.left, bottom: this.area.top + rows - 1, right: this.area.left + cols - 1 });
  }
  Merge(): void {
    this.app.book.writing(this.sheet.name);
    this.sheet.merges.push({ ...this.area });
  }
  UnMerge(): void {
    this.app.book.writing(this.sheet.name);
    const a = this.area;
    this.sheet.merges = this.sheet.merges.filter((m) => !(m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left));
  }
  get Worksheet(): { Name: string } {
    return { Name: this.sheet.name };
  }
  Select(): void {
    // As in VBA: selecting on a sheet that is not active fails.
    if (this.app.book.active?.sheet !== this.sheet.name) throw new Error("Range 类的 Select 方法无效");
    this.app.book.active = { sheet: this.sheet.name, cell: this.Address() };
  }
}
