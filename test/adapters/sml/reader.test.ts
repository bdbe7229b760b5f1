/**
 * What the fast reader reads that the ExcelJS path does not (CDATA, prefixed elements), what it
 * hands to ExcelJS instead of guessing, and damaged packages.
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import { snapshotFromXlsx, snapshotWithExcelJS } from "../../../src/adapters/xlsx/xlsx-snapshot";
import { readXlsxFast } from "../../../src/adapters/xlsx/sml/read";
import { inflateWithZlib } from "../../../src/adapters/xlsx/sml/inflate-node";
import { UnsupportedXlsx } from "../../../src/adapters/xlsx/sml/unsupported";
import { WorkbookLoadError } from "../../../src/adapters/xlsx/errors";
import { handXlsx, prefixed, type HandBook } from "./parts";

const fast = (bytes: Uint8Array) => readXlsxFast(bytes, "f.xlsx", { inflate: inflateWithZlib });

const BODY =
  `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>12.5</v></c><c r="C1" t="inlineStr"><is><t>行内</t></is></c></row>` +
  `<row r="2" hidden="1"><c r="A2"><f>B1*2</f><v>25</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A3:B3"/></mergeCells>`;
const BOOK: HandBook = { strings: ["<si><t>合计</t></si>"], sheets: [{ name: "表", body: BODY }] };

describe("read right where the ExcelJS path is not", () => {
  it("CDATA sections in values, inline strings and shared strings", () => {
    const book: HandBook = {
      strings: ["<si><t><![CDATA[<共享 & 字符串>]]></t></si>"],
      sheets: [
        {
          name: "CDATA",
          body: `<sheetData><row r="1"><c r="A1"><v><![CDATA[12.5]]></v></c><c r="B1" t="inlineStr"><is><t>前<![CDATA[<a&b>]]>后</t></is></c><c r="C1" t="s"><v>0</v></c><c r="D1"><f><![CDATA[A1>1]]></f><v>1</v></c></row></sheetData>`,
        },
      ],
    };
    const sheet = fast(handXlsx(book)).sheets[0];
    expect(sheet.cells[0]).toEqual([12.5, "前<a&b>后", "<共享 & 字符串>", 1]);
    expect(sheet.formulas).toEqual({ "0,3": "A1>1" });
  });

  it("elements written with a namespace prefix (x:row, x:c) read as without", () => {
    const plain = fast(handXlsx(BOOK));
    const withPrefix = fast(handXlsx({ ...BOOK, prefix: "x", strings: [prefixed(BOOK.strings![0], "x")], sheets: [{ name: "表", body: prefixed(BODY, "x") }] }));
    expect(withPrefix).toEqual(plain);
    expect(plain.sheets[0].cells[0]).toEqual(["合计", 12.5, "行内"]);
    expect(plain.sheets[0].hiddenRows).toEqual([1]);
  });

  it("Strict OOXML reads as Transitional", () => {
    expect(fast(handXlsx({ ...BOOK, strict: true }))).toEqual(fast(handXlsx(BOOK)));
  });

  it("comments and processing instructions between cells are skipped; CRLF in text becomes LF", () => {
    const body = `<sheetData><!-- a note --><row r="1"><?pi x?><c r="A1" t="inlineStr"><is><t>a\r\nb\rc</t></is></c><!--<c r="B1"><v>9</v></c>--></row></sheetData>`;
    expect(fast(handXlsx({ sheets: [{ name: "s", body }] })).sheets[0].cells).toEqual([["a\nb\nc"]]);
  });
});

describe("unsupported: handed to ExcelJS, never guessed", () => {
  const unsupportedBodies: [string, string][] = [
    ["an ISO date cell (t=\"d\")", `<sheetData><row r="1"><c r="A1" t="d"><v>2024-01-02</v></c></row></sheetData>`],
    ["a cell without a reference", `<sheetData><row r="1"><c><v>1</v></c></row></sheetData>`],
    ["a row without a number", `<sheetData><row><c r="A1"><v>1</v></c></row></sheetData>`],
    ["an unknown entity", `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row></sheetData>`],
    ["an unknown element inside a cell", `<sheetData><row r="1"><c r="A1"><extLst/><v>1</v></c></row></sheetData>`],
  ];
  it.each(unsupportedBodies)("%s", async (_, body) => {
    const bytes = handXlsx({ sheets: [{ name: "s", body }] });
    expect(() => fast(bytes)).toThrow(UnsupportedXlsx);
    const reasons: string[] = [];
    let viaFallback: unknown;
    try {
      viaFallback = await snapshotFromXlsx(bytes, "f.xlsx", { onFallback: (what) => reasons.push(what) });
    } catch (e) {
      viaFallback = e instanceof WorkbookLoadError ? e.message : e;
    }
    expect(reasons).toHaveLength(1);
    let direct: unknown;
    try {
      direct = await snapshotWithExcelJS(bytes, "f.xlsx");
    } catch (e) {
      direct = e instanceof WorkbookLoadError ? e.message : e;
    }
    expect(viaFallback).toEqual(direct);
  });

  it("a DTD (entity definitions) is not read by the fast reader", () => {
    const bytes = handXlsx({ sheets: [{ name: "s", body: "<sheetData/>" }] });
    const parts = unzipSync(bytes);
    parts["xl/worksheets/sheet1.xml"] = strToU8(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`);
    expect(() => fast(zipSync(parts))).toThrow(UnsupportedXlsx);
  });
});

describe("damaged packages are unreadable", () => {
  function withSheetData(change: (data: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>): Uint8Array {
    // (a helper for changes to the sheet part before zipping)
    const parts = unzipSync(handXlsx(BOOK));
    const sheet = parts["xl/worksheets/sheet1.xml"];
    parts["xl/worksheets/sheet1.xml"] = change(sheet);
    return zipSync(parts);
  }

  it("a part whose deflate data is broken", async () => {
    const bytes = handXlsx(BOOK);
    // break the bytes of the sheet's compressed data, found by its local header's name
    const at = Buffer.from(bytes).indexOf("xl/worksheets/sheet1.xml") + "xl/worksheets/sheet1.xml".length;
    const damaged = Uint8Array.from(bytes);
    for (let i = at + 2; i < at + 30; i++) damaged[i] = 0xff;
    await expect(snapshotFromXlsx(damaged, "坏.xlsx", { inflate: inflateWithZlib })).rejects.toMatchObject({ reason: "unreadable" });
  });

  it("a directory that states a smaller size than the part inflates to", () => {
    const bytes = withSheetData((d) => d);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // central directory entries: patch the uncompressed size of the sheet part
    let at = Buffer.from(bytes).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    while (at >= 0) {
      const nameLength = view.getUint16(at + 28, true);
      const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString();
      if (name === "xl/worksheets/sheet1.xml") {
        view.setUint32(at + 24, 40, true);
        break;
      }
      at = Buffer.from(bytes).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at - 1);
    }
    expect(() => fast(bytes)).toThrow(WorkbookLoadError);
  });
});
