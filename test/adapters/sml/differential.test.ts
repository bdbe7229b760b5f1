/**
 * The differential test: every fixture workbook, both examples, a county workbook, files saved by
 * LibreOffice and in Strict OOXML, hand-built packages and a few hundred random workbooks are read
 * by the fast reader and by the ExcelJS path; the snapshots must be identical (values, formats
 * shown, dates, merges, hidden rows and sheets, formulas). The fast reader fed by a helper that
 * inflates the sheet parts (as the CLI and the page read large files) must give the same text too. The fast reader is called directly, so
 * a file it would hand to ExcelJS fails here instead of passing unnoticed.
 */
import { readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { writeFixtureBuffer } from "../../../scripts/fixtures/workbook";
import { buildSampleWorkbook, SAMPLE_FILE } from "../../../scripts/fixtures/sample";
import { buildSelfEvaluationWorkbook, SELF_EVALUATION_FILE } from "../../../scripts/fixtures/self-evaluation-sample";
import { henanWorkbook, reorderedWorkbook, subtotalFirstWorkbook } from "../../fixtures/variants";
import { buildPlantedWorkbook } from "../../fixtures/planted";
import { snapshotWithExcelJS } from "../../../src/adapters/xlsx/xlsx-snapshot";
import { readXlsxFast, readXlsxFed } from "../../../src/adapters/xlsx/sml/read";
import { inflateWithZlib } from "../../../src/adapters/xlsx/sml/inflate-node";
import { inflateWithFflate } from "../../../src/adapters/xlsx/sml/inflate";
import { writeCountyWorkbook } from "../../../bench/county-workbook";
import { channel } from "./feed-channel";
import { handXlsx, type HandBook } from "./parts";
import { randomWorkbook } from "./random-workbooks";

const ROOT = path.join(__dirname, "..", "..", "..");

async function expectSame(bytes: Uint8Array, name = "f.xlsx"): Promise<void> {
  const fast = readXlsxFast(bytes, name, { inflate: inflateWithZlib });
  const slow = await snapshotWithExcelJS(bytes, name);
  expect(fast).toEqual(slow);
  // and in the same key order, so JSON made of either is the same text
  expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
  // read with a helper thread inflating the sheet parts (as the CLI and the page read large files)
  const ch = channel();
  try {
    const fed = await readXlsxFed(bytes, name, { inflate: inflateWithZlib }, { totalBytes: 0 }, ch.client);
    expect(JSON.stringify(fed)).toBe(JSON.stringify(fast));
  } finally {
    ch.close();
  }
}

describe("fixture workbooks", () => {
  it.each([
    ["sample", buildSampleWorkbook],
    ["self-evaluation", buildSelfEvaluationWorkbook],
    ["henan", henanWorkbook],
    ["subtotal first", subtotalFirstWorkbook],
    ["reordered", reorderedWorkbook],
    ["planted", () => buildPlantedWorkbook().workbook],
  ])("%s", async (_, build) => {
    await expectSame(new Uint8Array(await writeFixtureBuffer(build())));
  });

  it.each([SAMPLE_FILE, SELF_EVALUATION_FILE, "test/fixtures/files/libreoffice-calc.xlsx", "test/fixtures/files/strict-ooxml.xlsx"])("%s", async (file) => {
    await expectSame(readFileSync(path.join(ROOT, file)), path.basename(file));
  });

  it("a county workbook (10 departments; the full one: scripts/diff-readers.ts)", async () => {
    const file = path.join(os.tmpdir(), `county-diff-${process.pid}.xlsx`);
    await writeCountyWorkbook(file, { departments: 10, seed: 7, plantEvery: 3, items: [40, 130], goals: [6, 30] });
    await expectSame(readFileSync(file), "county.xlsx");
  });

  it("fflate (the page) and zlib (the CLI) inflate to the same snapshot", async () => {
    const bytes = readFileSync(path.join(ROOT, SAMPLE_FILE));
    expect(readXlsxFast(bytes, "s.xlsx", { inflate: inflateWithFflate })).toEqual(readXlsxFast(bytes, "s.xlsx", { inflate: inflateWithZlib }));
  });
});

describe("random workbooks written by ExcelJS", () => {
  const seeds = Array.from({ length: Number(process.env.RANDOM_WORKBOOKS) || 300 }, (_, i) => i + 1);
  it("300 workbooks read the same by both readers", async () => {
    const seen = { dates: 0, shown: 0, formulas: 0, shared: 0, merges: 0, hiddenRows: 0, hiddenSheets: 0, errors: 0, booleans: 0 };
    for (const seed of seeds) {
      const bytes = await randomWorkbook(seed);
      try {
        await expectSame(bytes, `random-${seed}.xlsx`);
      } catch (e) {
        throw new Error(`random workbook ${seed}: ${(e as Error).message}`);
      }
      for (const s of readXlsxFast(bytes, "r.xlsx", { inflate: inflateWithZlib }).sheets) {
        seen.dates += Object.keys(s.dates ?? {}).length;
        seen.shown += Object.keys(s.shown ?? {}).length;
        seen.formulas += Object.keys(s.formulas).length;
        seen.shared += Object.values(s.formulas).filter((f) => f.includes("$B$1")).length;
        seen.merges += s.merges.length;
        seen.hiddenRows += s.hiddenRows.length;
        seen.hiddenSheets += s.hidden ? 1 : 0;
        for (const row of s.cells) for (const v of row) if (typeof v === "boolean") seen.booleans += 1;
        for (const row of s.cells) for (const v of row) if (v !== null && typeof v === "object") seen.errors += 1;
      }
    }
    // the corpus exercises every kind of content it is meant to (a generator change cannot hollow it out)
    for (const [kind, n] of Object.entries(seen)) expect([kind, n > 20]).toEqual([kind, true]);
  }, 300000);
});

const cell = (r: string, inner: string, attrs = "") => `<c r="${r}"${attrs}>${inner}</c>`;

describe("hand-built packages (what Excel, WPS and exporters write)", () => {
  const cases: [string, HandBook][] = [
    [
      "shared formulas across rows and columns, anchors, array formula, no cached values",
      {
        sheets: [
          {
            name: "公式",
            body:
              `<dimension ref="A1:E6"/><sheetData>` +
              `<row r="1">${cell("A1", "<v>1</v>")}${cell("B1", "<v>2</v>")}${cell("C1", '<f t="shared" ref="C1:E1" si="0">A1+$B1*B$1</f><v>5</v>')}${cell("D1", '<f t="shared" si="0"/><v>9</v>')}${cell("E1", '<f t="shared" si="0"/>')}</row>` +
              `<row r="2">${cell("A2", "<v>3</v>")}${cell("B2", '<f t="shared" ref="B2:B6" si="1">SUM(A$1:A2)&amp;"元"</f><v>4元</v>', ' t="str"')}</row>` +
              `<row r="3">${cell("B3", '<f t="shared" si="1"/><v>4元</v>', ' t="str"')}${cell("C3", '<f t="array" ref="C3">SUM(A1:A3*2)</f><v>8</v>')}</row>` +
              `<row r="5">${cell("B5", '<f t="shared" si="1"/>')}${cell("C5", "<f>1/0</f><v>#DIV/0!</v>", ' t="e"')}${cell("D5", "<f>A1&gt;0</f><v>1</v>", ' t="b"')}</row>` +
              `<row r="6">${cell("B6", '<f t="shared" si="1"></f><v>x &amp;amp; y</v>', ' t="str"')}${cell("C6", "<f>'其他 表'!A1+[1]Sheet1!B2</f><v>0</v>")}</row>` +
              `</sheetData>`,
          },
        ],
      },
    ],
    [
      "shared, inline and rich strings, escapes, entities, character references",
      {
        strings: [
          "<si><t>合计</t></si>",
          '<si><t xml:space="preserve">  a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;  </t></si>',
          "<si><r><rPr><b/><sz val=\"11\"/></rPr><t>富</t></r><r><t xml:space=\"preserve\"> 文本</t></r></si>",
          "<si><t>拼音</t><rPh sb=\"0\" eb=\"2\"><t>pin yin</t></rPh><phoneticPr fontId=\"1\"/></si>",
          "<si/>",
          "<si><t/></si>",
          "<si><t>line_x000D_\r\nnext_x0009_tab &#x4E2D;&#20013;</t></si>",
        ],
        sheets: [
          {
            name: "文本",
            body:
              `<sheetData><row r="1">${[0, 1, 2, 3, 4, 5, 6].map((i) => cell(`${"ABCDEFG"[i]}1`, `<v>${i}</v>`, ' t="s"')).join("")}</row>` +
              `<row r="2">${cell("A2", "<is><t>行内</t></is>", ' t="inlineStr"')}${cell("B2", '<is><r><t>甲</t></r><r><rPr><i/></rPr><t>乙_x000A_</t></r></is>', ' t="inlineStr"')}${cell("C2", "<is><t></t></is>", ' t="inlineStr"')}${cell("D2", "<v>a&amp;amp;b</v>", ' t="str"')}${cell("E2", "<v>#N/A</v>", ' t="e"')}${cell("F2", "<v>0</v>", ' t="b"')}${cell("G2", "<v>true</v>", ' t="b"')}</row>` +
              `</sheetData>`,
          },
        ],
      },
    ],
    [
      "number formats: built-in and custom dates, percentages, rounding, East Asian built-ins, 1904",
      {
        date1904: true,
        numFmts: [
          { id: 164, code: 'yyyy"年"m"月"d"日"' },
          { id: 165, code: "0.0%" },
          { id: 166, code: "#,##0" },
          { id: 167, code: '[Red]\\-#,##0.00;"负"0' },
          { id: 168, code: "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy" },
        ],
        xfs: [0, 14, 164, 165, 166, 167, 31, 10, 168, 49, 22],
        sheets: [
          {
            name: "格式",
            body:
              `<sheetData><row r="1">${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((s, i) => cell(`${"ABCDEFGHIJ"[i]}1`, `<v>${[45000, 45001.5, 0.2567, 534.8, -12.345, 45010, 0.5, 45020, 12.5, 0.25][i]}</v>`, ` s="${s}"`)).join("")}</row>` +
              `<row r="2">${cell("A2", "<f>TODAY()</f><v>45100</v>", ' s="1"')}${cell("B2", "<f>\"x\"</f><v>2024</v>", ' s="2" t="str"')}${cell("C2", "<v>-1</v>", ' s="1"')}${cell("D2", "<v>3e5</v>", ' s="4"')}${cell("E2", "<v>1E-3</v>", ' s="3"')}${cell("F2", "<v>12</v>", ' s="0"')}${cell("G2", "<v>7</v>", ' s="99"')}</row>` +
              `</sheetData>`,
          },
        ],
      },
    ],
    [
      "merges, hidden rows (1 and true), rows out of order, hidden columns, hidden and very hidden sheets, chart-less extras",
      {
        sheets: [
          {
            name: "结构",
            body:
              `<sheetPr><tabColor rgb="FF00FF00"/></sheetPr><dimension ref="A1:F30"/><sheetViews><sheetView workbookViewId="0"><selection activeCell="B2" sqref="B2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
              `<cols><col min="2" max="3" width="0" hidden="1" customWidth="1"/></cols>` +
              `<sheetData><row r="1" spans="1:3">${cell("A1", "<v>1</v>")}<c r="B1" s="0"/></row><row r="3" hidden="1" customHeight="1" ht="0"/><row r="4" hidden="true">${cell("C4", "<v>2</v>")}</row><row r="2">${cell("F2", "<v>3</v>")}</row><row r="30" hidden="0">${cell("A30", "<v>4</v>")}</row></sheetData>` +
              `<sheetProtection sheet="1"/><mergeCells count="3"><mergeCell ref="A1:C1"/><mergeCell ref="D40:E41"/><mergeCell ref="bad"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
              `<extLst><ext uri="{x}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="0"/></ext></extLst>`,
          },
          { name: "隐藏", state: "hidden", body: `<sheetData><row r="1">${cell("A1", "<v>5</v>")}</row></sheetData>` },
          { name: "深藏", state: "veryHidden", body: "<sheetData/>" },
          { name: "A&amp;B &lt;名&gt;", body: `<sheetData/>` },
        ],
      },
    ],
    [
      "hyperlinks: an external link on a formula, a date and a value; an internal one",
      {
        numFmts: [],
        xfs: [0, 14],
        sheets: [
          {
            name: "链接",
            body:
              `<sheetData><row r="1">${cell("A1", "<f>HYPERLINK(\"x\")</f><v>7</v>")}${cell("B1", "<v>45000</v>", ' s="1"')}${cell("C1", "<v>8</v>")}${cell("D1", "<f>1+1</f><v>2</v>")}${cell("E1", "<f>2+2</f>")}</row></sheetData>` +
              `<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="B1" r:id="rId1"/><hyperlink ref="C1" r:id="rId1" tooltip="t"/><hyperlink ref="D1" location="'链接'!A1"/><hyperlink ref="E1" r:id="rId1"/></hyperlinks>`,
            rels: [{ id: "rId1", type: "hyperlink", target: "https://example.org/?a=1&b=2", external: true }],
          },
        ],
      },
    ],
    [
      "plain cells and rows, and what looks plain but is not: numbers spelt otherwise, references, white space, quotes",
      {
        strings: ["<si><t>零</t></si>", "<si><t>一</t></si>"],
        numFmts: [],
        xfs: [0, 14, 10],
        sheets: [
          {
            name: "写法",
            body:
              `<sheetData>` +
              `<row r="1">${["1e3", "-0", "007", ".5", "5.", "-.25", "1234567890123456789", "0.1000000000000001", "3028374.62", " 12", "1.5.2", "+4", "&#49;2", "12\r\n", "-", "."]
                .map((v, i) => cell(`${"ABCDEFGHIJKLMNOP"[i]}1`, `<v>${v}</v>`))
                .join("")}</row>` +
              `<row r='2' hidden='1'><c r='A2' t='s'><v>01</v></c><c r="B2" t="s"><v>&#49;</v></c><c r="C2" s="1"><v>45000.5</v></c><c r="D2" s="2"><v>0.125</v></c><c r="E2" t="n"><v>7</v></c><c r="F2"></c><c r="G2" s="1"/><c r="H2" ><v>8</v></c></row>` +
              `<row r="3" hidden="true"/>` +
              `<row r="4" hidden="&#49;">\n  <c r="A4">\n    <v>9</v>\n  </c>\n  <c r = "B4"><v>10</v></c><c r="C4" s="01"><v>11</v></c><c r="D4" x="Z9"><v>12</v></c></row>` +
              `<row r="5" hidden="0" spans="1:3"><c r="a5"><v>13</v></c><c r="$B$5" t="b"><v>1</v></c><c r="C5" t="e"><v>#REF!</v></c><c r="D5" t="str"><v>文本</v></c><c r="E5"><v/></c><c r="F5"><v></v></c></row>` +
              `<row hidden="1" r="07"><c r="A7"><v>14</v><!-- x --></c></row>` +
              `</sheetData>`,
          },
        ],
      },
    ],
    ["a Strict OOXML package (purl.oclc.org namespaces)", { strict: true, strings: ["<si><t>严格</t></si>"], sheets: [{ name: "Strict", body: `<sheetData><row r="1">${cell("A1", "<v>0</v>", ' t="s"')}${cell("B1", "<v>1.5</v>")}</row></sheetData>` }] }],
  ];
  it.each(cases)("%s", async (_, book) => {
    await expectSame(handXlsx(book));
  });
});
