/**
 * The core (everything but src/adapters and src/apps/cli) must run unchanged in Node, a browser and the
 * Office/WPS webviews (WPS ships an older Chromium: ES2017): no Node-only modules, no BigInt, no
 * network calls.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";

const SRC = join(__dirname, "..", "..", "src");
const HOST_ONLY = ["adapters", "apps/cli"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return HOST_ONLY.includes(relative(SRC, p)) ? [] : files(p);
    return p.endsWith(".ts") ? [p] : [];
  });
}

describe("portable core", () => {
  const core = files(SRC);

  it("has files to check", () => {
    expect(core.length).toBeGreaterThan(40);
  });

  it.each(core.map((f) => [relative(SRC, f), f]))("%s imports no Node-only module and uses no BigInt or network", (_name, file) => {
    // Code only: comments may mention what is avoided.
    const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
    expect(text).not.toMatch(/from\s+["'](node:|fs|path|os|child_process|http|https|net|zlib|worker_threads)["'/]/);
    expect(text).not.toMatch(/require\(["'](fs|path|os|child_process)["']\)/);
    expect(text).not.toMatch(/\bBigInt\s*\(|[\s(=,+\-*]\d+n[\s),;]/);
    expect(text).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket/);
  });
});
