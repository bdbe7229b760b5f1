import { at, runRule } from "./helpers/run";
import { goalWorkbook, typicalIndicators } from "./helpers/goals";
import type { WorkbookSnapshot } from "../../src/model/snapshot";

/** Goal tables, one per sheet, titled as given, with the typical indicators (cap ≤20 万元) or `cap`. */
function tables(...specs: [title: string, cap?: string][]): WorkbookSnapshot {
  const sheets = specs.map(([title, cap], i) => {
    const lines = typicalIndicators();
    if (cap) lines[3] = ["产出指标", "成本指标", "资金成本", cap];
    const s = goalWorkbook(lines, title).sheets[0];
    return { ...s, name: `绩效${i + 1}` };
  });
  return { source: "test.xlsx", sheets };
}

describe("duplicate-goal-table", () => {
  test("different projects pass", () => {
    expect(runRule("duplicate-goal-table", tables(["1、长期护理保险专项经费绩效目标表"], ["2、城乡居民医保专项经费绩效目标表"]))).toEqual([]);
  });

  test("the same project twice, numbered differently, is a warning at the second title", () => {
    const findings = runRule("duplicate-goal-table", tables(["1、医保宣传经费绩效目标表"], ["8、医保宣传经费绩效目标表"]));
    expect(findings.map((f) => [at(f), f.severity, f.message])).toEqual([["绩效2!A1", "warning", "项目“医保宣传经费”的绩效目标表出现了两次（另一张在工作表“绩效1”）"]]);
  });

  test("with different cost caps, the message names both", () => {
    const findings = runRule("duplicate-goal-table", tables(["医保宣传经费绩效目标表", "≤40万元"], ["医保宣传经费绩效目标表", "≤30万元"]));
    expect(findings[0].message).toBe("项目“医保宣传经费”的绩效目标表出现了两次（另一张在工作表“绩效1”），两张表的成本指标不同：“≤40万元”与“≤30万元”");
  });
});
