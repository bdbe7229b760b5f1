import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { allRules } from "../../src/rules";
import { messageTable } from "../../src/catalog/messages";

describe("rule registry", () => {
  it("has unique kebab-case ids", () => {
    const ids = allRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it.each(allRules.map((r) => [r.meta.id, r] as const))("%s has a description, messages and a spec file", (id, rule) => {
    const zh = messageTable("zh-CN");
    const en = messageTable("en");
    expect(zh[rule.meta.description]?.length).toBeGreaterThan(5);
    expect(en[rule.meta.description]?.length).toBeGreaterThan(5);
    expect(rule.meta.messages.length).toBeGreaterThan(0);
    for (const key of rule.meta.messages) expect(zh[key]).toBeTruthy();
    expect(["error", "warning", "info"]).toContain(rule.meta.severity);
    expect(typeof rule.checkTable === "function" || typeof rule.checkWorkbook === "function").toBe(true);
    const spec = join(__dirname, `${id}.test.ts`);
    expect(existsSync(spec)).toBe(true);
    // A spec must exercise both a passing and a failing case of its rule.
    const text = readFileSync(spec, "utf8");
    expect((text.match(/\b(it|test)(\.each\([^)]*\))?\(/g) ?? []).length).toBeGreaterThanOrEqual(2);
  });
});
