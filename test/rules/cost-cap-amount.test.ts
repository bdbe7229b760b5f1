import { at, runRule } from "./helpers/run";
import { declarationWorkbook, goalWorkbook, henanProjectGoals, typicalIndicators } from "./helpers/goals";
import { money, say } from "../support/text";

describe("cost-cap-amount", () => {
  test("caps equal to the funds pass; a table without stated funds (Hebei) or a project without caps is not judged", () => {
    expect(runRule("cost-cap-amount", henanProjectGoals())).toEqual([]); // 200 = ≤200万元; 医保宣传 has no cap
    expect(runRule("cost-cap-amount", declarationWorkbook())).toEqual([]); // 100 = ≤100万元
    expect(runRule("cost-cap-amount", goalWorkbook(typicalIndicators()))).toEqual([]);
  });

  test("caps above a Henan project's 资金总额 are a warning at the cap, pointing at the funds", () => {
    const findings = runRule("cost-cap-amount", henanProjectGoals((rows) => (rows[6][9] = "≤250万元")));
    expect(findings.map((f) => [at(f), f.severity, f.related.map((r) => r.cell), f.difference])).toEqual([["项目绩效!J7", "warning", ["C5"], money("50.00")]]);
    expect(say(findings[0])).toBe("项目“医保信息化建设”成本指标的金额合计 250.00 万元，超过了项目资金总额 200.00 万元");
  });

  test("caps below a 申报表's 年度资金总额 are a note (§4.3 #8: a project whose cap is below its funds); several caps add up", () => {
    const below = runRule("cost-cap-amount", declarationWorkbook((rows) => (rows[9][3] = "≤80万元")));
    expect(below.map((f) => [at(f), f.severity, f.expected, f.actual])).toEqual([["申报表!D10", "info", money("100.00"), money("80.00")]]);
    const two = runRule(
      "cost-cap-amount",
      declarationWorkbook((rows) => {
        rows[9][3] = "≤60万元";
        rows.splice(10, 0, [null, "成本指标", "运维费用", "≤40万元"]);
      }),
    );
    expect(two).toEqual([]);
  });

  test("a cost written ≥ is left to indicator-direction, not added up here", () => {
    expect(runRule("cost-cap-amount", declarationWorkbook((rows) => (rows[9][3] = "≥120万元")))).toEqual([]);
  });
});
