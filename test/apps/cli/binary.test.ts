/**
 * The real launcher, spawned: bin/budget-check.js requiring the compiled dist/apps/cli/main.js.
 * The project is compiled into a temporary copy of the package layout, so the test neither
 * needs nor disturbs the working tree's dist/.
 */
import { execFileSync, spawnSync } from "child_process";
import { copyFileSync, mkdirSync, symlinkSync } from "fs";
import * as path from "path";
import { sha256, tempDir } from "../../adapters/helpers/xlsx";
import { plantedBytes, put } from "./helpers";

const root = path.join(__dirname, "..", "..", "..");
const tmp = tempDir("budget-check-bin-");
const pkg = path.join(tmp.dir, "pkg");
const bin = path.join(pkg, "bin", "budget-check.js");

beforeAll(() => {
  mkdirSync(path.join(pkg, "bin"), { recursive: true });
  copyFileSync(path.join(root, "bin", "budget-check.js"), bin);
  copyFileSync(path.join(root, "bin", "budget-goals.js"), path.join(pkg, "bin", "budget-goals.js"));
  copyFileSync(path.join(root, "package.json"), path.join(pkg, "package.json"));
  symlinkSync(path.join(root, "node_modules"), path.join(pkg, "node_modules"), "dir");
  // Type errors elsewhere in the tree must not hide a launcher problem: emit regardless.
  try {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(root, "tsconfig.build.json"), "--outDir", path.join(pkg, "dist")], {
      cwd: root,
      stdio: "pipe",
    });
  } catch {
    /* tsc exits non-zero on type errors but still writes the files */
  }
}, 120_000);

afterAll(() => tmp.cleanup());

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { PATH: process.env.PATH ?? "", ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("bin/budget-check.js", () => {
  it("prints its version", () => {
    const r = run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("checks files, prints JSON, exits 2 when one is unreadable, and leaves inputs untouched", async () => {
    const planted = await plantedBytes();
    const file = put(tmp.dir, "县医保局.xlsx", planted.bytes);
    const before = sha256(file);
    const missing = path.join(tmp.dir, "missing.xlsx");
    const r = run(["--format", "json", file, missing]);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout) as { files: { file: string; error?: string; findings: { severity: string }[] }[] };
    expect(json.files.map((f) => f.file)).toEqual([file, missing]);
    expect(json.files[0].findings.some((f) => f.severity === "error")).toBe(true);
    expect(json.files[1].error).toBe(`找不到文件：${missing}`);
    expect(r.stderr).toContain("正在检查 2/2"); // stderr is a pipe: plain progress lines
    expect(sha256(file)).toBe(before);
  });

  it("exits 1 on errors and 2 on bad arguments, without stack traces", async () => {
    const file = put(tmp.dir, "planted.xlsx", (await plantedBytes()).bytes);
    const r = run([file], { NO_COLOR: "1" });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("共 1 个文件：错误");
    expect(r.stdout).not.toContain("\x1b[");
    const bad = run(["--nope"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("budget-check: 未知选项：--nope\n运行 budget-check --help 查看用法\n");
  });
});

describe("bin/budget-goals.js", () => {
  it("runs the compiled goals command: help, and exit 2 with a Chinese message on bad arguments", () => {
    const goals = (args: string[]) => spawnSync(process.execPath, [path.join(pkg, "bin", "budget-goals.js"), ...args], { encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
    const help = goals(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("budget-goals --self-eval");
    const bad = goals(["x.xlsx"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("budget-goals: 需要 --out 文件.xlsx\n用 budget-goals --help 查看用法。\n");
  });
});
