/**
 * Writes never leave half a change, in both hosts: every pane action that writes (report sheet,
 * goal sheet, filled scores, highlights, explanations) refuses a protected sheet before writing
 * anything, and a write that breaks off midway is taken back whole, with a message saying so.
 * The fakes fail like the hosts: a protected sheet refuses writes; `failAfterWrites` breaks a
 * write off after that many cell writes (in Excel, the batch's earlier operations stay applied).
 */
import { createExcelPort, ExcelRun } from "../../src/adapters/excel/excel-port";
import type { EtApplication } from "../../src/adapters/wps/et-model";
import { createWpsPort } from "../../src/adapters/wps/wps-port";
import type { HostPort } from "../../src/model/host-port";
import { STATE_SHEET } from "../../src/model/workbook-state";
import type { WritePlan } from "../../src/model/write-plan";
import { FakeWorkbook } from "../support/fake-excel";
import { FakeWps } from "../support/fake-wps";

const hosts: [string, (book: FakeWorkbook) => HostPort][] = [
  ["Excel", (book) => createExcelPort(book.run as unknown as ExcelRun, { mergedAreas: true, visibleCells: true })],
  ["WPS", (book) => createWpsPort(() => new FakeWps(book) as unknown as EtApplication)],
];

/** A sheet with A1 = 1 (no fill), A2 = 2 (green), A3 and A4 blank. */
function workbook(): FakeWorkbook {
  const book = new FakeWorkbook();
  const s = book.addSheet("自评");
  s.cells.set("0,0", { value: 1 });
  s.cells.set("1,0", { value: 2, fill: "#00FF00" });
  return book;
}

/** Everything a write could touch: sheets, their cells (values, fills, formats), merges. */
function picture(book: FakeWorkbook): string {
  return JSON.stringify(
    book.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: [...s.cells].filter(([, c]) => c.value !== "" || c.fill || c.formula).sort(([a], [b]) => (a < b ? -1 : 1)),
      merges: s.merges,
    })),
  );
}

const plan: WritePlan = {
  name: "校验报告",
  rows: [
    ["标题", "", ""],
    ["严重程度", "单元格", "应为"],
    ["错误", "A1", 26.5],
  ],
  boldRows: [0, 1],
  merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
};

describe.each(hosts)("%s", (_host, portOf) => {
  it("refuses to write into a protected sheet, before changing anything", async () => {
    const book = workbook();
    book.sheet("自评").protected = true;
    const before = picture(book);
    await expect(portOf(book).fillBlankCells([{ sheet: "自评", cell: "A3", value: 9 }])).rejects.toThrow(/“自评”受保护.*没有改动任何内容/);
    await expect(portOf(book).highlight([{ sheet: "自评", cell: "A1", severity: "error" }])).rejects.toThrow(/受保护/);
    expect(picture(book)).toBe(before);
    expect(book.sheets.map((s) => s.name)).toEqual(["自评"]); // no state sheet either
  });

  it("takes back filled scores when the write breaks off midway", async () => {
    const book = workbook();
    const before = picture(book);
    book.failAfterWrites = 1;
    const cells = [
      { sheet: "自评", cell: "A3", value: 9 },
      { sheet: "自评", cell: "A4", value: 8 },
    ];
    await expect(portOf(book).fillBlankCells(cells)).rejects.toThrow(/已撤回这次写入的全部内容/);
    expect(picture(book)).toBe(before);
    // Once the host writes again, the same action lands whole.
    expect(await portOf(book).fillBlankCells(cells)).toBe(2);
    expect(book.cell("自评", "A4")?.value).toBe(8);
  });

  it("removes a half-written report or goal sheet", async () => {
    for (const after of [0, 1, 2]) {
      const book = workbook();
      const before = picture(book);
      book.failAfterWrites = after;
      await expect(portOf(book).writeSheet(plan)).rejects.toThrow(/已撤回/);
      expect(picture(book)).toBe(before);
    }
    const book = workbook();
    expect(await portOf(book).writeSheet(plan)).toBe("校验报告");
  });

  it("adds several sheets all or none: a failure in the last removes the ones before", async () => {
    const plans = [plan, { ...plan, name: "绩效目标-甲" }, { ...plan, name: "绩效目标-乙" }];
    for (const after of [0, 4, 7]) {
      const book = workbook();
      const before = picture(book);
      book.failAfterWrites = after;
      await expect(portOf(book).writeSheets(plans)).rejects.toThrow(/已撤回/);
      expect(picture(book)).toBe(before);
    }
    const book = workbook();
    book.addSheet("绩效目标-甲");
    expect(await portOf(book).writeSheets(plans)).toEqual(["校验报告", "绩效目标-甲 (2)", "绩效目标-乙"]);
    expect(book.cell("绩效目标-乙", "A1")?.value).toBe("标题");
  });

  it("puts every fill back when a highlight breaks off, and keeps no saved fills", async () => {
    const book = workbook();
    const before = picture(book);
    book.failAfterWrites = 1;
    const marks = [
      { sheet: "自评", cell: "A1", severity: "error" as const },
      { sheet: "自评", cell: "A2", severity: "warning" as const },
      { sheet: "自评", cell: "A3", severity: "info" as const },
    ];
    await expect(portOf(book).highlight(marks)).rejects.toThrow(/已撤回/);
    expect(picture(book)).toBe(before);
    expect(book.sheets.some((s) => s.name === STATE_SHEET)).toBe(false);
  });

  it("keeps the highlight and its saved fills when clearing breaks off, so clearing again restores the originals", async () => {
    const book = workbook();
    const port = portOf(book);
    await port.highlight([
      { sheet: "自评", cell: "A1", severity: "error" },
      { sheet: "自评", cell: "A2", severity: "warning" },
    ]);
    const highlighted = picture(book);
    book.failAfterWrites = 1;
    await expect(port.clearHighlights()).rejects.toThrow(/已撤回/);
    expect(picture(book)).toBe(highlighted);
    expect(await port.clearHighlights()).toBe(2);
    expect(book.cell("自评", "A1")?.fill).toBeUndefined();
    expect(book.cell("自评", "A2")?.fill).toBe("#00FF00");
  });

  it("keeps the explanations as they were when saving one breaks off", async () => {
    const book = workbook();
    const port = portOf(book);
    await port.saveNotes({ a: "第一条" });
    book.failAfterWrites = 0;
    await expect(port.saveNotes({ a: "第一条", b: "第二条" })).rejects.toThrow(/已撤回/);
    expect(await port.loadNotes()).toEqual({ a: "第一条" });
  });

  describe("writing at the selection (a template into an existing sheet)", () => {
    /** A sheet to write into: numbers with a format, a formula, a merged title, a fill, a bold row. */
    function filled(): FakeWorkbook {
      const book = new FakeWorkbook();
      const s = book.addSheet("收支总表");
      s.cells.set("0,0", { value: "收支总表", bold: true });
      s.cells.set("1,0", { value: 12.5, numberFormat: "#,##0.00" });
      s.cells.set("1,1", { value: 25, formula: "=A2*2" });
      s.cells.set("2,1", { value: "", fill: "#00FF00" });
      s.cells.set("3,3", { value: "表外" });
      s.merges.push({ top: 0, left: 0, bottom: 0, right: 1 });
      return book;
    }
    /** Everything a write at a cell could touch; a formula's value is the host's to compute. */
    function full(book: FakeWorkbook): string {
      return JSON.stringify(
        book.sheets.map((s) => ({
          name: s.name,
          cells: [...s.cells]
            .map(([k, c]) => [k, { value: c.formula ? undefined : c.value, formula: c.formula, format: c.numberFormat === "General" ? undefined : c.numberFormat, fill: c.fill, bold: c.bold || undefined }] as const)
            .filter(([, c]) => (c.value !== "" && c.value !== undefined) || c.formula || c.format || c.fill || c.bold)
            .sort(([a], [b]) => (a < b ? -1 : 1)),
          merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left),
        })),
      );
    }
    const template: WritePlan = { ...plan, highlights: ["B3"] };

    it("refuses a protected sheet before asking about anything", async () => {
      const book = filled();
      book.sheet("收支总表").protected = true;
      const before = full(book);
      await expect(portOf(book).writeAt("收支总表", { row: 0, col: 0 }, template)).rejects.toThrow(/“收支总表”受保护.*没有改动任何内容/);
      await expect(portOf(book).writeAt("收支总表", { row: 10, col: 10 }, template)).rejects.toThrow(/受保护/);
      expect(full(book)).toBe(before);
    });

    it("puts back values, formulas, formats, fills, bold and merges when the write breaks off at any point", async () => {
      const confirmed = ["A1", "B1", "A2", "B2"];
      let failures = 0;
      for (let after = 0; ; after++) {
        const book = filled();
        const before = full(book);
        book.failAfterWrites = after;
        const port = portOf(book);
        let done = false;
        try {
          done = (await port.writeAt("收支总表", { row: 0, col: 0 }, template, confirmed)).written;
        } catch (e) {
          expect((e as Error).message).toMatch(/已撤回这次写入的全部内容/);
          expect(full(book)).toBe(before);
          failures += 1;
        }
        if (done) {
          // Written whole: the block is the template's, the cell outside it untouched.
          expect(book.cell("收支总表", "A1")?.value).toBe("标题");
          expect(book.cell("收支总表", "B2")?.formula).toBeUndefined();
          expect(book.cell("收支总表", "C3")?.value).toBe(26.5);
          expect(book.cell("收支总表", "B3")?.fill).toBe("#FFF2CC");
          expect(book.cell("收支总表", "D4")?.value).toBe("表外");
          break;
        }
        if (after > 60) throw new Error("the write never landed");
      }
      // Every write before the last broke off somewhere, and each was taken back.
      expect(failures).toBeGreaterThan(3);
    });
  });
});

