/**
 * The examples on the per-rule pages (docs/rules/<id>.md, data in scripts/rule-examples/) are real:
 * the checker reports the rule on each failing example and not on its correct example.
 */
import { checkWorkbookSync } from "../../src/engine/check";
import { allRules } from "../../src/rules";
import { ruleExamples } from "../../scripts/rule-examples";
import { failingSheets, toWorkbook } from "../../scripts/rule-examples/types";

/** The rule's own findings, one per identity (error localisation, a pipeline step, would gather them under one rule). */
const firing = (id: string, sheets: Parameters<typeof toWorkbook>[0]) =>
  checkWorkbookSync(toWorkbook(sheets), { locate: false }).findings.filter((f) => f.ruleId === id).map((f) => `${f.sheet}!${f.cell}`);

describe("rule examples", () => {
  it("exist for registered rules only", () => {
    const ids = new Set(allRules.map((r) => r.meta.id));
    expect(Object.keys(ruleExamples).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(allRules.map((r) => [r.meta.id] as const))("%s: fires on the failing example, not on the correct one", (id) => {
    const ex = ruleExamples[id];
    expect(ex).toBeDefined();
    expect(ex.failing.length).toBeGreaterThan(0);
    expect(ex.explain.length).toBeGreaterThan(5);
    expect(firing(id, ex.correct)).toEqual([]);
    // A correct example is clean: no other rule finds an error or a warning in it either.
    const others = checkWorkbookSync(toWorkbook(ex.correct)).findings.filter((f) => f.severity !== "info");
    expect(others.map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`)).toEqual([]);
    expect(firing(id, failingSheets(ex)).length).toBeGreaterThan(0);
  });
});
