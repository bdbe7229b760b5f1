import { parseTarget } from "../../src/model/indicator-target";
import { capInWan } from "../../src/model/indicator-target";
import { runRule, at } from "./helpers/run";
import { Row, seedWorkbook, sheet } from "./helpers/sheets";
import { declarationWorkbook, henanProjectGoals } from "./helpers/goals";
import type { WorkbookSnapshot } from "../../src/model/snapshot";
import { money, say } from "../support/text";

function goal(title: string, cap: string): Row[] {
  return [
    [title],
    ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
    ["产出指标", "数量指标", "购置用品数量", "印制宣传材料", "≥19万份", "计划"],
    [null, "成本指标", "资金成本", "总费用", cap, "计划"],
    ["满意度指标", "服务对象满意度指标", "公众满意度", "满意比例", "≥95%", "调查问卷"],
  ];
}

function withGoals(caps: string[]): WorkbookSnapshot {
  const wb = seedWorkbook();
  caps.forEach((cap, i) => wb.sheets.push(sheet(`绩效${i + 1}`, goal(`${i + 1}、项目${i + 1}绩效目标表`, cap))));
  return wb;
}

describe("cross-project-amounts", () => {
  it("passes when the cost caps add up to 项目支出 236.00 (万元 and 元 caps)", () => {
    expect(runRule("cross-project-amounts", withGoals(["≤200万元", "≤36万元"]))).toEqual([]);
    expect(runRule("cross-project-amounts", withGoals(["≤2000000元", "≤36万元"]))).toEqual([]);
  });

  it("warns at the 项目支出 total when they do not", () => {
    const f = runRule("cross-project-amounts", withGoals(["≤200万元", "≤30万元"]));
    expect(f.map(at)).toEqual(["支出!F6"]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].expected).toEqual(money("230.00"));
  });
});

describe("cross-project-amounts with the Henan project table", () => {
  const withHenan = (change?: Parameters<typeof henanProjectGoals>[0]) => {
    const wb = seedWorkbook();
    wb.sheets.push(henanProjectGoals(change).sheets[0]);
    return wb;
  };

  it("sums the projects' 资金总额 (200 + 36 = 236.00, the 项目支出 total)", () => {
    expect(runRule("cross-project-amounts", withHenan())).toEqual([]);
  });

  it("warns when they differ, naming the projects' 资金总额", () => {
    const f = runRule("cross-project-amounts", withHenan((rows) => (rows[9][2] = 30)));
    expect(f.map((x) => [at(x), x.expected])).toEqual([["支出!F6", money("230.00")]]);
    expect(say(f[0])).toBe("项目绩效目标表中 2 个项目的资金总额合计 230.00，支出总表项目支出合计为 236.00，两者不一致");
    expect(f[0].related?.map((r) => `${r.sheet}!${r.cell}`)).toEqual(["项目绩效!C5", "项目绩效!C10"]);
  });
});

describe("cross-project-amounts with 申报表", () => {
  it("uses each 申报表's 年度资金总额 (200 + 36 = 236.00)", () => {
    const wb = seedWorkbook();
    wb.sheets.push({ ...declarationWorkbook((rows) => ((rows[3][2] = 200), (rows[4][2] = 200), (rows[5][2] = 0))).sheets[0], name: "申报1" });
    wb.sheets.push({ ...declarationWorkbook((rows) => ((rows[3][2] = 36), (rows[4][2] = 36), (rows[5][2] = 0))).sheets[0], name: "申报2" });
    expect(runRule("cross-project-amounts", wb)).toEqual([]);
    (wb.sheets.find((s) => s.name === "申报1")!.cells[3] as Row)[2] = 194;
    const f = runRule("cross-project-amounts", wb);
    expect(f.map((x) => [at(x), x.expected])).toEqual([["支出!F6", money("230.00")]]);
    expect(f[0].related?.map((r) => `${r.sheet}!${r.cell}`)).toEqual(["申报1!C4", "申报2!C4"]);
  });
});

describe("capInWan", () => {
  // The pattern for plain caps must read every text exactly as the full target parser does.
  const viaParser = (text: string): number | undefined => {
    const target = parseTarget(text);
    if (target.kind !== "number") return undefined;
    const { value, unit } = target.quantity;
    return unit === "万元" || unit === "万" ? value : unit === "元" ? value / 10000 : undefined;
  };

  it.each(["≤102576.61万元", "102576.61万元", "<=100元", "≥100万元", "＜100万元", "100万", "≤0万元", "=5.5元"])(
    "reads the plain cap %s as the parser does",
    (text) => {
      expect(capInWan(text)).toBeDefined();
      expect(capInWan(text)).toBe(viaParser(text));
    },
  );

  it.each(["≤ 100 万元", "≤1,234.5万元", "不超过100万元", "≤100万元以内", "≤95%", "≥19万份", "按时完成"])(
    "leaves %s to the parser",
    (text) => {
      expect(capInWan(text)).toBe(viaParser(text));
    },
  );

  it("converts 元 to 万元", () => {
    expect(capInWan("≤2000000元")).toBe(200);
  });
});
