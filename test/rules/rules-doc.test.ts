import { readFileSync } from "fs";
import { join } from "path";
import { rulesMarkdown } from "../../scripts/rules-doc";

describe("docs/rules.md", () => {
  it("lists every registered rule as generated (run `npx tsx scripts/rules-doc.ts` after changing a rule)", () => {
    expect(readFileSync(join(__dirname, "..", "..", "docs", "rules.md"), "utf8")).toBe(rulesMarkdown());
  });
});
