/**
 * Evidence (issue #18): from the sample workbook's nine projects, the generated goal tables are each
 * recognised as a project goal table, pass with zero errors, and their cost caps add up to each
 * project's amount; the consolidated table's unit line is the sum of its projects and each project's
 * 资金总额 = 财政性资金 + 其他资金.
 */
import fs from "fs";
import path from "path";
import { loadWorkbookBuffer } from "../../src/adapters/xlsx/load";
import { checkWorkbookSync } from "../../src/engine/check";
import { generateGoalTables, type GoalProject } from "../../src/fill/goal-sheets";
import { readProjectList } from "../../src/fill/project-list";
import { suggestTypes } from "../../src/fill/type-match";
import { capInWan } from "../../src/model/indicator-target";
import { moneyFromNumber } from "../../src/model/money";
import type { Framework } from "../../src/catalog/indicator-frameworks";
import { snapshotOfPlans } from "./plan-snapshot";

const SAMPLE = path.resolve(__dirname, "..", "..", "examples", "巨鹿县医疗保障局2023年部门预算.xlsx");

async function sampleProjects(): Promise<GoalProject[]> {
  const list = readProjectList(await loadWorkbookBuffer(fs.readFileSync(SAMPLE), "sample.xlsx"), { locale: "zh-CN" });
  return list.projects.map((p) => ({ ...p, typeId: suggestTypes(p.name)[0].type.id }));
}

describe.each<Framework>(["classic", "2021"])("the sample's projects, %s framework", (framework) => {
  test("one sheet per project: each a project goal table, no errors, caps adding up to the project's amount", async () => {
    const projects = await sampleProjects();
    expect(projects).toHaveLength(9);
    const { plans, placeholders } = generateGoalTables(projects, { framework, locale: "zh-CN" });
    expect(plans).toHaveLength(9);
    expect(new Set(plans.map((p) => p.name)).size).toBe(9);
    const result = checkWorkbookSync(snapshotOfPlans(plans));
    expect(result.tables.map((t) => `${t.sheet} ${t.template}`)).toEqual(plans.map((p) => `${p.name} project-goal`));
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    // The only warnings are the counts left for the user, at exactly the listed cells.
    const warnings = result.findings.filter((f) => f.severity === "warning").map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`);
    expect(warnings).toEqual(placeholders.map((p) => `indicator-target-form ${p.sheet}!${p.cell}`));
    plans.forEach((plan, i) => {
      const caps = plan.rows.filter((r) => /成本指标$/.test(String(r[1])) && /万元$/.test(String(r[4]))).map((r) => moneyFromNumber(capInWan(String(r[4]))!));
      expect(caps.reduce((a, b) => a + b, 0)).toBe(projects[i].total);
    });
  });

  test("one consolidated table: the unit line is the sum of the projects, each project's funds add up, no errors", async () => {
    const projects = await sampleProjects();
    const { plans } = generateGoalTables(projects, { framework, layout: "consolidated", unitName: "巨鹿县医疗保障局", examples: true, locale: "zh-CN" });
    const result = checkWorkbookSync(snapshotOfPlans(plans));
    expect(result.tables.map((t) => t.template)).toEqual(["project-goal"]);
    expect(result.findings.filter((f) => f.severity !== "info").map((f) => `${f.severity} ${f.ruleId} ${f.cell}`)).toEqual([]);
    const rows = plans[0].rows;
    const unit = rows.find((r) => r[0] === "巨鹿县医疗保障局")!;
    const firstLines = rows.filter((r) => typeof r[2] === "number" && r !== unit);
    expect(firstLines.map((r) => r[1])).toEqual(projects.map((p) => p.name));
    const sum = (col: number) => firstLines.reduce((s, r) => s + moneyFromNumber(r[col] as number), 0);
    expect([2, 3, 4].map((c) => moneyFromNumber(unit[c] as number))).toEqual([sum(2), sum(3), sum(4)]);
    for (const r of firstLines) expect(moneyFromNumber(r[2] as number)).toBe(moneyFromNumber(r[3] as number) + moneyFromNumber(r[4] as number));
    // The checker reads each project's amounts: a broken line is reported where it is.
    const broken = checkWorkbookSync(snapshotOfPlans(plans, (_s, r) => (r[rows.indexOf(firstLines[1])][3] = 1)));
    expect(broken.findings.filter((f) => f.ruleId === "funds-total").map((f) => f.severity)).toEqual(["error"]);
  });
});
