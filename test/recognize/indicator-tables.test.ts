import { checkWorkbookSync } from "../../src/engine/check";
import { recognizeWorkbook } from "../../src/recognize";
import type { IndicatorTable } from "../../src/recognize/model";
import { Row, sheet, workbook } from "../rules/helpers/sheets";
import { henanProjectGoals, splitTargetWorkbook } from "../rules/helpers/goals";

const recognise = (rows: Row[], merges = [] as { top: number; left: number; bottom: number; right: number }[]) =>
  recognizeWorkbook(workbook(sheet("S", rows, merges))).tables[0] as IndicatorTable;

/** Seed 003 table 1 (绵阳 2020 医疗救助 self-evaluation), laid out as its published form. */
function selfEvaluation(): Row[] {
  return [
    ["城乡医疗救助补助资金（普遍补助部分）转移支付区域绩效目标自评表"],
    ["（2020年度）"],
    ["转移支付（项目）名称", null, "城乡医疗救助补助资金（普遍补助部分）"],
    ["中央主管部门", null, "国家医保局"],
    ["地方主管部门", null, "省医保局", null, "资金使用单位", "绵阳市医疗保障局"],
    ["项目资金（万元）", null, "全年预算数（A）", "全年执行数（B）", "预算执行率（B/A）"],
    [null, "年度资金总额：", 15329.53, 11852.5, "77.32%"],
    [null, "其中：中央补助", 11221.53, 11221.53, "100.00%"],
    [null, "地方资金", 4108, 630.97, "15.36%"],
    [null, "其他资金"],
    ["总体目标完成情况", "总体目标", null, "全年实际完成情况"],
    [null, "目标1:持续做好困难群众参保资助工作", null, "1:持续做好困难群众参保资助工作"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
    [null, "产出指标", "数量指标", "资助参保人次", "对符合条件的重点救助对象资助参加城乡居", 194279],
    [null, null, null, "住院救助人次", "原则上不低于上年度前三季度住院救助人次", 150226],
    [null, null, "质量指标", "门诊医疗费用救助比例", "符合实际", "符合实际"],
    [null, null, "时效指标", "“一站式”即时结算覆盖率", "不低于上年", "高于上年"],
    [null, "效益指标", "经济效益", "不合理累计结余减少程度", "成效明显", "成效明显"],
    [null, null, "生态效益", "困难群众医疗费用负担减轻程度", "有效缓解", "有效缓解"],
    [null, "满意度指标", "服务对象满意度", "政策知晓率", "≥80%", "80%"],
    [null, null, null, "救助对象满意度", "≥85%", "85%"],
    ["说明", "无"],
  ];
}

describe("indicator tables", () => {
  it("recognises a self-evaluation table below its funding block and reads target, actual and reason columns", () => {
    const t = recognise(selfEvaluation(), [{ top: 12, left: 0, bottom: 20, right: 0 }]);
    expect(t.template).toBe("self-evaluation");
    expect(t.header).toEqual({ top: 12, bottom: 12 });
    expect(t.columns.map((c) => c.role)).toEqual(["level1", "level2", "name", "target", "actual", "reason"]);
    expect(t.indicators).toHaveLength(8);
    expect(t.indicators[1]).toMatchObject({ level1: "产出指标", level2: "数量指标", name: "住院救助人次", actual: "150226" });
    expect(t.indicators[5]).toMatchObject({ level1: "效益指标", level2: "生态效益" });
    expect(t.indicators[7]).toMatchObject({ level1: "满意度指标", level2: "服务对象满意度", target: "≥85%", actual: "85%" });
  });

  it("recognises a 部门整体 goal table (Henan layout)", () => {
    const t = recognise([
      ["部门（单位）整体绩效目标申报表"],
      ["部门名称", "某县医疗保障局"],
      ["一级指标", "二级指标", "三级指标", "指标值", "指标解释", "指标说明"],
      ["管理效率", "预算管理", "预算执行率", "≥90%", "预算执行数/预算数×100%", "预算执行率=预算执行数/预算数×100%"],
      ["运行成本", "成本控制成效", "“三公经费”变动率", "≤0", "（本年度三公经费-上年度）/上年度", "变动率"],
    ]);
    expect(t.template).toBe("department-goal");
    expect(t.indicators.map((i) => i.name)).toEqual(["预算执行率", "“三公经费”变动率"]);
    expect(t.indicators[0].description).toBe("预算执行数/预算数×100%");
  });

  it("recognises a scoring table with weights and scores", () => {
    const t = recognise([
      ["2019年部门整体支出绩效评价表"],
      ["一级指标", "二级指标", "三级指标", "分值", "自评得分"],
      ["预算管理", "预算编制", "预算安排准确性", 5, 4],
      [null, "执行进度", "部门总体执行进度", 5, 5],
    ]);
    expect(t.template).toBe("evaluation-score");
    expect(t.indicators[1]).toMatchObject({ level1: "预算管理", level2: "执行进度", weight: "5", score: "5" });
  });

  it("reads a self-evaluation table's 项目资金 block: columns, 年度资金总额, its parts and the 说明 line", () => {
    const t = recognise(selfEvaluation(), [{ top: 5, left: 0, bottom: 9, right: 0 }]);
    expect(t.funds).toEqual({
      header: 5,
      labelCol: 1,
      columns: [
        { role: "budget", col: 2, label: "全年预算数(A)" },
        { role: "executed", col: 3, label: "全年执行数(B)" },
        { role: "rate", col: 4, label: "预算执行率(B/A)" },
      ],
      total: { row: 6, label: "年度资金总额" },
      parts: [
        { row: 7, label: "中央补助" },
        { row: 8, label: "地方资金" },
        { row: 9, label: "其他资金" },
      ],
    });
    expect(t.statement).toEqual({ row: 21, col: 1, text: "无" });
  });

  it("reads the wider funding layout: 年初预算数, 分值 and 得分, parts 当年财政拨款 / 上年结转资金 / 其他资金", () => {
    const t = recognise([
      ["2022年项目支出绩效自评表"],
      ["项目名称", "医保信息化建设"],
      ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      [null, "年度资金总额", 100, 120, 108, 10, "90.00%", 9],
      [null, "其中：当年财政拨款", 100, 100, 90],
      [null, "上年结转资金", null, 20, 18],
      [null, "其他资金"],
      ["年度总体目标", "预期目标", null, "实际完成情况"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      ["产出指标", "数量指标", "系统模块", "≥3个", "3个", 20, 20],
      ["说明：资金未全部执行是因为设备采购延至次年"],
    ]);
    expect(t.template).toBe("self-evaluation");
    expect(t.funds?.columns.map((c) => [c.role, c.col])).toEqual([
      ["initial", 2],
      ["budget", 3],
      ["executed", 4],
      ["weight", 5],
      ["rate", 6],
      ["score", 7],
    ]);
    expect(t.funds?.parts.map((p) => p.label)).toEqual(["当年财政拨款", "上年结转资金", "其他资金"]);
    expect(t.statement?.text).toBe("资金未全部执行是因为设备采购延至次年");
  });

  it("a goal table's 项目资金 is read as one amount column (the 申报表 form); the 说明 line only in self-evaluation tables", () => {
    const t = recognise([
      ["项目绩效目标表"],
      ["项目资金（万元）", "年度资金总额：", 100],
      [null, "其中：财政拨款", 90],
      [null, "其他资金", 10],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "覆盖数量", "≥36万人"],
      ["说明", "无"],
    ]);
    expect(t.template).toBe("project-goal");
    expect(t.funds).toEqual({
      header: 1,
      labelCol: 1,
      columns: [{ role: "budget", col: 2, label: "金额" }],
      total: { row: 1, label: "年度资金总额" },
      parts: [
        { row: 2, label: "财政拨款" },
        { row: 3, label: "其他资金" },
      ],
    });
    expect(t.statement).toBeUndefined();
  });

  it("reads the Henan project table: a two-row header, the project and its amounts, 一级/二级 restarting per project", () => {
    const t = recognizeWorkbook(henanProjectGoals()).tables[0] as IndicatorTable;
    expect(t.template).toBe("project-goal");
    expect(t.header).toEqual({ top: 2, bottom: 3 });
    expect(t.columns.map((c) => [c.role, c.col])).toEqual([
      ["project", 1],
      ["fund.total", 2],
      ["fund.fiscal", 3],
      ["fund.other", 4],
      ["goal", 5],
      ["level1", 6],
      ["level2", 7],
      ["name", 8],
      ["target", 9],
    ]);
    expect(t.indicators.map((i) => [i.row, i.project, i.level1, i.name])).toEqual([
      [4, "医保信息化建设", "产出指标", "系统模块"],
      [5, "医保信息化建设", "产出指标", "完成时间"],
      [6, "医保信息化建设", "产出指标", "资金成本"],
      [7, "医保信息化建设", "效益指标", "群众受益"],
      [8, "医保信息化建设", "满意度指标", "群众满意度"],
      [9, "医保宣传", "产出指标", "宣传次数"],
      [10, "医保宣传", "效益指标", "政策知晓率"],
      [11, "医保宣传", "满意度指标", "群众满意度"],
    ]);
  });

  it("the same header without merges: the amount row still belongs to the header", () => {
    const wb = henanProjectGoals();
    wb.sheets[0].merges = [];
    const t = recognizeWorkbook(wb).tables[0] as IndicatorTable;
    expect(t.header).toEqual({ top: 2, bottom: 3 });
    expect(t.indicators[0]).toMatchObject({ row: 4, project: "医保信息化建设", name: "系统模块" });
    expect(t.indicators[5]).toMatchObject({ row: 9, project: "医保宣传", level1: "产出指标" });
  });

  it("reads 指标值 split into 符号 | 值 | 单位 back as one target, the sub-header row inside the header", () => {
    const t = recognizeWorkbook(splitTargetWorkbook()).tables[0] as IndicatorTable;
    expect(t.template).toBe("department-goal");
    expect(t.header).toEqual({ top: 2, bottom: 3 });
    expect(t.indicators.map((i) => [i.name, i.target, i.weight])).toEqual([
      ["参保人数", "≥410万人", "20"],
      ["基金监管覆盖率", "=100%", "20"],
      ["待遇发放及时率", "≥98%", "10"],
      ["经费支出", "≤120万元", "10"],
      ["群众就医负担", "明显减轻", "30"],
      ["参保群众满意度", "≥90%", "10"],
    ]);
  });

  it("recognises a goal table without a title from its indicator header", () => {
    const t = recognise([
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "覆盖数量", "≥36万人"],
    ]);
    expect(t.template).toBe("project-goal");
    expect(t.indicators).toHaveLength(1);
  });
});

describe("指标性质 | 指标值 | 度量单位 side by side (the central form)", () => {
  const _ = null;
  const goalTable = (costSymbol: string): Row[] => [
    ["2024年项目支出绩效目标表", _, _, _, _, _],
    ["项目名称", "医疗保障信息化建设", _, _, _, _],
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
    ["产出指标", "数量指标", "运维系统数量", "≥", 3, "个"],
    [_, "质量指标", "系统正常运行率", "正向", "≥95%", "%"],
    [_, "时效指标", "故障响应时间", "≤", 2, "小时"],
    [_, "成本指标", "运维成本", costSymbol, 120, "万元"],
    ["效益指标", "社会效益指标", "参保群众办事便利度", "定性", "明显提高", _],
    ["满意度指标", "服务对象满意度指标", "参保群众满意度", "≥", 90, "%"],
  ];
  const goals = (costSymbol: string) => workbook(sheet("绩效", goalTable(costSymbol), [{ top: 3, left: 0, bottom: 6, right: 0 }]));

  it("reads symbol, value and unit as one target: 定性 and 正向 are no symbols, and a value that writes its own symbol and unit keeps one", () => {
    const t = recognizeWorkbook(goals("≤")).tables[0] as IndicatorTable;
    expect(t.template).toBe("project-goal");
    expect(t.columns.map((c) => c.role)).toEqual(["level1", "level2", "name", "target.symbol", "target", "target.unit"]);
    expect(t.indicators.map((i) => [i.name, i.target])).toEqual([
      ["运维系统数量", "≥3个"],
      ["系统正常运行率", "≥95%"],
      ["故障响应时间", "≤2小时"],
      ["运维成本", "≤120万元"],
      ["参保群众办事便利度", "明显提高"],
      ["参保群众满意度", "≥90%"],
    ]);
  });

  it("a cost written ≥ is the one error, at its 指标值; the correct table raises nothing", () => {
    expect(checkWorkbookSync(goals("≤")).findings).toEqual([]);
    const findings = checkWorkbookSync(goals("≥")).findings;
    expect(findings.map((f) => [f.ruleId, f.severity, f.cell, f.actual, f.expected])).toEqual([["indicator-direction", "error", "E7", "≥120万元", "≤120万元"]]);
  });

  it("a self-evaluation: a bare 实际完成值 is in the row's 度量单位, so met targets pass and the missed one is found", () => {
    const rows: Row[] = [
      ["2024年度项目支出绩效自评表", _, _, _, _, _, _, _, _, _],
      ["项目名称", "医疗保障信息化建设", _, _, _, _, _, _, _, _],
      ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "度量单位", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      ["产出指标", "数量指标", "运维系统数量", "≥", 3, "个", 3, 20, 20, _],
      [_, "质量指标", "系统正常运行率", "≥", 99, "%", 99.5, 20, 20, _],
      [_, "时效指标", "故障响应时间", "≤", 2, "小时", 1.5, 10, 10, _],
      [_, "成本指标", "运维成本", "≤", 120, "万元", 118, 10, 10, _],
      ["效益指标", "社会效益指标", "参保群众办事便利度", "定性", "明显提高", _, "明显提高", 20, 20, _],
      ["满意度指标", "服务对象满意度指标", "参保群众满意度", "≥", 90, "%", 85, 20, 18, _],
      ["总分", _, _, _, _, _, _, 100, 98, _],
    ];
    const wb = workbook(sheet("自评", rows, [{ top: 3, left: 0, bottom: 6, right: 0 }]));
    const t = recognizeWorkbook(wb).tables[0] as IndicatorTable;
    expect(t.template).toBe("self-evaluation");
    expect(t.indicators.map((i) => [i.target, i.actual])).toEqual([
      ["≥3个", "3个"],
      ["≥99%", "99.5%"],
      ["≤2小时", "1.5小时"],
      ["≤120万元", "118万元"],
      ["明显提高", "明显提高"],
      ["≥90%", "85%"],
    ]);
    const findings = checkWorkbookSync(wb).findings;
    expect(findings.map((f) => [f.ruleId, f.cell])).toEqual([["unmet-without-reason", "J9"]]);
  });
});

describe("the target column under other names", () => {
  it.each(["指标值", "年度指标值", "目标值", "预期值", "计划值"])("%s", (header) => {
    const t = recognise([
      ["2024年项目支出绩效目标表"],
      ["一级指标", "二级指标", "三级指标", header],
      ["产出指标", "数量指标", "运维系统数量", "≥3个"],
      [null, "时效指标", "故障响应时间", "≤2小时"],
    ]);
    expect(t.indicators.map((i) => i.target)).toEqual(["≥3个", "≤2小时"]);
  });
});
