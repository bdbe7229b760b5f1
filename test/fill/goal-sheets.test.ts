/**
 * Goal tables generated from the indicator library: every type, in both frameworks, is a project
 * goal table the checker accepts without an error or a warning once its counts are filled in; the
 * blanks it leaves are exactly the cells it lists; cost caps add up to the project amount.
 */
import { checkWorkbookSync } from "../../src/engine/check";
import { PROJECT_TYPES } from "../../src/catalog/indicator-library";
import type { Framework } from "../../src/catalog/indicator-frameworks";
import { generateGoalTables, splitCosts, wanText, type GoalProject } from "../../src/fill/goal-sheets";
import { moneyFromNumber } from "../../src/model/money";
import { snapshotOfPlans, typeInto } from "./plan-snapshot";

const FRAMEWORKS: Framework[] = ["classic", "2021"];
const wan = moneyFromNumber;

function project(typeId: string, total = 123.45, other = 3.45, name = "测试项目"): GoalProject {
  return { name, typeId, total: wan(total), fiscal: wan(total) - wan(other), other: wan(other) };
}

const brief = (f: { ruleId: string; severity: string; sheet: string; cell: string }) => `${f.severity} ${f.ruleId} ${f.sheet}!${f.cell}`;

describe.each(FRAMEWORKS)("every library type in the %s framework", (framework) => {
  test.each(PROJECT_TYPES.map((t) => [t.id, t.name]))("%s (%s): a clean project goal table, with counts filled in", (id) => {
    const { plans, placeholders } = generateGoalTables([project(id)], { framework, examples: true, locale: "zh-CN" });
    expect(placeholders).toEqual([]);
    const result = checkWorkbookSync(snapshotOfPlans(plans));
    expect(result.tables.map((t) => t.template)).toEqual(["project-goal"]);
    expect(result.findings.filter((f) => f.severity !== "info").map(brief)).toEqual([]);
    const table = result.recognition.tables[0];
    expect(table.shape === "indicator" && table.funds?.parts.map((p) => p.label)).toEqual(["财政拨款", "其他资金"]);
  });

  test.each(PROJECT_TYPES.map((t) => [t.id]))("%s consolidated: clean, each project's funds add up", (id) => {
    const projects = [project(id, 80, 0, "项目甲"), project(id, 36.5, 6.5, "项目乙")];
    const { plans } = generateGoalTables(projects, { framework, layout: "consolidated", examples: true, unitName: "某县医疗保障局", locale: "zh-CN" });
    const result = checkWorkbookSync(snapshotOfPlans(plans));
    expect(result.tables.map((t) => t.template)).toEqual(["project-goal"]);
    expect(result.findings.filter((f) => f.severity !== "info").map(brief)).toEqual([]);
  });
});

describe("what the library cannot know", () => {
  test("counts are left blank, listed, highlighted, and reported by the checker at exactly those cells until filled", () => {
    const { plans, placeholders } = generateGoalTables([project("medical-assistance")], { framework: "classic", locale: "zh-CN" });
    expect(placeholders.map((p) => [p.cell, p.indicator, p.pattern])).toEqual([["E8", "医疗救助人次", "≥{数量}人次"]]);
    expect(plans[0].highlights).toEqual(["E8"]);
    const blank = checkWorkbookSync(snapshotOfPlans(plans));
    expect(blank.findings.filter((f) => f.severity !== "info").map(brief)).toEqual([`warning indicator-target-form ${plans[0].name}!E8`]);
    const typed = checkWorkbookSync(snapshotOfPlans(plans, (_s, rows) => typeInto(rows, { E8: "≥1500人次" })));
    expect(typed.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("cost caps", () => {
  test("split by the rows' shares, rounded to 0.01 万元, the remainder on the largest share: they add up exactly", () => {
    const rows = [{ share: 50 }, { share: 50 }] as never[];
    expect(splitCosts(rows, wan(0.05)).map(wanText)).toEqual(["0.03", "0.02"]);
    expect(splitCosts(rows, wan(123.45)).map(wanText)).toEqual(["61.73", "61.72"]);
    const three = [{ share: 20 }, { share: 50 }, { share: 30 }] as never[];
    const caps = splitCosts(three, wan(10.01));
    expect(caps.reduce((a, b) => a + b, 0)).toBe(wan(10.01));
    expect(caps.map(wanText)).toEqual(["2", "5.01", "3"]);
  });

  test("a type with two cost rows: the caps in the table add up to the amount, and the checker agrees", () => {
    const { plans } = generateGoalTables([project("publicity-training", 10.01, 0)], { framework: "classic", examples: true, locale: "zh-CN" });
    const caps = plans[0].rows.filter((r) => r[1] === "成本指标").map((r) => r[4]);
    expect(caps).toEqual(["≤5.01万元", "≤5万元"]);
    const result = checkWorkbookSync(snapshotOfPlans(plans));
    expect(result.findings.filter((f) => f.ruleId === "cost-cap-amount")).toEqual([]);
    // A cap edited upwards is then reported.
    const edited = checkWorkbookSync(snapshotOfPlans(plans, (_s, rows) => (rows.find((r) => r[4] === "≤5万元")![4] = "≤6万元")));
    expect(edited.findings.filter((f) => f.ruleId === "cost-cap-amount").map((f) => f.severity)).toEqual(["warning"]);
  });

  test("the 年度资金总额 is 财政拨款 + 其他资金, and the goal sentence names the amount", () => {
    const { plans } = generateGoalTables([project("meetings", 12.5, 2.5, "全县医保工作会议")], { framework: "2021", examples: true, locale: "zh-CN" });
    const rows = plans[0].rows;
    expect(rows.slice(2, 5).map((r) => r.slice(0, 3))).toEqual([
      ["项目资金（万元）", "年度资金总额：", 12.5],
      ["", "其中：财政拨款", 10],
      ["", "其他资金", 2.5],
    ]);
    expect(String(rows[5][1])).toContain("12.5万元");
    const broken = checkWorkbookSync(snapshotOfPlans(plans, (_s, r) => (r[3][2] = 11)));
    expect(broken.findings.filter((f) => f.severity === "error").map(brief)).toEqual([`error funds-total ${plans[0].name}!C3`]);
  });
});
