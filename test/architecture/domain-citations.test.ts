/**
 * Code comments cite docs/domain.md (`docs/domain.md §4.3`, `docs/domain.md A7`); a maintainer with
 * only the repository must be able to follow each one. Every citation in src/, scripts/ and test/
 * must name a section or identity that has an anchor in docs/domain.md, markdown links into it
 * (`domain.md#s4.3`) must resolve, and nothing may cite the reference file outside the repository.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { citedAnchors, domainSections } from "./domain-anchors";

const ROOT = join(__dirname, "..", "..");

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, ext));
    else if (ext.test(name)) out.push(p);
  }
  return out;
}

describe("citations of docs/domain.md", () => {
  const anchors = domainSections(readFileSync(join(ROOT, "docs", "domain.md"), "utf8"));
  const code = ["src", "scripts", "test"].flatMap((d) => filesUnder(join(ROOT, d), /\.(ts|tsx|js|mjs)$/));
  const markdown = [join(ROOT, "README.md"), ...filesUnder(join(ROOT, "docs"), /\.md$/)];

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
    expect(citedAnchors("(docs/domain.md §6.1–§6.2)")).toEqual(["s6.1", "s6.2"]);
    expect(anchors.has("s4.3") && anchors.has("A17") && anchors.has("T8")).toBe(true);
  });

  it("every citation in src/, scripts/ and test/ resolves to an anchor of docs/domain.md", () => {
    const unresolved: string[] = [];
    let count = 0;
    for (const file of code) {
      for (const anchor of citedAnchors(readFileSync(file, "utf8"))) {
        count += 1;
        if (!anchors.has(anchor)) unresolved.push(`${relative(ROOT, file)}: ${anchor}`);
      }
    }
    expect(unresolved).toEqual([]);
    expect(count).toBeGreaterThan(40);
  });

  it("every markdown link into domain.md names an anchor it has", () => {
    const unresolved: string[] = [];
    for (const file of markdown) {
      const text = readFileSync(file, "utf8");
      const link = /\]\((?:\.\.\/|docs\/)?domain\.md#([^)\s]+)\)/g;
      for (let m = link.exec(text); m; m = link.exec(text)) {
        if (!anchors.has(m[1])) unresolved.push(`${relative(ROOT, file)}: #${m[1]}`);
      }
    }
    expect(unresolved).toEqual([]);
  });

  it("nothing cites the reference file outside the repository", () => {
    const outside = [...code, ...markdown].filter((f) => /reference\.md|shared\/domain/.test(readFileSync(f, "utf8")));
    expect(outside.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
