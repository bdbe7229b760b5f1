import { readFileSync } from "fs";
import * as path from "path";
import { zipPartNames } from "../../src/adapters/xlsx/zip-parts";
import { contentLostInCopy, describeLosses, partsLost } from "../../src/adapters/xlsx/copy-losses";
import { annotateWorkbook } from "../../src/adapters/xlsx/annotate";
import { loadWorkbookBuffer } from "../../src/adapters/xlsx/load";
import { checkWorkbookSync } from "../../src/engine/check";
import { main } from "../../src/apps/cli/main";
import { fakeIo, put } from "../apps/cli/helpers";
import { sha256, tempDir, unzip, withChartAndMacro, xlsxBytes, zipStored } from "./helpers/xlsx";

async function smallWorkbook(): Promise<Uint8Array> {
  return xlsxBytes((wb) => {
    const ws = wb.addWorksheet("Sheet1");
    ws.addRow(["项目", 1]);
    ws.addRow(["合计", 2]);
  });
}

describe("zipPartNames", () => {
  it("lists the parts of an .xlsx from its central directory, without folders", async () => {
    const names = zipPartNames(await smallWorkbook());
    expect(names).toContain("xl/workbook.xml");
    expect(names).toContain("xl/worksheets/sheet1.xml");
    expect(names).toContain("[Content_Types].xml");
    expect(names.some((n) => n.endsWith("/"))).toBe(false);
  });

  it("reads names written in UTF-8 and finds the directory before a zip comment", () => {
    const zip = zipStored(
      new Map<string, string>([
        ["docs/", ""],
        ["xl/media/图片1.png", "png"],
      ]),
    );
    // A 5-byte archive comment after the end record (its length field is the record's last two bytes).
    const commented = new Uint8Array(zip.length + 5);
    commented.set(zip);
    commented[zip.length - 2] = 5;
    commented.set([104, 101, 108, 108, 111], zip.length);
    expect(zipPartNames(commented)).toEqual(["xl/media/图片1.png"]);
  });

  it("gives nothing for bytes that are not a zip, or a zip cut short", () => {
    expect(zipPartNames(new Uint8Array([1, 2, 3]))).toEqual([]);
    expect(zipPartNames(new TextEncoder().encode("科目编码,科目名称\n208,社会保障和就业支出"))).toEqual([]);
    const zip = zipStored(new Map([["a.xml", "<a/>"]]));
    expect(zipPartNames(zip.subarray(0, zip.length - 30))).toEqual([]);
  });
});

describe("partsLost", () => {
  it("counts, per kind, the parts the copy has fewer of", () => {
    const original = ["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/style1.xml", "xl/vbaProject.bin", "xl/media/image1.png", "xl/worksheets/sheet1.xml"];
    const copy = ["xl/media/image1.png", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"];
    expect(partsLost(original, copy)).toEqual([
      { kind: "chart", count: 2 },
      { kind: "macro", count: 1 },
    ]);
  });

  it("reports nothing when the copy keeps every kind (sheets and styles are not content kinds)", () => {
    const parts = ["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/media/image1.png", "xl/tables/table1.xml"];
    expect(partsLost(parts, [...parts, "xl/worksheets/sheet2.xml"])).toEqual([]);
  });

  it("names the losses for a message, with counts where a count means something", () => {
    expect(
      describeLosses([
        { kind: "chart", count: 2 },
        { kind: "macro", count: 1 },
        { kind: "pivotTable", count: 1 },
      ], "zh-CN"),
    ).toBe("图表 2 个、宏（VBA 工程）、数据透视表 1 个");
  });
});

describe("an original with a chart and macros", () => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = withChartAndMacro(await smallWorkbook());
  });

  it("is still loaded and checked", async () => {
    const workbook = await loadWorkbookBuffer(original, "图表.xlsx");
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(() => checkWorkbookSync(workbook)).not.toThrow();
  });

  it("loses both in the annotated copy, and the comparison says so", async () => {
    const copy = await annotateWorkbook(original, [], { locale: "zh-CN" });
    expect([...unzip(copy).keys()].some((n) => n.startsWith("xl/charts/"))).toBe(false);
    expect(contentLostInCopy(original, copy)).toEqual([
      { kind: "chart", count: 1 },
      { kind: "macro", count: 1 },
    ]);
  });

  it("makes budget-check --out say what the copy lacks, and leaves the original as it was", async () => {
    const tmp = tempDir();
    try {
      const input = put(tmp.dir, "带图表.xlsx", original);
      const before = sha256(input);
      const out = path.join(tmp.dir, "副本.xlsx");
      const io = fakeIo();
      expect(await main(["--out", out, input], io.io)).toBe(0);
      expect(io.stderr()).toContain(`已写入带标注的副本：${out}`);
      expect(io.stderr()).toContain("注意：副本中没有原文件的图表 1 个、宏（VBA 工程）");
      expect(sha256(input)).toBe(before);
      expect(zipPartNames(readFileSync(out))).not.toContain("xl/vbaProject.bin");
    } finally {
      tmp.cleanup();
    }
  });

  it("says nothing more for a workbook the copy keeps whole", async () => {
    const tmp = tempDir();
    try {
      const input = put(tmp.dir, "plain.xlsx", await smallWorkbook());
      const io = fakeIo();
      await main(["--out", path.join(tmp.dir, "copy.xlsx"), input], io.io);
      expect(io.stderr()).toContain("已写入带标注的副本");
      expect(io.stderr()).not.toContain("注意");
    } finally {
      tmp.cleanup();
    }
  });
});
