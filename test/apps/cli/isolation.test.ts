/**
 * One file, one failure: each file is checked in a worker thread with a memory and a time limit.
 * A worker killed mid-check, out of memory or hanging costs that file only; the run finishes with
 * the rest, and the summary workbook, the JSON and the annotated copies are still written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from "fs";
import * as path from "path";
import { main } from "../../../src/apps/cli/main";
import type { JsonOutput } from "../../../src/apps/cli/format-json";
import { readBack, tempDir, xlsxBytes } from "../../adapters/helpers/xlsx";
import { fakeIo, plainBytes, put, sampleBytes } from "./helpers";
import { hostileFiles } from "../../../scripts/fixtures/hostile";

jest.setTimeout(300_000);

const tmp = tempDir("budget-check-isolation-");
afterAll(() => tmp.cleanup());

/** A valid workbook far larger than a tiny heap allows (150,000 distinct texts). */
function bulkyBytes(): Promise<Uint8Array> {
  return xlsxBytes((wb) => {
    const ws = wb.addWorksheet("大表");
    for (let r = 1; r <= 50000; r++) ws.addRow(Array.from({ length: 10 }, (_, c) => `文字${r}-${c}`));
  });
}

async function folderWith(name: string, files: Record<string, Uint8Array>): Promise<string> {
  const folder = path.join(tmp.dir, name);
  mkdirSync(folder, { recursive: true });
  for (const [file, bytes] of Object.entries(files)) put(folder, file, bytes);
  return folder;
}

/** The summary's 文件汇总 sheet as [file, status] pairs. */
async function summaryStatus(file: string): Promise<[string, string][]> {
  const wb = await readBack(new Uint8Array(readFileSync(file)));
  const out: [string, string][] = [];
  wb.getWorksheet("文件汇总")!.eachRow((row, n) => {
    if (n > 1) out.push([path.basename(String(row.getCell(2).value)), String(row.getCell(7).value)]);
  });
  return out;
}

describe("budget-check checks each file in its own worker", () => {
  it("finishes the run with the other files when the worker of one file is killed mid-check", async () => {
    const folder = await folderWith("killed", {
      "1-样例.xlsx": await sampleBytes(),
      "2-被终止.xlsx": await plainBytes(),
      "3-其他.xlsx": await plainBytes({ B2: "其他内容" }),
    });
    const out = path.join(tmp.dir, "killed-out");
    const summary = path.join(tmp.dir, "killed-汇总.xlsx");
    const killed: string[] = [];
    const io = fakeIo();
    const code = await main(["--format", "json", "--out", out + path.sep, "--summary", summary, folder], io.io, {
      isolation: {
        onProgress: (task, _fraction, worker) => {
          if (task.file.endsWith("2-被终止.xlsx") && !killed.includes(task.file)) {
            killed.push(task.file);
            void worker.terminate();
          }
        },
      },
    });
    expect(killed).toHaveLength(1);
    expect(code).toBe(2); // a file could not be checked
    const json = JSON.parse(io.stdout()) as JsonOutput;
    const byName = new Map(json.files.map((f) => [path.basename(f.file), f]));
    expect([...byName.keys()]).toEqual(["1-样例.xlsx", "2-被终止.xlsx", "3-其他.xlsx"]);
    expect(byName.get("2-被终止.xlsx")).toMatchObject({ reason: "crashed" });
    expect(String(byName.get("2-被终止.xlsx")!.error)).toContain("意外退出");
    // The files before and after were checked in full (the sample's 18 tables; the plain sheet unrecognised).
    expect(byName.get("1-样例.xlsx")!.error).toBeUndefined();
    expect(byName.get("1-样例.xlsx")!.tables.length).toBeGreaterThan(10);
    expect(byName.get("3-其他.xlsx")!.error).toBeUndefined();
    expect(byName.get("3-其他.xlsx")!.findings.length).toBeGreaterThan(0);
    // Copies for the checked files, none (and no half-written temporary) for the killed one.
    expect(readdirSync(out).sort()).toEqual(["1-样例-校验.xlsx", "3-其他-校验.xlsx"]);
    const status = await summaryStatus(summary);
    expect(status.map(([f]) => f)).toEqual(["1-样例.xlsx", "2-被终止.xlsx", "3-其他.xlsx"]);
    expect(status[1][1]).toMatch(/^无法检查：.*意外退出/);
  });

  it("reports a file that exhausts the worker's memory, checks the good files and writes the summary", async () => {
    const folder = await folderWith("memory", {
      "1-好.xlsx": await plainBytes({ B2: "内容" }),
      "2-过大.xlsx": await bulkyBytes(),
      "3-好.xlsx": await sampleBytes(),
    });
    const summary = path.join(tmp.dir, "memory-汇总.xlsx");
    const io = fakeIo();
    // A test-only heap of 32 MB: enough for the sample workbook, not for 500,000 texts (the fast reader
    // holds 150,000 in less).
    const code = await main(["--format", "json", "--summary", summary, folder], io.io, { isolation: { memoryMb: 32 } });
    const json = JSON.parse(io.stdout()) as JsonOutput;
    expect(json.files.map((f) => [path.basename(f.file), f.reason ?? "ok"])).toEqual([
      ["1-好.xlsx", "ok"],
      ["2-过大.xlsx", "out-of-memory"],
      ["3-好.xlsx", "ok"],
    ]);
    expect(String(json.files[1].error)).toContain("内存超过 32 MB");
    expect(code).toBe(2);
    expect(json.files[2].tables.length).toBeGreaterThan(10);
    const status = await summaryStatus(summary);
    expect(status[1]).toEqual(["2-过大.xlsx", expect.stringContaining("内存超过 32 MB")]);
    expect(status[2][1]).not.toContain("无法检查");
  });

  it("stops a file that runs past the time limit and checks the next one in a fresh worker", async () => {
    const folder = await folderWith("timeout", {
      "1-挂起.xlsx": await plainBytes(),
      "2-好.xlsx": await sampleBytes(),
    });
    const io = fakeIo();
    const code = await main(["--format", "json", folder], io.io, {
      isolation: { timeoutMs: 20_000, workerScript: path.join(__dirname, "..", "..", "support", "hanging-check-worker.js") },
    });
    expect(code).toBe(2);
    const json = JSON.parse(io.stdout()) as JsonOutput;
    expect(json.files.map((f) => [path.basename(f.file), f.reason ?? "ok"])).toEqual([
      ["1-挂起.xlsx", "timeout"],
      ["2-好.xlsx", "ok"],
    ]);
    expect(String(json.files[0].error)).toContain("超过 20 秒");
    expect(json.files[1].tables.length).toBeGreaterThan(10);
    expect(existsSync(folder)).toBe(true);
  });

  it("checks the good files of a folder that mixes them with hostile ones, and writes the summary", async () => {
    const hostile = hostileFiles();
    const files: Record<string, Uint8Array> = { "0-好.xlsx": await sampleBytes() };
    hostile.forEach((f, i) => (files[`${i + 1}-${f.name}`] = f.bytes));
    files["9-好.xlsx"] = await plainBytes({ B2: "内容" });
    const folder = await folderWith("hostile", files);
    const summary = path.join(tmp.dir, "hostile-汇总.xlsx");
    const io = fakeIo();
    const code = await main(["--format", "json", "--summary", summary, folder], io.io);
    expect(code).toBe(2);
    const json = JSON.parse(io.stdout()) as JsonOutput;
    expect(json.files).toHaveLength(hostile.length + 2);
    // Each hostile file is unreadable with the message of the limit it passes (or the worker's limit).
    hostile.forEach((f, i) => {
      const out = json.files[i + 1];
      expect(path.basename(out.file)).toBe(`${i + 1}-${f.name}`);
      expect(out.error).toMatch(f.expect);
    });
    // The good ones before and after were checked in full.
    expect(json.files[0].error).toBeUndefined();
    expect(json.files[0].tables.length).toBeGreaterThan(10);
    expect(json.files[hostile.length + 1].error).toBeUndefined();
    const status = await summaryStatus(summary);
    expect(status).toHaveLength(hostile.length + 2);
    expect(status.filter(([, s]) => s.startsWith("无法检查")).length).toBe(hostile.length);
  });
});
