/**
 * budget-goals, in-process: goal tables for every project of a list (the sample's goal tables, a
 * project list sheet in 元), the consolidated layout, self-evaluations from goal tables; the input is
 * never changed, the type chosen is printed with its reason, and the exit codes are budget-check's.
 */
import * as path from "path";
import { copyFileSync, existsSync, readFileSync } from "fs";
import { goalsMain, GOALS_FAILED, GOALS_OK, GOALS_SOME_LEFT_OUT } from "../../../src/apps/cli/goals-main";
import { loadWorkbookFile } from "../../../src/adapters/xlsx/load";
import { checkWorkbookSync } from "../../../src/engine/check";
import { sha256, tempDir, xlsxBytes } from "../../adapters/helpers/xlsx";
import { put } from "./helpers";

const SAMPLE = path.resolve(__dirname, "..", "..", "..", "examples", "巨鹿县医疗保障局2023年部门预算.xlsx");
const tmp = tempDir("budget-goals-");
afterAll(() => tmp.cleanup());

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await goalsMain(argv, { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("budget-goals", () => {
  test("the sample: one goal table per project, the type and the reason printed, the input untouched", async () => {
    const input = path.join(tmp.dir, "样例.xlsx");
    copyFileSync(SAMPLE, input);
    const before = sha256(input);
    const out = path.join(tmp.dir, "绩效目标表.xlsx");
    const r = await run(input, "--out", out);
    expect(r.code).toBe(GOALS_OK);
    expect(sha256(input)).toBe(before);
    expect(r.stdout).toContain("9. 医疗救助经费（5.00 万元）→ 医疗救助");
    expect(r.stdout).toContain("原因：名称中有“医疗救助”“救助”");
    expect(r.stdout).toMatch(/以下 15 个指标值需要按项目填写（已标黄）/);
    const result = checkWorkbookSync(await loadWorkbookFile(out));
    expect(result.tables.map((t) => t.template)).toEqual(Array(9).fill("project-goal"));
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    // The counts left blank are what the checker still asks for: nothing else.
    expect(new Set(result.findings.filter((f) => f.severity === "warning").map((f) => f.ruleId))).toEqual(new Set(["indicator-target-form"]));

    // Then their self-evaluations.
    const self = path.join(tmp.dir, "绩效自评表.xlsx");
    const s = await run("--self-eval", out, "--out", self);
    expect(s.code).toBe(GOALS_OK);
    expect(s.stdout).toContain("9 张绩效自评表");
    const evals = checkWorkbookSync(await loadWorkbookFile(self));
    expect(evals.tables.map((t) => t.template)).toEqual(Array(9).fill("self-evaluation"));
  });

  test("a project list in 元, consolidated, 2021 framework, a type chosen by the user, a line left out (exit 1)", async () => {
    const input = put(
      tmp.dir,
      "项目清单.xlsx",
      await xlsxBytes((wb) => {
        const ws = wb.addWorksheet("项目支出表");
        ws.addRows([["单位：元"], ["项目名称", "金额", "财政拨款", "其他资金"], ["医保宣传经费", 400000, 400000, 0], ["某专项工作经费", 120000, 100000, 20000], ["会议费", 50000, 40000, 1]]);
      }),
    );
    const out = path.join(tmp.dir, "汇总.xlsx");
    const r = await run(input, "--out", out, "--layout", "consolidated", "--framework", "2021", "--examples", "--unit", "某县医疗保障局", "--type", "某专项=档案整理");
    expect(r.code).toBe(GOALS_SOME_LEFT_OUT);
    expect(r.stderr).toContain("未列入：项目支出表!B5");
    expect(r.stdout).toContain("2. 某专项工作经费（12.00 万元）→ 档案整理");
    expect(r.stdout).toContain("原因：--type 指定");
    const result = checkWorkbookSync(await loadWorkbookFile(out));
    expect(result.tables.map((t) => t.template)).toEqual(["project-goal"]);
    expect(result.findings.filter((f) => f.severity !== "info").map((f) => `${f.ruleId} ${f.cell}`)).toEqual([]);
  });

  test("usage and input problems: exit 2 with a Chinese message, nothing written", async () => {
    const input = path.join(tmp.dir, "样例2.xlsx");
    copyFileSync(SAMPLE, input);
    const same = await run(input, "--out", input);
    expect([same.code, same.stderr]).toEqual([GOALS_FAILED, expect.stringContaining("不能是输入文件本身")]);
    expect((await run(input)).stderr).toContain("需要 --out 文件.xlsx");
    expect((await run(input, "--out", "x.xls")).code).toBe(GOALS_FAILED);
    expect((await run(input, "--out", path.join(tmp.dir, "a.xlsx"), "--layout", "wide")).stderr).toContain("--layout 只能是");
    expect((await run(input, "--out", path.join(tmp.dir, "a.xlsx"), "--type", "x=不存在")).stderr).toContain("指标库中没有类型“不存在”");
    const missing = await run(path.join(tmp.dir, "没有.xlsx"), "--out", path.join(tmp.dir, "b.xlsx"));
    expect(missing.code).toBe(GOALS_FAILED);
    expect(missing.stderr).toMatch(/^budget-goals: .*没有.xlsx/);
    const empty = put(tmp.dir, "空.xlsx", await xlsxBytes((wb) => wb.addWorksheet("Sheet1").addRow(["随便"])));
    const none = await run(empty, "--out", path.join(tmp.dir, "c.xlsx"));
    expect([none.code, none.stderr]).toEqual([GOALS_FAILED, expect.stringContaining("没有找到项目")]);
    expect(existsSync(path.join(tmp.dir, "c.xlsx"))).toBe(false);
    expect((await run("--help")).stdout).toContain("budget-goals --self-eval");
  });

  test("package.json names the second bin, whose launcher loads the compiled goals command", () => {
    const root = path.resolve(__dirname, "..", "..", "..");
    const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { bin: Record<string, string> };
    expect(pkg.bin["budget-goals"]).toBe("bin/budget-goals.js");
    expect(readFileSync(path.join(root, "bin", "budget-goals.js"), "utf8")).toContain('require("../dist/apps/cli/goals-main.js")');
  });
});
