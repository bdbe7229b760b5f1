import { formatText, palette, useColor } from "../../../src/apps/cli/format-text";
import { groupByTable, oneLine, placedGroups } from "../../../src/present/groups";
import { formatJson, toJson } from "../../../src/apps/cli/format-json";
import { assembleOutput, renderFile, renderFileBytes, type RenderRequest } from "../../../src/apps/cli/render-file";
import { displayWidth, truncate, createProgress } from "../../../src/apps/cli/progress";
import { planOutputs } from "../../../src/apps/cli/out-paths";
import type { FileReport } from "../../../src/engine/file-report";
import type { Finding, Severity } from "../../../src/model/findings";
import * as path from "path";

const f = (sheet: string, cell: string, severity: Severity, extra: Partial<Finding> = {}): Finding => ({
  ruleId: "r",
  severity,
  sheet,
  cell,
  related: [],
  data: {}, messageId: `${sheet}-${cell}-${severity}`,
  ...extra,
});

const REPORT: FileReport = {
  file: "县.xlsx",
  tables: [
    { sheet: "表1", template: "income-expense-summary", title: "部门收支总表", layout: "hebei", range: "A3:H40" },
    { sheet: "表2", template: "income", title: "部门收入总表", layout: "hebei", range: "A3:J20" },
  ],
  findings: [
    f("表1", "B5", "info"),
    f("表1", "C9", "error"),
    f("表1", "D9", "warning"),
    f("表1", "E9", "error"),
    f("杂项", "A1", "warning"),
    f("", "", "info", { messageId: "整个工作簿" }),
  ],
};

describe("text output", () => {
  it("groups by table, then severity (errors first), with a per-file and an overall summary", () => {
    const text = formatText([REPORT, { file: "坏.xlsx", tables: [], findings: [], error: "找不到文件：坏.xlsx", errorReason: "missing" }], "zh-CN");
    const lines = text.split("\n");
    const at = (s: string) => lines.findIndex((l) => l.includes(s));
    expect(lines[0]).toBe("文件：县.xlsx");
    expect(at("工作表「表1」部门收支总表（income-expense-summary）")).toBe(1);
    expect(at("错误（2）")).toBeLessThan(at("警告（1）"));
    expect(at("警告（1）")).toBeLessThan(at("提示（1）"));
    expect(at("表1-C9-error")).toBeLessThan(at("表1-E9-error"));
    expect(lines[at("工作表「表2」")]).toBe("  工作表「表2」部门收入总表（income）  未发现问题");
    expect(at("工作表「杂项」")).toBeGreaterThan(at("工作表「表2」"));
    expect(at("整个工作簿")).toBeGreaterThan(at("工作表「杂项」"));
    expect(text).toContain("  小计：错误 2 个，警告 2 个，提示 2 个");
    expect(text).toContain("文件：坏.xlsx\n  无法检查：找不到文件：坏.xlsx\n");
    expect(lines.filter(Boolean).pop()).toBe("共 2 个文件：错误 2 个，警告 2 个，提示 2 个；1 个文件无法读取");
    expect(text).not.toContain("\x1b[");
  });

  it("compact: a file's clean tables take one line after its problems", () => {
    const text = formatText([REPORT], "zh-CN", palette(false), { compact: true });
    expect(text).not.toContain("工作表「表2」");
    expect(text).toContain("工作表「表1」部门收支总表（income-expense-summary）");
    expect(text).toMatch(/整个工作簿\n.*\n.*\n {2}另有 1 张表未发现问题\n {2}小计/);
    const clean = formatText([{ ...REPORT, findings: [] }], "zh-CN", palette(false), { compact: true });
    expect(clean).toBe("文件：县.xlsx\n  2 张表均未发现问题\n  小计：错误 0 个，警告 0 个，提示 0 个\n\n共 1 个文件：错误 0 个，警告 0 个，提示 0 个\n");
  });

  it("compact (a batch): ends with the files that have errors and those not checked", () => {
    const missing: FileReport = { file: "坏.xlsx", tables: [], findings: [], error: "找不到文件：坏.xlsx", errorReason: "missing" };
    const warningsOnly: FileReport = { ...REPORT, file: "只有警告.xlsx", findings: [f("表1", "D9", "warning")] };
    const text = formatText([REPORT, warningsOnly, missing], "zh-CN", palette(false), { compact: true });
    const recap = text.slice(text.lastIndexOf("有错误的文件"));
    expect(recap).toBe("有错误的文件（1 个）：\n  县.xlsx  错误 2 个\n无法检查的文件（1 个）：\n  坏.xlsx\n\n共 3 个文件：错误 2 个，警告 3 个，提示 2 个；1 个文件无法读取\n");
    expect(formatText([REPORT], "zh-CN", palette(false))).not.toContain("有错误的文件");
  });

  it("colours severities when asked", () => {
    const text = formatText([REPORT], "zh-CN", palette(true));
    expect(text).toContain("\x1b[31m错误（2）\x1b[39m");
    expect(text).toContain("\x1b[33m警告（1）\x1b[39m");
    expect(text).toContain("\x1b[36m提示（1）\x1b[39m");
  });

  it("keeps cell text from breaking lines or sending terminal codes", () => {
    expect(oneLine("a\nb\r\n\x1b[2Jc\u0007")).toBe("a b [2Jc");
    const text = formatText([{ file: "x", tables: [], findings: [f("表\n1", "A1", "error", { messageId: "坏\n行\x1b[31m" })] }], "zh-CN");
    expect(text).toContain("工作表「表 1」");
    expect(text).toContain("坏 行[31m");
  });

  it("puts findings of a sheet with two tables under the table they name", () => {
    const groups = groupByTable({
      file: "x",
      tables: [
        { sheet: "S", template: "income", title: "a", layout: "", range: "A3:D9" },
        { sheet: "S", template: "expenditure", title: "b", layout: "", range: "A12:D20" },
      ],
      findings: [f("S", "A1", "error", { table: "expenditure" }), f("S", "A2", "error")],
    }, "zh-CN");
    expect(groups.map((g) => g.findings.length)).toEqual([0, 1, 1]);
    expect(groups[2].heading).toBe("工作表「S」");
  });

  it("places findings without wording headings as groupByTable does (the page counts tables without findings with it)", () => {
    const report = {
      file: "x",
      tables: [
        { sheet: "S", template: "income", title: "a", layout: "", range: "A3:D9" },
        { sheet: "S", template: "expenditure", title: "b", layout: "", range: "A12:D20" },
        { sheet: "T", template: "income", title: "c", layout: "", range: "A3:D9" },
      ],
      findings: [f("S", "A1", "error", { table: "expenditure" }), f("S", "A2", "error"), f("", "", "warning"), f("U", "B2", "info")],
    };
    const placed = placedGroups(report);
    expect(placed.map((g) => [g.place.kind, g.findings.length])).toEqual([["table", 0], ["table", 1], ["table", 0], ["sheet", 1], ["sheet", 1], ["workbook", 1]]);
    expect(groupByTable(report, "zh-CN").map((g) => g.findings)).toEqual(placed.map((g) => g.findings));
  });

  it("shows the two halves of a side-by-side table as one table with the findings of both", () => {
    const half = { sheet: "基本支出", template: "general-budget-basic", title: "基本支出决算表", layout: "side-by-side", range: "A3:C10" };
    const groups = groupByTable({
      file: "x",
      tables: [half, { ...half, range: "D3:F10" }],
      findings: [f("基本支出", "C5", "error", { table: "general-budget-basic" }), f("基本支出", "F10", "error", { table: "general-budget-basic" })],
    }, "zh-CN");
    expect(groups.map((g) => [g.heading, g.findings.length])).toEqual([["工作表「基本支出」基本支出决算表（general-budget-basic）", 2]]);
  });
});

describe("useColor", () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: "1" }, false],
    [true, { NO_COLOR: "" }, true],
    [false, { FORCE_COLOR: "1" }, true],
    [true, { FORCE_COLOR: "0" }, false],
    [true, { NO_COLOR: "1", FORCE_COLOR: "1" }, true],
    [true, { TERM: "dumb" }, false],
  ])("tty=%s env=%j → %s", (tty, env, expected) => {
    expect(useColor(tty as boolean, env as Record<string, string>)).toBe(expected);
  });
});

describe("JSON output", () => {
  it("has the documented shape", () => {
    const json = toJson([REPORT, { file: "坏.xlsx", tables: [], findings: [], error: "找不到", errorReason: "missing" }], "1.2.3", "zh-CN");
    expect(json.files[0].tables[0]).toMatchObject({ sheet: "表1", template: "income-expense-summary" });
    expect(json.files[0].findings[0]).toEqual({ ruleId: "r", severity: "info", sheet: "表1", cell: "B5", message: "表1-B5-info", related: [], messageId: "表1-B5-info", data: {} });
    expect(json.files[1]).toMatchObject({ file: "坏.xlsx", error: "找不到", reason: "missing", tables: [], findings: [] });
    expect(json.summary).toEqual({ files: 2, unreadable: 1, inputsWithoutFiles: 0, error: 2, warning: 2, info: 2 });
    expect(json.version).toBe("1.2.3");
  });
});

/** Reports of every kind a run gives: findings with figures and related cells, none, explained, unreadable, no file. */
function variedReports(): FileReport[] {
  const many = Array.from({ length: 400 }, (_, i) =>
    f(`表${i % 3}`, `B${i + 1}`, (["error", "warning", "info"] as const)[i % 3], {
      related: [{ sheet: `表${i % 3}`, cell: `C${i + 1}` }, { sheet: "其他\n表", cell: "D1" }],
      data: { n: i, text: `文字"${i}"\\` },
      table: "income",
    }),
  );
  return [
    REPORT,
    { file: "干净.xlsx", tables: REPORT.tables, findings: [] },
    { file: "说明.xlsx", tables: REPORT.tables, findings: [f("表1", "C9", "error")], explained: [{ finding: f("表2", "A1", "warning"), note: "已说明" }] },
    { file: "大.xlsx", tables: REPORT.tables, findings: many },
    { file: "坏.xlsx", tables: [], findings: [], error: "找不到", errorReason: "missing" },
    { file: "空文件夹", tables: [], findings: [], error: "文件夹里没有表格", errorReason: "empty-folder" },
  ];
}

describe("output rendered a file at a time (as budget-check's worker does)", () => {
  const reports = variedReports();
  const decode = (pieces: (string | Uint8Array)[]) => pieces.map((p) => (typeof p === "string" ? p : Buffer.from(p).toString("utf8"))).join("");

  it("gives the JSON document as one JSON.stringify of the whole would", () => {
    for (const list of [[], [REPORT], [reports[1]], reports, reports.slice(2)]) {
      expect(formatJson(list, "1.2.3", "zh-CN")).toBe(JSON.stringify(toJson(list, "1.2.3", "zh-CN"), null, 2) + "\n");
    }
  });

  it.each([
    { format: "json", color: false, compact: true },
    { format: "text", color: false, compact: true },
    { format: "text", color: true, compact: false },
  ] as RenderRequest[])("puts the parts together byte for byte, as text or as UTF-8 chunks (%j)", (render) => {
    const whole = render.format === "json" ? formatJson(reports, "1.2.3", "zh-CN") : formatText(reports, "zh-CN", palette(render.color), { compact: render.compact });
    const asText = reports.map((r) => renderFile(r, render, "zh-CN"));
    const asBytes = reports.map((r, i) => (i % 2 ? renderFileBytes(r, render, "zh-CN") : renderFile(r, render, "zh-CN")));
    expect(decode(assembleOutput(asText, render, "1.2.3", "zh-CN"))).toBe(whole);
    expect(decode(assembleOutput(asBytes, render, "1.2.3", "zh-CN"))).toBe(whole);
    // The large file's part spans several chunks.
    if (render.format === "json") expect(renderFileBytes(reports[3], render, "zh-CN").text.length).toBeGreaterThan(1);
    expect(asBytes[1].tally).toEqual({ file: "干净.xlsx", counts: { error: 0, warning: 0, info: 0 } });
  });
});

describe("progress", () => {
  it("writes one plain line per file when stderr is not a terminal", () => {
    const out: string[] = [];
    const p = createProgress({ write: (s) => out.push(s), isTTY: false }, 2, "zh-CN");
    p.start(0, "a.xlsx");
    p.update(0.5);
    p.start(1, "b.xlsx");
    p.finish();
    expect(out.join("")).toBe("正在检查 1/2：a.xlsx\n正在检查 2/2：b.xlsx\n");
  });

  it("redraws a bar in place on a terminal, throttled, and clears it at the end", () => {
    const out: string[] = [];
    let now = 0;
    const p = createProgress({ write: (s) => out.push(s), isTTY: true, columns: 60 }, 4, "zh-CN", { now: () => now, intervalMs: 100 });
    p.start(0, "第一个文件.xlsx");
    p.update(0.5); // throttled
    now = 200;
    p.update(0.5);
    p.log("已写入");
    p.finish();
    expect(out[0]).toBe(`\r${"░".repeat(24)} 1/4 第一个文件.xlsx\x1b[K`);
    expect(out).toHaveLength(6); // start, update, clear+line+redraw, clear
    expect(out[1]).toMatch(/^\r███░{21} 1\/4 /);
    expect(out[2]).toBe("\r\x1b[K");
    expect(out[3]).toBe("已写入\n");
    expect(out[5]).toBe("\r\x1b[K");
  });

  it("measures and trims wide characters", () => {
    expect(displayWidth("ab中文")).toBe(6);
    expect(truncate("很长的文件名称.xlsx", 10)).toBe("…名称.xlsx");
    expect(displayWidth(truncate("很长的文件名称.xlsx", 10))).toBeLessThanOrEqual(10);
    expect(truncate("short", 10)).toBe("short");
  });
});

describe("planOutputs", () => {
  it("uses --out as given for one input", () => {
    expect(planOutputs(["a.xlsx"], "out.xlsx", false)).toEqual(["out.xlsx"]);
  });

  it("derives one name per input beside --out", () => {
    expect(planOutputs(["d/a.xlsx", "e/b.xlsx"], "r/报告.xlsx", false)).toEqual([path.join("r", "报告-a.xlsx"), path.join("r", "报告-b.xlsx")]);
  });

  it("derives .xlsx names whatever the inputs are (.xlsm copies lose their macros)", () => {
    expect(planOutputs(["d/a.xlsm", "e/b.xlsx"], "r/报告.xlsx", false)).toEqual([path.join("r", "报告-a.xlsx"), path.join("r", "报告-b.xlsx")]);
    expect(planOutputs(["d/a.xlsm"], "out", true)).toEqual([path.join("out", "a-校验.xlsx")]);
  });

  it("writes into a folder and keeps names apart", () => {
    expect(planOutputs(["d/a.xlsx", "e/a.xlsx"], "out", true)).toEqual([path.join("out", "a-校验.xlsx"), path.join("out", "a-校验(2).xlsx")]);
  });

  it("never picks an input's name", () => {
    const inputs = ["x/r-a.xlsx", "x/a.xlsx"];
    const planned = planOutputs(inputs, "x/r.xlsx", false);
    expect(planned[1]).not.toBe(inputs[0]);
    expect(planned[1]).toBe(path.join("x", "r-a(2).xlsx"));
  });
});
