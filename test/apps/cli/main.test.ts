import { existsSync, mkdirSync, readFileSync } from "fs";
import * as path from "path";
import { main, version } from "../../../src/apps/cli/main";
import type { JsonOutput } from "../../../src/apps/cli/format-json";
import { readBack, sha256, tempDir } from "../../adapters/helpers/xlsx";
import { BAD_CELL_RULE, fakeIo, plainBytes, plantedBytes, put, sampleBytes } from "./helpers";

const tmp = tempDir("budget-check-cli-");
afterAll(() => tmp.cleanup());

let clean: string; // no bad cells
let bad: string; // one error, one warning, one info through BAD_CELL_RULE
let warnOnly: string;
let sample: string;

beforeAll(async () => {
  clean = put(tmp.dir, "clean.xlsx", await plainBytes());
  bad = put(tmp.dir, "bad.xlsx", await plainBytes({ B2: "坏:error", C3: "坏:warning", D4: "坏:info" }));
  warnOnly = put(tmp.dir, "warn.xlsx", await plainBytes({ B2: "坏:warning" }));
  sample = put(tmp.dir, "巨鹿县医疗保障局.xlsx", await sampleBytes());
});

const rules = [BAD_CELL_RULE];

describe("usage", () => {
  it("--help prints the usage and exits 0", async () => {
    const io = fakeIo();
    expect(await main(["--help"], io.io)).toBe(0);
    expect(io.stdout()).toContain("用法：budget-check");
    expect(io.stdout()).toContain("--format text|json");
  });

  it("--version prints the package version", async () => {
    const io = fakeIo();
    expect(await main(["--version"], io.io)).toBe(0);
    const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "..", "package.json"), "utf8")) as { version: string };
    expect(io.stdout()).toBe(pkg.version + "\n");
    expect(version()).toBe(pkg.version);
  });

  it("wrong arguments exit 2 with a one-line reason and a hint on stderr", async () => {
    const io = fakeIo();
    expect(await main(["--format", "xml", clean], io.io)).toBe(2);
    expect(io.stdout()).toBe("");
    expect(io.stderr()).toBe("budget-check: --format 只能是 text 或 json，而不是“xml”\n运行 budget-check --help 查看用法\n");
    expect(await main([], fakeIo().io)).toBe(2);
  });
});

describe("exit codes", () => {
  it("0 when no errors (warnings and notes do not count)", async () => {
    expect(await main([clean], fakeIo().io, { rules })).toBe(0);
    expect(await main([warnOnly], fakeIo().io, { rules })).toBe(0);
  });

  it("1 when errors were found", async () => {
    const io = fakeIo();
    expect(await main([clean, bad], io.io, { rules })).toBe(1);
    expect(io.stdout()).toContain("共 2 个文件：错误 1 个，警告 1 个，提示 1 个");
  });

  it("2 when an input could not be read, after checking the others", async () => {
    const missing = path.join(tmp.dir, "没有.xlsx");
    const text = put(tmp.dir, "notes.xlsx", "只是文本\n");
    const io = fakeIo();
    expect(await main([bad, missing, text, clean], io.io, { rules })).toBe(2);
    const out = io.stdout();
    expect(out).toContain(`文件：${bad}`);
    expect(out).toContain(`无法检查：找不到文件：${missing}`);
    expect(out).toContain(`无法检查：${text} 不是 .xlsx 工作簿（看起来是文本文件）`);
    expect(out).toContain(`文件：${clean}`);
    expect(out).toContain("共 4 个文件：错误 1 个，警告 1 个，提示 1 个；2 个文件无法读取");
  });

  it("reports a fault inside a rule against its file and goes on", async () => {
    const broken = { meta: { ...BAD_CELL_RULE.meta, id: "broken" }, checkWorkbook: () => { throw new Error("boom\nstack"); } };
    const io = fakeIo();
    expect(await main(["--format", "json", clean], io.io, { rules: [broken] })).toBe(2);
    const json = JSON.parse(io.stdout()) as JsonOutput;
    expect(json.files[0]).toMatchObject({ reason: "check-failed", error: `检查 ${clean} 时出错：boom stack` });
  });
});

describe("JSON output", () => {
  it("has files → tables and findings in the documented shape", async () => {
    const io = fakeIo();
    const missing = path.join(tmp.dir, "gone.xlsx");
    expect(await main(["--format", "json", bad, missing], io.io, { rules })).toBe(2);
    const json = JSON.parse(io.stdout()) as JsonOutput;
    expect(json.files).toHaveLength(2);
    const [first, second] = json.files;
    expect(first.file).toBe(bad);
    expect(Array.isArray(first.tables)).toBe(true);
    expect(first.findings.map((f) => [f.ruleId, f.severity, f.sheet, f.cell, f.message])).toEqual([
      ["test-bad-cell", "error", "数据", "B2", "坏单元格 error"],
      ["test-bad-cell", "warning", "数据", "C3", "坏单元格 warning"],
      ["test-bad-cell", "info", "数据", "D4", "坏单元格 info"],
    ]);
    expect(second).toMatchObject({ file: missing, error: `找不到文件：${missing}`, reason: "missing" });
    expect(io.stderr()).toContain("正在检查 2/2"); // progress stays off stdout
  });

  it("lists recognised tables as {sheet, template}", async () => {
    const io = fakeIo();
    await main(["--format", "json", sample], io.io, { rules: [] });
    const json = JSON.parse(io.stdout()) as JsonOutput;
    expect(json.files[0].tables).toContainEqual(expect.objectContaining({ sheet: "收支总表", template: "income-expense-summary" }));
    expect(json.files[0].tables).toContainEqual(expect.objectContaining({ sheet: "三公经费", template: "three-public" }));
    for (const table of json.files[0].tables as { range?: string }[]) expect(table.range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
  });
});

describe("text output", () => {
  it("groups by file, then table, then severity, with summaries", async () => {
    const io = fakeIo();
    await main([sample, bad], io.io, { rules });
    const out = io.stdout();
    expect(out.indexOf(`文件：${sample}`)).toBeLessThan(out.indexOf(`文件：${bad}`));
    // Several files: a file's clean tables take one line, its problems are listed in full.
    expect(out).not.toContain("未发现问题\n  工作表");
    expect(out).toContain(`文件：${sample}\n  20 张表均未发现问题\n`);
    const block = out.slice(out.indexOf(`文件：${bad}`));
    expect(block).toMatch(/工作表「数据」\n {4}错误（1）\n {6}B2 {2}坏单元格 error {2}\[test-bad-cell\]\n {4}警告（1）\n/);
    expect(block).toContain("  小计：错误 1 个，警告 1 个，提示 1 个");
    expect(out.trimEnd().split("\n").pop()).toBe("共 2 个文件：错误 1 个，警告 1 个，提示 1 个");
  });

  it("lists every table of a single file, clean ones included (they show what was recognised)", async () => {
    const io = fakeIo();
    await main([sample], io.io, { rules });
    expect(io.stdout()).toContain("  工作表「收支总表」部门预算收支总表（income-expense-summary）  未发现问题");
  });

  it("is coloured on a terminal unless NO_COLOR, and when FORCE_COLOR", async () => {
    const tty = fakeIo({ stdoutTTY: true });
    await main([bad], tty.io, { rules });
    expect(tty.stdout()).toContain("\x1b[31m");
    const noColor = fakeIo({ stdoutTTY: true, env: { NO_COLOR: "1" } });
    await main([bad], noColor.io, { rules });
    expect(noColor.stdout()).not.toContain("\x1b[");
    const forced = fakeIo({ stdoutTTY: false, env: { FORCE_COLOR: "1" } });
    await main([bad], forced.io, { rules });
    expect(forced.stdout()).toContain("\x1b[31m");
  });

  it("speaks English with --lang en, while a run beside it speaks Chinese (no process-wide locale)", async () => {
    const io = fakeIo();
    const zh = fakeIo();
    await Promise.all([main(["--lang", "en", bad], io.io, { rules }), main([bad], zh.io, { rules })]);
    expect(io.stdout()).toContain("1 file(s): 1 error(s), 1 warning(s), 1 note(s)");
    expect(zh.stdout()).not.toContain("file(s)");
    expect(zh.stdout()).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("progress", () => {
  it("is silent for a single file", async () => {
    const io = fakeIo({ stderrTTY: true });
    await main([clean], io.io, { rules });
    expect(io.stderr()).toBe("");
  });

  it("draws a bar on a terminal for several files and clears it", async () => {
    const io = fakeIo({ stderrTTY: true });
    await main([clean, bad], io.io, { rules });
    expect(io.stderr()).toContain("\r");
    expect(io.stderr()).toMatch(/2\/2 .*bad\.xlsx/);
    expect(io.stderr().endsWith("\r\x1b[K")).toBe(true);
  });
});

describe("--out", () => {
  it("writes an annotated copy and leaves the input untouched", async () => {
    const before = sha256(bad);
    const out = path.join(tmp.dir, "annotated.xlsx");
    const io = fakeIo();
    expect(await main(["--out", out, bad], io.io, { rules })).toBe(1);
    expect(sha256(bad)).toBe(before);
    expect(io.stderr()).toBe(`已写入带标注的副本：${out}\n`);
    const wb = await readBack(readFileSync(out));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["数据", "校验报告"]);
    expect(wb.getWorksheet("数据")!.getCell("B2").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(wb.getWorksheet("校验报告")!.getCell("A1").value).toBe("校验结果（bad.xlsx）：错误 1 个，警告 1 个，提示 1 个");
  });

  it("derives one copy per input when several files are checked", async () => {
    const dir = path.join(tmp.dir, "many");
    mkdirSync(dir);
    const io = fakeIo();
    const missing = path.join(tmp.dir, "missing.xlsx");
    expect(await main(["--out", path.join(dir, "报告.xlsx"), bad, clean, missing], io.io, { rules })).toBe(2);
    expect(existsSync(path.join(dir, "报告-bad.xlsx"))).toBe(true);
    expect(existsSync(path.join(dir, "报告-clean.xlsx"))).toBe(true);
    expect(existsSync(path.join(dir, "报告-missing.xlsx"))).toBe(false);
  });

  it("writes into a folder", async () => {
    const dir = path.join(tmp.dir, "folder");
    mkdirSync(dir);
    expect(await main(["--out", dir, bad, clean], fakeIo().io, { rules })).toBe(1);
    expect(existsSync(path.join(dir, "bad-校验.xlsx"))).toBe(true);
    expect(existsSync(path.join(dir, "clean-校验.xlsx"))).toBe(true);
  });

  it("refuses to overwrite the input (exit 2) and leaves it untouched", async () => {
    const before = sha256(bad);
    const io = fakeIo();
    expect(await main(["--out", bad, bad], io.io, { rules })).toBe(2);
    expect(io.stderr()).toContain("不会覆盖输入文件");
    expect(sha256(bad)).toBe(before);
  });

  it("names the requested file, not a temporary one, when the copy cannot be written (exit 2)", async () => {
    const io = fakeIo();
    const out = path.join(tmp.dir, "no-such-folder", "sub", "copy.xlsx");
    expect(await main(["--out", out, warnOnly], io.io, { rules })).toBe(2);
    expect(io.stderr()).toContain(`无法写入 ${out}`);
    expect(io.stderr()).not.toContain(".tmp");
  });
});

describe("through the real recognizer and rules", () => {
  it("finds a planted error in the sample tables (exit 1) and never modifies the input", async () => {
    const planted = await plantedBytes();
    const file = put(tmp.dir, "planted.xlsx", planted.bytes);
    const before = sha256(file);
    const io = fakeIo();
    const out = path.join(tmp.dir, "planted-out.xlsx");
    expect(await main(["--format", "json", "--out", out, file], io.io)).toBe(1);
    expect(sha256(file)).toBe(before);
    const json = JSON.parse(io.stdout()) as JsonOutput;
    const errors = json.files[0].findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((f) => f.sheet === planted.sheet)).toBe(true);
    expect(json.files[0].tables.length).toBeGreaterThanOrEqual(9);
    expect(existsSync(out)).toBe(true);
  });
});

describe("--out names", () => {
  it("refuses a copy name that is not .xlsx (an .xlsm without its macros would not open), before checking anything", async () => {
    for (const name of ["副本.xlsm", "副本.xls", "副本"]) {
      const io = fakeIo();
      const out = path.join(tmp.dir, name);
      expect(await main(["--out", out, clean], io.io, { rules })).toBe(2);
      expect(io.stderr()).toContain(`--out 写出的副本是 .xlsx 工作簿，文件名请以 .xlsx 结尾（或给出一个文件夹）：${out}`);
      expect(io.stdout()).toBe("");
      expect(existsSync(out)).toBe(false);
    }
  });
});

describe("--out folder/", () => {
  it("creates a folder named with a trailing separator", async () => {
    const dir = path.join(tmp.dir, "new-folder") + path.sep;
    expect(await main(["--out", dir, warnOnly], fakeIo().io, { rules })).toBe(0);
    expect(existsSync(path.join(dir, "warn-校验.xlsx"))).toBe(true);
  });
});
