/**
 * Hostile files (built by scripts/fixtures/hostile.ts): each is refused as unreadable with the
 * message of the limit it passes, in a process of its own whose peak memory stays under 1 GB.
 * Times are printed, not asserted (generous timeouts only); the bench is where speed is measured.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { hostileFiles } from "../../../scripts/fixtures/hostile";

const dir = mkdtempSync(path.join(os.tmpdir(), "hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = hostileFiles();

describe.each(files.map((f) => [f.name, f] as const))("%s", (name, file) => {
  it("is refused with its limit's message, peak memory under 1 GB", () => {
    const at = path.join(dir, name);
    writeFileSync(at, file.bytes);
    const child = spawnSync(process.execPath, [require.resolve("tsx/cli"), path.join(__dirname, "..", "..", "support", "read-in-child.ts"), at], {
      encoding: "utf8",
      timeout: 120000,
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    expect(child.error).toBeUndefined();
    const out = JSON.parse(child.stdout) as { ok: boolean; reason: string; message: string; ms: number; maxRssMb: number };
    process.stdout.write(`${name}: ${out.ms} ms, peak RSS ${out.maxRssMb} MB — ${out.message}\n`);
    expect(out).toMatchObject({ ok: false, reason: "unreadable" });
    expect(out.message).toMatch(file.expect);
    expect(out.maxRssMb).toBeLessThan(1024);
  }, 180000);
});
