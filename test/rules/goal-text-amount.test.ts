import { at, runRule } from "./helpers/run";
import { goalWorkbook, declarationWorkbook, henanProjectGoals, typicalIndicators } from "./helpers/goals";
import type { Row } from "./helpers/sheets";
import { say } from "../support/text";

/** The typical table (cap ≤20 万元) with goal lines above the header, as the Hebei layout has them. */
function withGoals(...goals: string[]) {
  const wb = goalWorkbook(typicalIndicators());
  const rows = wb.sheets[0].cells as Row[];
  rows.splice(1, 1, ...goals.map((g, i): Row => [i === 0 ? "绩效目标" : null, g]));
  return wb;
}

describe("goal-text-amount", () => {
  test("goals without amounts, or with amounts within the cap, pass", () => {
    expect(runRule("goal-text-amount", withGoals("1.保障长期护理保险正常开展", "2.支付平台维护费用 15 万元"))).toEqual([]);
    expect(runRule("goal-text-amount", withGoals("1.支付平台维护费用 20 万元"))).toEqual([]);
  });

  test("seed 001 table 4: a goal promising more than the cap is a warning at the goal line", () => {
    const findings = runRule("goal-text-amount", withGoals("1.激发基层经办人工作积极性", "2.对 11 个乡镇村级代办员给予 30 万元工作补助。"));
    expect(findings.map((f) => [at(f), f.severity, say(f)])).toEqual([["绩效1!B3", "warning", "绩效目标中写的是“30 万元”，高于成本指标“≤20万元”，两者不一致"]]);
    expect(findings[0].related).toEqual([{ sheet: "绩效1", cell: "E8" }]);
  });

  test("amounts in 元 are compared in 万元", () => {
    expect(runRule("goal-text-amount", withGoals("1.补助 150000 元"))).toEqual([]);
    expect(runRule("goal-text-amount", withGoals("1.补助 250000 元")).map((f) => f.actual)).toEqual(["250000 元"]);
  });

  test("in a Henan table each project's 年度目标 is compared with its own cap and 资金总额", () => {
    expect(runRule("goal-text-amount", henanProjectGoals())).toEqual([]);
    const findings = runRule("goal-text-amount", henanProjectGoals((rows) => (rows[9][5] = "印发宣传材料，投入 50 万元")));
    expect(findings.map(at)).toEqual(["项目绩效!F10"]);
  });

  test("a 申报表's 年度资金总额 counts as a cap: a goal naming the whole amount over two cost rows passes", () => {
    const split = (goal: string) =>
      declarationWorkbook((rows) => {
        rows[6][1] = goal;
        rows.splice(10, 0, [null, "成本指标", "宣传材料印制费", "≤40万元"]);
        rows[9][3] = "≤60万元";
      });
    expect(runRule("goal-text-amount", split("安排资金 100 万元，开展宣传"))).toEqual([]);
    expect(runRule("goal-text-amount", split("安排资金 120 万元，开展宣传")).map(at)).toEqual(["申报表!B7"]);
  });
});
