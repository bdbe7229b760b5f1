import type ExcelJS from "exceljs";
import { writeFileSync, mkdirSync } from "fs";
import * as path from "path";
import { loadWorkbookBuffer, loadWorkbookFile, WorkbookLoadError } from "../../src/adapters/xlsx/load";
import { snapshotFromModel } from "../../src/adapters/xlsx/xlsx-snapshot";
import { cellAt, formulaAt } from "../../src/model/snapshot";
import { tempDir, xlsxBytes } from "./helpers/xlsx";

describe("loadWorkbookBuffer: values", () => {
  let sheet: Awaited<ReturnType<typeof loadWorkbookBuffer>>["sheets"][number];

  beforeAll(async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("数据");
      ws.getCell("A1").value = "部门预算收支总表";
      ws.getCell("B1").value = { richText: [{ text: "本年" }, { text: "收入", font: { bold: true } }] };
      ws.getCell("C1").value = { error: "#REF!" };
      ws.getCell("D1").value = new Date(Date.UTC(2023, 11, 31));
      ws.getCell("E1").value = { text: "财政部网站", hyperlink: "https://www.mof.gov.cn/" };
      ws.getCell("F1").value = true;
      ws.getCell("G1").value = false;
      ws.getCell("A2").value = 1234.5;
      ws.getCell("B2").value = -0.01;
      ws.getCell("C2").value = 1e15;
      ws.getCell("E3").value = "  1,234.50 ";
    });
    sheet = (await loadWorkbookBuffer(bytes, "values.xlsx")).sheets[0];
  });

  it("reads text, rich text joined, errors, dates as YYYY-MM-DD, hyperlinks as their text, booleans", () => {
    expect(sheet.name).toBe("数据");
    expect(sheet.cells[0]).toEqual(["部门预算收支总表", "本年收入", { error: "#REF!" }, "2023-12-31", "财政部网站", true, false]);
  });

  it("reads numbers as numbers and keeps text as typed", () => {
    expect(sheet.cells[1]).toEqual([1234.5, -0.01, 1e15]);
    expect(cellAt(sheet, 2, 4)).toBe("  1,234.50 ");
  });

  it("pads gaps with null and reports the used extent", () => {
    expect(sheet.cells[2]).toEqual([null, null, null, null, "  1,234.50 "]);
    expect(sheet.rowCount).toBe(3);
    expect(sheet.colCount).toBe(7);
    expect(sheet.hidden).toBe(false);
  });
});

describe("loadWorkbookBuffer: formulas", () => {
  let sheet: Awaited<ReturnType<typeof loadWorkbookBuffer>>["sheets"][number];

  beforeAll(async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("F");
      ws.getCell("A1").value = 1;
      ws.getCell("B1").value = 2;
      ws.getCell("C1").value = { formula: "A1+B1", result: 3 };
      ws.getCell("D1").value = { formula: "=SUM(A1:C1)" } as ExcelJS.CellFormulaValue; // no cached result
      ws.getCell("E1").value = { formula: 'A1&"元"', result: "1元" };
      ws.getCell("F1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("G1").value = { formula: "A1>0", result: true };
      // shared formula filled down C2:C4 from C2
      ws.getCell("A2").value = 10;
      ws.getCell("B2").value = 20;
      // ExcelJS writes shareType/ref although its typings do not declare them.
      ws.getCell("C2").value = { formula: "SUM(A2:B2)+$A$1", result: 31, shareType: "shared", ref: "C2:C4" } as ExcelJS.CellFormulaValue;
      ws.getCell("C3").value = { sharedFormula: "C2", result: 1 };
      ws.getCell("C4").value = { sharedFormula: "C2", result: 1 };
    });
    sheet = (await loadWorkbookBuffer(bytes, "formulas.xlsx")).sheets[0];
  });

  it("stores formula text without '=' keyed by 0-based row,col, and the cached result as the value", () => {
    expect(formulaAt(sheet, 0, 2)).toBe("A1+B1");
    expect(cellAt(sheet, 0, 2)).toBe(3);
    expect(sheet.formulas["0,4"]).toBe('A1&"元"');
    expect(cellAt(sheet, 0, 4)).toBe("1元");
    expect(cellAt(sheet, 0, 5)).toEqual({ error: "#DIV/0!" });
    expect(cellAt(sheet, 0, 6)).toBe(true);
  });

  it("gives null for a formula with no cached result", () => {
    expect(formulaAt(sheet, 0, 3)).toBe("SUM(A1:C1)");
    expect(cellAt(sheet, 0, 3)).toBeNull();
  });

  it("resolves shared formulas relative to each cell, keeping $-anchored references", () => {
    expect(formulaAt(sheet, 1, 2)).toBe("SUM(A2:B2)+$A$1");
    expect(formulaAt(sheet, 2, 2)).toBe("SUM(A3:B3)+$A$1");
    expect(formulaAt(sheet, 3, 2)).toBe("SUM(A4:B4)+$A$1");
    expect(cellAt(sheet, 2, 2)).toBe(1);
  });

  it("keeps only formula cells in the formula map", () => {
    expect(Object.keys(sheet.formulas).sort()).toEqual(["0,2", "0,3", "0,4", "0,5", "0,6", "1,2", "2,2", "3,2"]);
  });
});

describe("loadWorkbookBuffer: structure", () => {
  let book: Awaited<ReturnType<typeof loadWorkbookBuffer>>;

  beforeAll(async () => {
    const bytes = await xlsxBytes((wb) => {
      const a = wb.addWorksheet("表1");
      a.getCell("A1").value = "部门预算收支总表";
      a.mergeCells("A1:F1");
      a.mergeCells("B3:C5");
      a.getCell("A2").value = "x";
      a.getCell("A4").value = "hidden row";
      a.getRow(4).hidden = true;
      a.getCell("A7").value = "hidden too";
      a.getRow(7).hidden = true;
      const h = wb.addWorksheet("隐藏", { state: "hidden" });
      h.getCell("A1").value = 1;
      wb.addWorksheet("深度隐藏", { state: "veryHidden" });
      wb.addWorksheet("空表");
    });
    book = await loadWorkbookBuffer(bytes, "structure.xlsx");
  });

  it("keeps sheets in tab order with their hidden state", () => {
    expect(book.source).toBe("structure.xlsx");
    expect(book.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["表1", false],
      ["隐藏", true],
      ["深度隐藏", true],
      ["空表", false],
    ]);
  });

  it("gives merged ranges 0-based, and lets them widen the used extent", () => {
    const s = book.sheets[0];
    expect(s.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 5 },
        { top: 2, left: 1, bottom: 4, right: 2 },
      ]),
    );
    expect(s.merges).toHaveLength(2);
    expect(s.colCount).toBe(6);
    expect(s.rowCount).toBe(7);
  });

  it("lists hidden rows 0-based", () => {
    expect(book.sheets[0].hiddenRows).toEqual([3, 6]);
  });

  it("gives an empty sheet no rows and no columns", () => {
    const empty = book.sheets[3];
    expect(empty).toMatchObject({ rowCount: 0, colCount: 0, cells: [], merges: [], hiddenRows: [], formulas: {} });
  });

  it("has one row array per row up to rowCount", () => {
    const s = book.sheets[0];
    expect(s.cells).toHaveLength(s.rowCount);
    for (const r of s.cells) expect(Array.isArray(r)).toBe(true);
  });
});

describe("snapshotFromModel", () => {
  it("orders worksheets by the workbook's sheet list and drops parts the workbook does not list", () => {
    const snap = snapshotFromModel(
      {
        sheets: [{ id: 2 }, { id: 1 }],
        worksheets: [
          { id: 1, name: "B", rows: [{ number: 1, cells: [{ address: "A1", type: 2, value: 1 }] }] },
          { id: 2, name: "A", state: "veryHidden", rows: [] },
          { id: 9, rows: [] },
        ],
      },
      "m.xlsx",
    );
    expect(snap.sheets.map((s) => s.name)).toEqual(["A", "B"]);
    expect(snap.sheets[0].hidden).toBe(true);
  });

  it("turns non-finite numbers into #NUM! and skips cells with bad addresses", () => {
    const snap = snapshotFromModel(
      {
        worksheets: [
          {
            name: "S",
            rows: [
              {
                number: 1,
                cells: [
                  { address: "A1", type: 2, value: NaN },
                  { address: "??", type: 2, value: 1 },
                  { address: "B1", type: 2, value: Infinity },
                ],
              },
            ],
          },
        ],
      },
      "m.xlsx",
    );
    expect(snap.sheets[0].cells[0]).toEqual([{ error: "#NUM!" }, { error: "#NUM!" }]);
  });
});

describe("bad files", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  async function failure(run: () => Promise<unknown>): Promise<WorkbookLoadError> {
    try {
      await run();
    } catch (e) {
      expect(e).toBeInstanceOf(WorkbookLoadError);
      const err = e as WorkbookLoadError;
      expect(err.message).not.toMatch(/[\r\n]/);
      expect(err.message).not.toMatch(/\bat .+\(.+:\d+:\d+\)/); // no stack trace
      return err;
    }
    throw new Error("expected a WorkbookLoadError");
  }

  function file(name: string, bytes: Uint8Array | string): string {
    const p = path.join(tmp.dir, name);
    writeFileSync(p, bytes);
    return p;
  }

  /** A compound-file (OLE) header followed by directory names, as Office writes them. */
  function cfb(...streamNames: string[]): Uint8Array {
    const header = Buffer.alloc(512);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
    const names = streamNames.map((n) => {
      const entry = Buffer.alloc(128);
      Buffer.from(n, "utf16le").copy(entry);
      return entry;
    });
    return Buffer.concat([header, ...names, Buffer.alloc(512)]);
  }

  it("missing file", async () => {
    const err = await failure(() => loadWorkbookFile(path.join(tmp.dir, "不存在.xlsx")));
    expect(err.reason).toBe("missing");
    expect(err.message).toBe(`找不到文件：${path.join(tmp.dir, "不存在.xlsx")}`);
  });

  it("a folder", async () => {
    const dir = path.join(tmp.dir, "folder.xlsx");
    mkdirSync(dir);
    const err = await failure(() => loadWorkbookFile(dir));
    expect(err.reason).toBe("unreadable");
    expect(err.message).toContain("是文件夹");
  });

  it("zero bytes", async () => {
    const err = await failure(() => loadWorkbookFile(file("empty.xlsx", "")));
    expect(err.reason).toBe("empty");
    expect(err.message).toContain("空文件");
  });

  it("a workbook with no sheets", async () => {
    const bytes = await xlsxBytes(() => undefined);
    const err = await failure(() => loadWorkbookBuffer(bytes, "nosheets.xlsx"));
    expect(err.reason).toBe("empty");
    expect(err.message).toBe("nosheets.xlsx 中没有工作表");
  });

  it("an encrypted workbook (OLE container with EncryptedPackage)", async () => {
    const err = await failure(() => loadWorkbookFile(file("secret.xlsx", cfb("EncryptionInfo", "EncryptedPackage"))));
    expect(err.reason).toBe("encrypted");
    expect(err.message).toContain("密码");
  });

  it("a legacy .xls workbook, whatever its extension", async () => {
    const err = await failure(() => loadWorkbookFile(file("old.xlsx", cfb("Workbook", "SummaryInformation"))));
    expect(err.reason).toBe("legacy-xls");
    expect(err.message).toContain(".xls");
    expect(err.message).toContain("另存为 .xlsx");
  });

  it("a WPS .et workbook (an Office 97-2003-style container): named as WPS's format", async () => {
    const et = file("部门预算.et", cfb("Workbook", "SummaryInformation"));
    const err = await failure(() => loadWorkbookFile(et));
    expect(err.reason).toBe("legacy-xls");
    expect(err.message).toBe(`${et} 是 WPS 表格自己的格式（.et）；请在 WPS 中另存为 .xlsx 后再检查`);
    // An .et whose streams are named otherwise is still WPS's format, not "another Office document".
    expect((await failure(() => loadWorkbookFile(file("模板.ett", cfb("ETWorkbook"))))).message).toContain("WPS 表格自己的格式");
  });

  it("another OLE document (e.g. .doc)", async () => {
    const err = await failure(() => loadWorkbookFile(file("doc.xlsx", cfb("WordDocument"))));
    expect(err.reason).toBe("not-xlsx");
  });

  it("a text file renamed .xlsx", async () => {
    const err = await failure(() => loadWorkbookFile(file("text.xlsx", "科目编码,科目名称,合计\n208,社会保障和就业支出,100\n")));
    expect(err.reason).toBe("not-xlsx");
    expect(err.message).toBe(`${path.join(tmp.dir, "text.xlsx")} 不是 .xlsx 工作簿（看起来是文本文件）`);
  });

  it("a PDF renamed .xlsx", async () => {
    const err = await failure(() => loadWorkbookFile(file("pdf.xlsx", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")));
    expect(err.reason).toBe("not-xlsx");
    expect(err.message).toContain("PDF");
  });

  it("an HTML table saved as .xls/.xlsx", async () => {
    const err = await failure(() => loadWorkbookFile(file("html.xlsx", "<html><body><table><tr><td>1</td></tr></table></body></html>")));
    expect(err.reason).toBe("not-xlsx");
    expect(err.message).toContain("HTML");
  });

  it("binary noise", async () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    const err = await failure(() => loadWorkbookBuffer(noise, "noise.xlsx"));
    expect(err.reason).toBe("not-xlsx");
  });

  it("a truncated .xlsx", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("S");
      for (let r = 1; r <= 200; r++) ws.getRow(r).values = [r, `行${r}`, r * 1.5];
    });
    const err = await failure(() => loadWorkbookBuffer(bytes.subarray(0, Math.floor(bytes.length / 2)), "cut.xlsx"));
    expect(err.reason).toBe("unreadable");
    expect(err.message).toBe("cut.xlsx 不完整：文件在下载或复制时被截断，请重新获取完整文件");
  });

  it("a zip with a damaged workbook part", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet("S").getCell("A1").value = 1;
    });
    // Flip bytes in the middle of the archive: the deflate streams no longer decode.
    const damaged = Uint8Array.from(bytes);
    for (let i = 200; i < damaged.length - 400; i += 3) damaged[i] ^= 0x5a;
    const err = await failure(() => loadWorkbookBuffer(damaged, "damaged.xlsx"));
    expect(["unreadable", "not-xlsx"]).toContain(err.reason);
  });

  it("messages follow the locale", async () => {
    const err = await failure(() => loadWorkbookBuffer(new Uint8Array(0), "e.xlsx"));
    expect(err.text("en")).toBe("e.xlsx is empty (0 bytes)");
  });
});
