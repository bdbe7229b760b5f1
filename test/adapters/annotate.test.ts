import { readFileSync, writeFileSync, existsSync } from "fs";
import * as path from "path";
import type { Finding } from "../../src/model/findings";
import { annotateWorkbook, reportSheetName, safeText, SEVERITY_FILL } from "../../src/adapters/xlsx/annotate";
import { writeAnnotatedCopy, OutputError } from "../../src/adapters/xlsx/write";
import { loadWorkbookBuffer } from "../../src/adapters/xlsx/load";
import { readBack, sha256, tempDir, unzip, xlsxBytes } from "./helpers/xlsx";

function finding(partial: Partial<Finding> & Pick<Finding, "sheet" | "cell">): Finding {
  return { ruleId: "row-sum", severity: "error", related: [], data: {}, messageId: "合计不等于各项之和", ...partial };
}

/** A small budget-like sheet: the amount cells share one style, as in real files. */
async function original(): Promise<Uint8Array> {
  return xlsxBytes((wb) => {
    const ws = wb.addWorksheet("收入总表");
    ws.getCell("A1").value = "部门预算收入总表";
    ws.mergeCells("A1:D1");
    ws.getRow(2).values = ["科目编码", "科目名称", "合计", "财政拨款"];
    ws.getRow(3).values = ["", "合计", 100, 100];
    ws.getRow(4).values = ["208", "社会保障和就业支出", 60, 60];
    ws.getRow(5).values = ["210", "卫生健康支出", 30, 40];
    for (let r = 3; r <= 5; r++) for (let c = 3; c <= 4; c++) ws.getCell(r, c).numFmt = "0.00";
    ws.getCell("D5").note = "原有批注";
    wb.addWorksheet("My Sheet").getCell("B2").value = "x";
  });
}

const FINDINGS: Finding[] = [
  finding({ sheet: "收入总表", cell: "C3", expected: "90.00", actual: "100.00", difference: "10.00" }),
  finding({ sheet: "收入总表", cell: "C3", severity: "warning", ruleId: "excess-decimals", messageId: "小数位过多" }),
  finding({ sheet: "收入总表", cell: "D4", severity: "warning", ruleId: "text-number", messageId: "数字存为文本" }),
  finding({ sheet: "收入总表", cell: "D5", severity: "info", ruleId: "note", messageId: "提示一下" }),
  finding({ sheet: "收入总表", cell: "B1", severity: "info", ruleId: "title-wording", messageId: "标题用语" }),
  finding({ sheet: "My Sheet", cell: "B2", severity: "warning", ruleId: "x", messageId: "空格表名" }),
  finding({ sheet: "收入总表", cell: "", severity: "info", ruleId: "unrecognized-sheet", messageId: "整表提示" }),
];

describe("annotateWorkbook", () => {
  let input: Uint8Array;
  let out: Uint8Array;
  let wb: Awaited<ReturnType<typeof readBack>>;

  beforeAll(async () => {
    input = await original();
    out = await annotateWorkbook(input, FINDINGS, { source: "收入.xlsx", locale: "zh-CN" });
    wb = await readBack(out);
  });

  it("adds a 校验报告 sheet after the original sheets", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["收入总表", "My Sheet", "校验报告"]);
  });

  it("writes a summary line, the header and one row per finding", () => {
    const ws = wb.getWorksheet("校验报告")!;
    expect(ws.getCell("A1").value).toBe("校验结果（收入.xlsx）：错误 1 个，警告 3 个，提示 3 个");
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(["序号", "严重程度", "工作表", "单元格", "规则", "说明", "应为", "实为", "差额"]);
    expect(ws.rowCount).toBe(2 + FINDINGS.length);
    const first = ws.getRow(3);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(2).value).toBe("错误");
    expect(first.getCell(3).value).toBe("收入总表");
    expect(first.getCell(5).value).toBe("row-sum");
    expect(first.getCell(6).value).toBe("合计不等于各项之和");
    expect([first.getCell(7).value, first.getCell(8).value, first.getCell(9).value]).toEqual(["90.00", "100.00", "10.00"]);
    expect(ws.getRow(9).getCell(4).value).toBeNull(); // the whole-sheet finding has no cell
  });

  it("links each cell address to the cell", () => {
    const ws = wb.getWorksheet("校验报告")!;
    expect(ws.getCell("D3").value).toEqual({ text: "C3", hyperlink: "#'收入总表'!C3" });
    expect(ws.getCell("D8").value).toEqual({ text: "B2", hyperlink: "#'My Sheet'!B2" });
  });

  it("fills flagged cells by their worst severity and leaves the others alone", () => {
    const ws = wb.getWorksheet("收入总表")!;
    const argb = (a: string) => (ws.getCell(a).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    expect(argb("C3")).toBe(SEVERITY_FILL.error); // error + warning → error
    expect(argb("D4")).toBe(SEVERITY_FILL.warning);
    expect(argb("D5")).toBe(SEVERITY_FILL.info);
    // Same style as C3 in the original, not flagged: still unfilled.
    expect(argb("C4")).toBeUndefined();
    expect(argb("D3")).toBeUndefined();
    expect(argb("C5")).toBeUndefined();
    // B1 lies in the merged title A1:D1: the merge's top-left cell carries the mark.
    expect(argb("A1")).toBe(SEVERITY_FILL.info);
    expect(wb.getWorksheet("My Sheet")!.getCell("B2").fill).toMatchObject({ fgColor: { argb: SEVERITY_FILL.warning } });
  });

  it("puts every message of a cell in its note, after any note it had", () => {
    const ws = wb.getWorksheet("收入总表")!;
    const text = (a: string) => {
      const n = ws.getCell(a).note as unknown;
      return typeof n === "string" ? n : ((n as { texts: { text: string }[] }).texts ?? []).map((r) => r.text).join("");
    };
    expect(text("C3")).toBe("【错误】合计不等于各项之和（row-sum）\n【警告】小数位过多（excess-decimals）");
    expect(text("D5")).toBe("原有批注\n【提示】提示一下（note）");
  });

  it("keeps every original value", async () => {
    const before = await loadWorkbookBuffer(input, "in.xlsx");
    const after = await loadWorkbookBuffer(out, "out.xlsx");
    expect(after.sheets.slice(0, 2)).toEqual(before.sheets);
  });

  it("skips findings on sheets that are not in the workbook", async () => {
    const bytes = await annotateWorkbook(input, [finding({ sheet: "没有这张表", cell: "A1" })], { locale: "zh-CN" });
    const ws = (await readBack(bytes)).getWorksheet("校验报告")!;
    expect(ws.getCell("C3").value).toBe("没有这张表");
    expect(ws.getCell("D3").value).toBe("A1"); // no link to a sheet that does not exist
  });

  it("says so when there is nothing to report", async () => {
    const ws = (await readBack(await annotateWorkbook(input, [], { source: "a.xlsx", locale: "zh-CN" }))).getWorksheet("校验报告")!;
    expect(ws.getCell("A1").value).toBe("校验结果（a.xlsx）：未发现问题");
    expect(ws.rowCount).toBe(2);
  });
});

describe("report sheet name", () => {
  it("avoids names already taken, ignoring case", () => {
    expect(reportSheetName(["Sheet1"], "zh-CN")).toBe("校验报告");
    expect(reportSheetName(["校验报告"], "zh-CN")).toBe("校验报告(2)");
    expect(reportSheetName(["校验报告", "校验报告(2)"], "zh-CN")).toBe("校验报告(3)");
  });

  it("is applied to a workbook that already has a report", async () => {
    const input = await xlsxBytes((wb) => {
      wb.addWorksheet("校验报告").getCell("A1").value = "上次的报告";
    });
    const wb = await readBack(await annotateWorkbook(input, [], { locale: "zh-CN" }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["校验报告", "校验报告(2)"]);
    expect(wb.getWorksheet("校验报告")!.getCell("A1").value).toBe("上次的报告");
  });
});

/** Part name of a sheet, through workbook.xml and its relationships. */
function sheetPart(parts: Map<string, string>, name: string): string {
  const sheet = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(parts.get("xl/workbook.xml")!);
  const rel = new RegExp(`<Relationship [^>]*Id="${sheet![1]}"[^>]*Target="([^"]+)"`).exec(parts.get("xl/_rels/workbook.xml.rels")!);
  return "xl/" + rel![1].replace(/^\/?xl\//, "");
}

describe("formula injection", () => {
  const hostile = ["=1+1", "+SUM(A1:A9)", "-2+3", "@SUM(A1)", "\t=cmd|' /C calc'!A0", "\r=HYPERLINK(\"http://x\")", '=HYPERLINK("http://evil","点我")'];

  it("writes hostile text as plain strings: no <f> element in the report sheet", async () => {
    const findings = hostile.map((text, i) =>
      finding({ sheet: text, cell: "", ruleId: text, messageId: text, expected: text, actual: text, difference: text, severity: i % 2 ? "warning" : "error" }),
    );
    const out = await annotateWorkbook(await original(), findings, { source: "=evil.xlsx", locale: "zh-CN" });
    const parts = unzip(out);
    const reportXml = parts.get(sheetPart(parts, "校验报告"))!;
    expect(reportXml).toContain("<sheetData>");
    expect(reportXml).not.toMatch(/<f[ >/]/);
    expect(reportXml).toMatch(/<c r="F3"[^>]* t="s"/); // a shared string, which Excel never evaluates
    for (const [name, xml] of parts) if (name.startsWith("xl/worksheets/sheet")) expect(xml).not.toMatch(/<f[ >/]/);
    // And the text reads back unchanged, as text.
    const ws = (await readBack(out)).getWorksheet("校验报告")!;
    hostile.forEach((text, i) => {
      const row = ws.getRow(i + 3);
      for (const c of [3, 5, 6, 7, 8, 9]) {
        expect(row.getCell(c).type).toBe(3); // ExcelJS ValueType.String
        expect(row.getCell(c).value).toBe(text.replace("\r", "\n")); // XML keeps no bare CR
      }
    });
    expect(ws.getCell("A1").value).toBe("校验结果（=evil.xlsx）：错误 4 个，警告 3 个，提示 0 个");
  });

  it("drops characters XML cannot carry instead of writing a broken file", async () => {
    expect(safeText("a\u0000b\u0001c\u000bd\ud800e\tf\ng\r\nh\ri")).toBe("abcde\tf\ng\nh\ni");
    expect(safeText("😀")).toBe("😀");
    const long = safeText("a".repeat(32765) + "😀😀");
    expect(long.length).toBeLessThanOrEqual(32767);
    expect(long.endsWith("a…")).toBe(true);
    const out = await annotateWorkbook(await original(), [finding({ sheet: "收入总表", cell: "C4", messageId: "坏\u0000字符\u001f" })], { locale: "zh-CN" });
    const ws = (await readBack(out)).getWorksheet("校验报告")!;
    expect(ws.getCell("F3").value).toBe("坏字符");
  });
});

describe("writeAnnotatedCopy", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it("writes the copy and never touches the input", async () => {
    const inputPath = path.join(tmp.dir, "输入.xlsx");
    writeFileSync(inputPath, await original());
    const before = sha256(inputPath);
    const outPath = path.join(tmp.dir, "输出.xlsx");
    await writeAnnotatedCopy(readFileSync(inputPath), inputPath, outPath, FINDINGS, { locale: "zh-CN" });
    expect(sha256(inputPath)).toBe(before);
    const wb = await readBack(readFileSync(outPath));
    expect(wb.getWorksheet("校验报告")!.getCell("A1").value).toContain("输入.xlsx");
  });

  it("refuses to write over the input, by path or through a link", async () => {
    const inputPath = path.join(tmp.dir, "same.xlsx");
    writeFileSync(inputPath, await original());
    const before = sha256(inputPath);
    const bytes = readFileSync(inputPath);
    await expect(writeAnnotatedCopy(bytes, inputPath, inputPath, FINDINGS, { locale: "zh-CN" })).rejects.toMatchObject({ reason: "same-as-input" });
    await expect(writeAnnotatedCopy(bytes, inputPath, path.join(tmp.dir, ".", "same.xlsx"), FINDINGS, { locale: "zh-CN" })).rejects.toBeInstanceOf(OutputError);
    const { linkSync } = await import("fs");
    const link = path.join(tmp.dir, "hardlink.xlsx");
    linkSync(inputPath, link);
    await expect(writeAnnotatedCopy(bytes, inputPath, link, FINDINGS, { locale: "zh-CN" })).rejects.toMatchObject({ reason: "same-as-input" });
    expect(sha256(inputPath)).toBe(before);
  });

  it("leaves nothing behind when the folder does not exist", async () => {
    const outPath = path.join(tmp.dir, "no-such-dir", "x.xlsx");
    await expect(writeAnnotatedCopy(await original(), "in.xlsx", outPath, [], { locale: "zh-CN" })).rejects.toMatchObject({ reason: "write-failed" });
    expect(existsSync(outPath)).toBe(false);
  });
});
