/**
 * The bytes → snapshot → report step, the annotated copy and the summary workbook also run in the browser page:
 * neither they nor anything they import may use Node's built-in modules.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { builtinModules } from "module";

const SRC = path.join(__dirname, "..", "..", "src");
const NODE = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Every module reachable from `entry` through relative imports, with its bare imports. */
function walk(entry: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(entry)) return seen;
  const text = readFileSync(entry, "utf8");
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^"']*?from\s+["']([^"']+)["']|require\(["']([^"']+)["']\)/g)].map((m) => m[1] ?? m[2]);
  seen.set(entry, specs.filter((s) => !s.startsWith(".")));
  for (const s of specs.filter((x) => x.startsWith("."))) {
    const base = path.resolve(path.dirname(entry), s);
    const file = [`${base}.ts`, path.join(base, "index.ts")].find((f) => {
      try {
        readFileSync(f);
        return true;
      } catch {
        return false;
      }
    });
    if (file) walk(file, seen);
  }
  return seen;
}

describe.each(["adapters/xlsx/xlsx-snapshot.ts", "adapters/xlsx/annotate.ts", "adapters/xlsx/check-bytes.ts", "adapters/xlsx/summary-workbook.ts"])("%s", (entry) => {
  it("imports no Node built-in module, directly or indirectly", () => {
    const offenders: string[] = [];
    for (const [file, bare] of walk(path.join(SRC, entry))) {
      for (const b of bare) if (NODE.has(b)) offenders.push(`${path.relative(SRC, file)} → ${b}`);
    }
    expect(offenders).toEqual([]);
  });
});

it("the check itself notices Node modules (load.ts reads files)", () => {
  const found = [...walk(path.join(SRC, "adapters/xlsx/load.ts")).values()].flat();
  expect(found).toContain("fs");
  expect(walk(path.join(SRC, "adapters/xlsx/xlsx-snapshot.ts")).size).toBeGreaterThan(5);
});
