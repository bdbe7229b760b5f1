import { existsSync, mkdirSync, readdirSync, writeFileSync } from "fs";
import * as path from "path";
import { expandInputs, isSpreadsheetName } from "../../../src/apps/cli/inputs";
import { main } from "../../../src/apps/cli/main";
import type { JsonOutput } from "../../../src/apps/cli/format-json";
import { tempDir } from "../../adapters/helpers/xlsx";
import { BAD_CELL_RULE, fakeIo, plainBytes } from "./helpers";

const tmp = tempDir("budget-check-inputs-");
afterAll(() => tmp.cleanup());

/** A reviewer's folder: submissions in subfolders, an Excel lock file, a hidden file, a PDF. */
let root: string;
beforeAll(async () => {
  const bytes = await plainBytes({ B2: "坏:error" });
  root = path.join(tmp.dir, "送审");
  for (const dir of ["", "县医保局", "县卫健委", ".cache"]) mkdirSync(path.join(root, dir), { recursive: true });
  for (const name of ["总表.xlsx", "县医保局/部门预算 2.xlsx", "县医保局/部门预算 10.XLSX", "县卫健委/部门预算.xlsm", "~$总表.xlsx", ".隐藏.xlsx", ".cache/旧.xlsx"]) {
    writeFileSync(path.join(root, name), bytes);
  }
  writeFileSync(path.join(root, "说明.pdf"), "%PDF-1.4");
});

const rel = (files: { file: string }[]) => files.map((f) => path.relative(root, f.file).split(path.sep).join("/"));

describe("expandInputs", () => {
  it("turns a folder into its workbooks, subfolders included, in natural order", async () => {
    const inputs = await expandInputs([root], "zh-CN");
    // A folder's own files first; subfolders in pinyin order (卫 wèi before 医 yī); 2 before 10.
    expect(rel(inputs)).toEqual(["总表.xlsx", "县卫健委/部门预算.xlsm", "县医保局/部门预算 2.xlsx", "县医保局/部门预算 10.XLSX"]);
    expect(inputs.every((i) => !("error" in i))).toBe(true);
  });

  it("leaves out Excel lock files, hidden files and folders, and files that are not spreadsheets", () => {
    expect(isSpreadsheetName("~$总表.xlsx")).toBe(false);
    expect(isSpreadsheetName(".隐藏.xlsx")).toBe(false);
    expect(isSpreadsheetName("说明.pdf")).toBe(false);
    expect(isSpreadsheetName("情况说明.docx")).toBe(false);
    expect(isSpreadsheetName("表.XLSM")).toBe(true);
  });

  it("keeps spreadsheets the checker cannot read (.xls, WPS .et), so none is skipped without a word", () => {
    for (const name of ["旧.xls", "部门预算.et", "模板.ett", "二进制.xlsb", "表.ods"]) expect(isSpreadsheetName(name)).toBe(true);
  });

  it("expands a wildcard itself (Windows shells pass it as written), case-insensitively", async () => {
    const inputs = await expandInputs([path.join(root, "县医保局", "*.xlsx")], "zh-CN");
    expect(rel(inputs)).toEqual(["县医保局/部门预算 2.xlsx", "县医保局/部门预算 10.XLSX"]);
  });

  it("says so when a folder holds no workbook or a wildcard matches nothing", async () => {
    const empty = path.join(tmp.dir, "空文件夹");
    mkdirSync(empty, { recursive: true });
    const pattern = path.join(root, "*.xls");
    expect(await expandInputs([empty, pattern], "zh-CN")).toEqual([
      { file: empty, error: `文件夹 ${empty} 中没有表格文件（.xlsx、.xlsm、.xls、.et 等）`, reason: "empty-folder" },
      { file: pattern, error: `没有与 ${pattern} 匹配的文件`, reason: "no-match" },
    ]);
  });

  it("checks a file named twice (or also inside a named folder) once, and passes missing files on", async () => {
    const file = path.join(root, "总表.xlsx");
    const missing = path.join(root, "没有.xlsx");
    const inputs = await expandInputs([file, root, file, missing], "zh-CN");
    expect(inputs.filter((i) => i.file === file)).toHaveLength(1);
    expect(inputs[inputs.length - 1]).toEqual({ file: missing });
    expect(inputs).toHaveLength(5);
  });

  it("never reads the folder the copies go to", async () => {
    const out = path.join(root, "县卫健委");
    expect(rel(await expandInputs([root], "zh-CN", [out]))).not.toContain("县卫健委/部门预算.xlsm");
  });
});

describe("budget-check with a folder", () => {
  it("checks every submission in it, and a second run does not check the copies of the first", async () => {
    const out = path.join(root, "校验结果");
    const first = fakeIo();
    expect(await main(["--format", "json", "--out", out + path.sep, root], first.io, { rules: [BAD_CELL_RULE] })).toBe(1);
    const json = JSON.parse(first.stdout()) as JsonOutput;
    expect(json.files).toHaveLength(4);
    expect(json.files.every((f) => f.findings.some((x) => x.severity === "error"))).toBe(true);
    expect(readdirSync(out)).toHaveLength(4);

    const second = fakeIo();
    await main(["--format", "json", "--out", out, root], second.io, { rules: [BAD_CELL_RULE] });
    expect((JSON.parse(second.stdout()) as JsonOutput).files).toHaveLength(4);
    expect(existsSync(path.join(out, "总表-校验-校验.xlsx"))).toBe(false);
  });

  it("exits 2 for a folder without workbooks, with the reason in the report", async () => {
    const empty = path.join(tmp.dir, "无工作簿");
    mkdirSync(empty, { recursive: true });
    const io = fakeIo();
    expect(await main([empty], io.io, { rules: [BAD_CELL_RULE] })).toBe(2);
    expect(io.stdout()).toContain(`无法检查：文件夹 ${empty} 中没有表格文件（.xlsx、.xlsm、.xls、.et 等）`);
  });

  it("counts an input that named no file apart from the files, in the closing line, the recap and JSON", async () => {
    const empty = path.join(tmp.dir, "空文件夹");
    mkdirSync(empty, { recursive: true });
    const pattern = path.join(tmp.dir, "*.不存在");
    const io = fakeIo();
    expect(await main([path.join(root, "总表.xlsx"), empty, pattern], io.io, { rules: [BAD_CELL_RULE] })).toBe(2);
    const text = io.stdout();
    expect(text).toContain("共 1 个文件：错误 1 个，警告 0 个，提示 0 个；2 个输入没有找到表格文件");
    expect(text).not.toContain("个文件无法读取");
    expect(text).toContain("没有找到表格文件的输入（2 个）：");
    expect(text).not.toContain("无法检查的文件");

    const json = fakeIo();
    await main(["--format", "json", path.join(root, "总表.xlsx"), empty], json.io, { rules: [BAD_CELL_RULE] });
    expect((JSON.parse(json.stdout()) as JsonOutput).summary).toMatchObject({ files: 1, unreadable: 0, inputsWithoutFiles: 1 });
  });
});

