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
});
