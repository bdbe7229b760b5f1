/**
 * Code comments cite docs/domain.md (`docs/domain.md §4.3`, `docs/domain.md A7`); a maintainer with
 * only the repository must be able to follow each one. Every citation in src/ and scripts/ must
 * name a section or identity that has an anchor in docs/domain.md, and nothing may cite the
 * reference file outside the repository any more.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { citedAnchors, domainSections } from "./domain-anchors";

const ROOT = join(__dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx|js|mjs)$/.test(name)) out.push(p);
  }
  return out;
}

describe("citations of docs/domain.md", () => {
  const anchors = domainSections(readFileSync(join(ROOT, "docs", "domain.md"), "utf8"));
  const files = [...sourceFiles(join(ROOT, "src")), ...sourceFiles(join(ROOT, "scripts"))];

  it("reads the citation forms the code uses", () => {
    expect(citedAnchors("see docs/domain.md §4.3 and docs/domain.md §2.1 A17; docs/domain.md A7, docs/domain.md §1.3 T7/T8")).toEqual([
      "s4.3",
      "s2.1",
      "A17",
      "A7",
      "s1.3",
      "T7",
      "T8",
    ]);
    expect(anchors.has("s4.3") && anchors.has("A17") && anchors.has("T8")).toBe(true);
  });

  it("every citation in src/ and scripts/ resolves to an anchor of docs/domain.md", () => {
    const unresolved: string[] = [];
    let count = 0;
    for (const file of files) {
      for (const anchor of citedAnchors(readFileSync(file, "utf8"))) {
        count += 1;
        if (!anchors.has(anchor)) unresolved.push(`${relative(ROOT, file)}: ${anchor}`);
      }
    }
    expect(unresolved).toEqual([]);
    expect(count).toBeGreaterThan(0);
  });
});
