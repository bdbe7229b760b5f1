/**
 * The blank goal table the task pane inserts: recognised as a 项目绩效目标表 by the checker, in
 * either framework; once filled in correctly it checks clean, and the usual mistakes made in it
 * are found.
 */
import { checkWorkbookSync } from "../../src/engine/check";
import type { CellValue } from "../../src/model/snapshot";
import { sheetFromRows } from "../../src/model/snapshot";
import { Framework, goalTemplatePlan } from "../../src/fill/goal-template";
import type { WritePlan } from "../../src/model/write-plan";
import { say } from "../support/text";

/** Plausible indicators for each 二级, as an accountant would fill the template in. */
const FILLED: Record<string, [name: string, target: string]> = {
  数量指标: ["救助人次", "≥1200人次"],
  质量指标: ["资金使用的准确性", "≥99%"],
  时效指标: ["资金拨付时间", "不晚于12月底"],
  成本指标: ["资金成本", "≤20万元"],
  经济成本指标: ["资金成本", "≤20万元"],
  社会成本指标: ["群众办事往返次数", "≤1次"],
  生态环境成本指标: ["纸质材料用量", "≤500份"],
  经济效益指标: ["基金运行平稳程度", "平稳"],
  社会效益指标: ["困难群众医疗费用负担", "有效减轻"],
  生态效益指标: ["无纸化办理比例", "≥80%"],
  可持续影响指标: ["长效机制", "逐步建立"],
  服务对象满意度指标: ["救助对象满意度", "≥90%"],
};

function snapshotOf(plan: WritePlan, fillIn: (row: (string | number)[]) => void = () => undefined) {
  const rows: CellValue[][] = plan.rows.map((line) => {
    const copy = [...line];
    fillIn(copy);
    return copy.map((v) => (v === "" ? null : v));
  });
  return { source: "模板", sheets: [sheetFromRows(plan.name, rows, { merges: plan.merges })] };
}

const filled = (row: (string | number)[]) => {
  const wanted = FILLED[String(row[1])];
  if (wanted && row[2] === "") [row[2], row[3], row[4], row[5]] = [wanted[0], `${wanted[0]}的说明`, wanted[1], "计划标准"];
};

describe.each<Framework>(["classic", "2021"])("the %s template", (framework) => {
  const plan = goalTemplatePlan("城乡医疗救助 [2024]", framework, { locale: "zh-CN" });

  it("is a goal table with every 二级 of its framework, named for the project (a valid sheet name)", () => {
    expect(plan.name).toBe("绩效目标-城乡医疗救助 2024");
    const result = checkWorkbookSync(snapshotOf(plan));
    expect(result.tables.map((t) => t.template)).toEqual(["project-goal"]);
    // Blank, it reports nothing: the pane inserts it and the next check stays quiet until it is filled.
    expect(result.findings).toEqual([]);
    const level2s = plan.rows.slice(4).map((r) => r[1]).filter(Boolean);
    expect(level2s).toEqual(
      framework === "classic"
        ? ["数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"]
        : ["数量指标", "质量指标", "时效指标", "经济成本指标", "社会成本指标", "生态环境成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "服务对象满意度指标"],
    );
    expect(plan.rows.every((r) => r.length === 6)).toBe(true);
  });

  it("checks clean once filled in correctly", () => {
    const result = checkWorkbookSync(snapshotOf(plan, filled));
    expect(result.findings.map((f) => `${f.ruleId} ${f.cell} ${say(f)}`)).toEqual([]);
  });

  it("reports the mistakes its notes warn about: a cost cap written ≥, a rate written ≤", () => {
    const result = checkWorkbookSync(
      snapshotOf(plan, (row) => {
        filled(row);
        if (row[2] === "资金成本") row[4] = "≥20万元";
        if (row[2] === "救助对象满意度") row[4] = "≤90%";
      }),
    );
    expect(result.findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual(["error indicator-direction", "error indicator-direction"]);
  });
});

describe("with the project's amount and example indicators", () => {
  it("has a 项目资金 line the checker reads, and examples that check clean with the amount as the cost cap", () => {
    const plan = goalTemplatePlan("城乡医疗救助", "classic", { amountWan: 20, examples: true, locale: "zh-CN" });
    expect(plan.rows[2].slice(0, 3)).toEqual(["项目资金（万元）", "年度资金总额：", 20]);
    const cost = plan.rows.find((r) => r[1] === "成本指标")!;
    expect(cost.slice(2)).toEqual(["资金成本", "项目资金支出", "≤20万元", "预算支出标准"]);
    const result = checkWorkbookSync(snapshotOf(plan));
    expect(result.recognition.tables).toHaveLength(1);
    const table = result.recognition.tables[0];
    expect(table.shape === "indicator" && table.funds?.total.row).toBe(2);
    expect(result.findings.map((f) => `${f.ruleId} ${f.cell} ${say(f)}`)).toEqual([]);
    // A cap edited above the funds is then reported.
    const over = checkWorkbookSync(snapshotOf(plan, (row) => row[4] === "≤20万元" && (row[4] = "≤25万元")));
    expect(over.findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual(["warning cost-cap-amount"]);
  });

  it("leaves the cost target blank without an amount, and the 2021 framework's 经济成本 gets the example", () => {
    const plan = goalTemplatePlan("城乡医疗救助", "2021", { examples: true, locale: "zh-CN" });
    expect(plan.rows.find((r) => r[1] === "经济成本指标")!.slice(2)).toEqual(["资金成本", "项目资金支出", "", "预算支出标准"]);
    expect(plan.rows.find((r) => r[1] === "社会成本指标")!.slice(2)).toEqual(["", "", "", ""]);
    expect(plan.rows.some((r) => r[0] === "项目资金（万元）")).toBe(false);
  });
});
