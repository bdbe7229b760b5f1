import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { rulePages, rulesMarkdown } from "../../scripts/rules-doc";

const DOCS = join(__dirname, "..", "..", "docs");

describe("docs/rules.md and docs/rules/*.md", () => {
  it("lists every registered rule as generated (run `npx tsx scripts/rules-doc.ts` after changing a rule)", () => {
    expect(readFileSync(join(DOCS, "rules.md"), "utf8")).toBe(rulesMarkdown());
  });

  it("has one page per rule, each as generated, and no page for a rule that is gone", () => {
    const pages = rulePages();
    const onDisk = readdirSync(join(DOCS, "rules")).filter((n) => n.endsWith(".md"));
    expect(onDisk.sort()).toEqual([...pages.keys()].sort());
    for (const [name, text] of pages) expect(`${name}\n${readFileSync(join(DOCS, "rules", name), "utf8")}`).toBe(`${name}\n${text}`);
  });
});
