/**
 * ESLint's rule: a rule without docs or tests fails the build. Walks the registry: every rule has its
 * page in docs/rules/, examples in scripts/rule-examples/, a spec file test/rules/<id>.test.ts,
 * and every identity or section its `reference` names has an anchor in docs/domain.md whose
 * section names the rule.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { allRules } from "../../src/rules";
import { ruleExamples } from "../../scripts/rule-examples";
import { domainAnchor, referenceTokens } from "../../scripts/rules-doc";
import { domainSections } from "../architecture/domain-anchors";

const ROOT = join(__dirname, "..", "..");

describe("every rule has docs, examples and a spec", () => {
  const sections = domainSections(readFileSync(join(ROOT, "docs", "domain.md"), "utf8"));

  it.each(allRules.map((r) => [r.meta.id, r] as const))("%s", (id, rule) => {
    expect(existsSync(join(ROOT, "docs", "rules", `${id}.md`))).toBe(true);
    expect(ruleExamples[id]).toBeDefined();
    expect(existsSync(join(ROOT, "test", "rules", `${id}.test.ts`))).toBe(true);
    for (const token of referenceTokens(rule.meta.reference)) {
      const anchor = domainAnchor(token);
      expect({ token, found: sections.has(anchor) }).toEqual({ token, found: true });
      // An identity's section says which rule checks it (sections like §4.3 list several rules).
      if (/^[AXD]\d+$/.test(token)) expect({ token, namesRule: sections.get(anchor)!.includes(`\`${id}\``) }).toEqual({ token, namesRule: true });
    }
  });
});
