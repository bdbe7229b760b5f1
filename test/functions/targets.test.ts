import { TARGETMET, TARGETSCORE } from "../../src/functions/functions";
import {
  parseActual,
  parseTarget,
  judgeTarget,
  targetDirection,
  compareValues,
  tierOf,
  type IndicatorTarget,
} from "../../src/model/indicator-target";
import { executionRateScore, gradeOf, indicatorScore, roundScore } from "../../src/model/scoring";
import { expectError, one } from "./helpers";

const met = (...args: unknown[]) => one((TARGETMET as (...a: unknown[]) => never)(...args));
const score = (...args: unknown[]) => one((TARGETSCORE as (...a: unknown[]) => never)(...args));

describe("parseTarget (docs/domain.md §4.2 forms)", () => {
  const num = (text: string) => parseTarget(text) as Extract<IndicatorTarget, { kind: "number" }>;

  test.each([
    ["≥95%", ">=", 0.95, "%"],
    ["≥99%", ">=", 0.99, "%"],
    ["≥36万人", ">=", 36, "万人"],
    ["≥5项", ">=", 5, "项"],
    ["≤20万元", "<=", 20, "万元"],
    ["≤2小时", "<=", 2, "小时"],
    ["≤12月", "<=", 12, "月"],
    ["＞80%", ">", 0.8, "%"],
    ["＜5%", "<", 0.05, "%"],
    ["=100%", "=", 1, "%"],
    ["＝100％", "=", 1, "%"],
    ["11个", "=", 11, "个"],
    ["1套", "=", 1, "套"],
    ["100%", "=", 1, "%"],
    ["≧90%", ">=", 0.9, "%"],
    [">=90%", ">=", 0.9, "%"],
    ["≥ 95 %", ">=", 0.95, "%"],
    ["≥９５％", ">=", 0.95, "%"],
    ["95%以上", ">=", 0.95, "%"],
    ["不低于95%", ">=", 0.95, "%"],
    ["控制在20万元以内", "<=", 20, "万元"],
    ["不超过4万元", "<=", 4, "万元"],
    ["≥95百分比", ">=", 0.95, "%"],
    ["≥1,000人次", ">=", 1000, "人次"],
    ["≥5.2万/方", ">=", 5.2, "万/方"],
    ["≤3个工作日", "<=", 3, "工作日"],
  ])("%s", (text, op, value, unit) => {
    const t = num(text);
    expect(t.kind).toBe("number");
    expect(t.op).toBe(op);
    expect(t.quantity.value).toBeCloseTo(value, 12);
    expect(t.quantity.unit).toBe(unit);
  });

  test("explicit symbol or bare value", () => {
    expect(num("≥95%").explicitOp).toBe(true);
    expect(num("11个").explicitOp).toBe(false);
    expect(parseTarget(0.95)).toMatchObject({ kind: "number", op: "=", quantity: { value: 0.95, unit: "" } });
  });

  test("ranges", () => {
    expect(parseTarget("6-9个月")).toMatchObject({ kind: "range", low: { value: 6, unit: "月" }, high: { value: 9, unit: "月" } });
    expect(parseTarget("6～9个月")).toMatchObject({ kind: "range", low: { value: 6 }, high: { value: 9 } });
    expect(parseTarget("90%-95%")).toMatchObject({ kind: "range", low: { value: 0.9, unit: "%" }, high: { value: 0.95, unit: "%" } });
    expect(parseTarget("90-95%")).toMatchObject({ kind: "range", low: { value: 0.9, unit: "%" }, high: { value: 0.95 } });
    expect(parseTarget("3至5次")).toMatchObject({ kind: "range", low: { value: 3, unit: "次" }, high: { value: 5, unit: "次" } });
  });

  test("dates", () => {
    expect(parseTarget("不晚于12月底")).toMatchObject({ kind: "date", op: "<=", date: { month: 12, day: 31 } });
    expect(parseTarget("不晚于 12 月底")).toMatchObject({ kind: "date", op: "<=", date: { month: 12, day: 31 } });
    expect(parseTarget("12月底前")).toMatchObject({ kind: "date", op: "<=", date: { month: 12, day: 31 } });
    expect(parseTarget("11月底")).toMatchObject({ kind: "date", op: "<=", date: { month: 11, day: 31 } });
    expect(parseTarget("2020年12月底")).toMatchObject({ kind: "date", date: { year: 2020, month: 12, day: 31 } });
    expect(parseTarget("于12月底前完成")).toMatchObject({ kind: "date", op: "<=", date: { month: 12 } });
    expect(parseTarget("2023-06-30")).toMatchObject({ kind: "date", date: { year: 2023, month: 6, day: 30 } });
    expect(parseTarget("年底前")).toMatchObject({ kind: "date", op: "<=", date: { month: 12, day: 31 } });
    expect(parseTarget("年内")).toMatchObject({ kind: "date", date: { month: 12, day: 31 } });
    expect(parseTarget("不早于3月")).toMatchObject({ kind: "date", op: ">=", date: { month: 3 } });
  });

  test("qualitative and non-standard", () => {
    for (const q of ["明显提高", "有效缓解", "成效明显", "合规", "规范", "达到国家2级标准"]) {
      expect(parseTarget(q).kind).toBe("qualitative");
    }
    expect(parseTarget("70%左右")).toMatchObject({ kind: "invalid", reason: "approximate" });
    expect(parseTarget("≈5")).toMatchObject({ kind: "invalid", reason: "approximate" });
    expect(parseTarget("约3个")).toMatchObject({ kind: "invalid", reason: "approximate" });
    expect(parseTarget("")).toMatchObject({ kind: "invalid", reason: "empty" });
    expect(parseTarget("—")).toMatchObject({ kind: "invalid", reason: "empty" });
    expect(parseTarget("≥很多")).toMatchObject({ kind: "qualitative" });
    expect(parseTarget("≥5.5.5")).toMatchObject({ kind: "invalid", reason: "unparsed" });
  });

  test("direction from the symbol (K1: ＝ ≥ ＞ 正向, ＜ ≤ 反向)", () => {
    expect(targetDirection(parseTarget("≥95%"))).toBe("positive");
    expect(targetDirection(parseTarget("=100%"))).toBe("positive");
    expect(targetDirection(parseTarget("11个"))).toBe("positive");
    expect(targetDirection(parseTarget("≤20万元"))).toBe("negative");
    expect(targetDirection(parseTarget("不晚于12月底"))).toBe("negative");
    expect(targetDirection(parseTarget("明显提高"))).toBe("qualitative");
  });
});

describe("parseActual", () => {
  test("numbers, percentages, units, dates, tiers", () => {
    expect(parseActual(0.98)).toMatchObject({ kind: "number", quantity: { value: 0.98, unit: "" }, plain: true });
    expect(parseActual("98%")).toMatchObject({ kind: "number", quantity: { value: 0.98, unit: "%" } });
    expect(parseActual("９８％")).toMatchObject({ kind: "number", quantity: { value: 0.98, unit: "%" } });
    expect(parseActual("13个月")).toMatchObject({ kind: "number", quantity: { value: 13, unit: "月" } });
    expect(parseActual("18万元")).toMatchObject({ kind: "number", quantity: { value: 18, unit: "万元" } });
    expect(parseActual("11月底")).toMatchObject({ kind: "date", date: { month: 11, day: 31 } });
    expect(parseActual("达到预期目标")).toEqual({ kind: "tier", tier: "met" });
    expect(parseActual("部分达到预期目标,并且具备一定效果")).toEqual({ kind: "tier", tier: "partial" });
    expect(parseActual("未达到预期目标")).toEqual({ kind: "tier", tier: "unmet" });
    expect(parseActual("")).toEqual({ kind: "empty" });
    expect(parseActual(null)).toEqual({ kind: "empty" });
    expect(parseActual("#N/A")).toEqual({ kind: "error", code: "#N/A" });
    expect(parseActual("效果很好")).toMatchObject({ kind: "text" });
    expect(tierOf("基本完成")).toBe("partial");
    expect(tierOf("否")).toBe("unmet");
  });
});

describe("judgeTarget and scoring (docs/domain.md §5)", () => {
  const judge = (actual: string | number, target: string, dir?: "positive" | "negative" | "qualitative") =>
    judgeTarget(parseTarget(target), parseActual(actual), dir);

  test("正向: met when actual ≥ target; score min(actual/target, 1)", () => {
    expect(judge("98%", "≥95%")).toEqual({ met: true, ratio: 1 });
    expect(judge(0.95, "≥95%")).toEqual({ met: true, ratio: 1 });
    const j = judge(0.9, "≥95%") as { met: boolean; ratio: number };
    expect(j.met).toBe(false);
    expect(j.ratio).toBeCloseTo(0.9 / 0.95, 12);
    expect(judge(0.8, ">80%")).toMatchObject({ met: false, ratio: 1 });
    expect(judge("1.01", "=100%")).toMatchObject({ met: true });
    expect(judge(12, "11个")).toMatchObject({ met: true });
  });

  test("反向: met when actual ≤ target; score min(target/actual, 1)", () => {
    expect(judge("18万元", "≤20万元")).toEqual({ met: true, ratio: 1 });
    expect(judge(25, "≤20万元")).toEqual({ met: false, ratio: 0.8 });
    expect(judge("250000元", "≤20万元")).toEqual({ met: false, ratio: 0.8 });
    expect(judge("200000元", "≤20万元")).toEqual({ met: true, ratio: 1 });
    expect(judge(20, "<20万元")).toMatchObject({ met: false });
    expect(judge("11月", "≤12月")).toMatchObject({ met: true });
  });

  test("direction override (a bare cost cap is 反向)", () => {
    expect(judge(25, "20万元")).toMatchObject({ met: true });
    expect(judge(25, "20万元", "negative")).toEqual({ met: false, ratio: 0.8 });
    expect(judge(18, "≥20万元", "negative")).toMatchObject({ met: true });
    expect(judge(0.9, "≤95%", "positive")).toMatchObject({ met: false });
  });

  test("ranges: S003 基金滚存结余可支配月数 6-9个月 → 13 is missed", () => {
    const j = judge(13, "6-9个月") as { met: boolean; ratio: number };
    expect(j.met).toBe(false);
    expect(j.ratio).toBeCloseTo(9 / 13, 12);
    expect(judge("7个月", "6-9个月")).toEqual({ met: true, ratio: 1 });
    expect(judge(6, "6-9个月")).toEqual({ met: true, ratio: 1 });
    expect(judge(3, "6-9个月")).toEqual({ met: false, ratio: 0.5 });
  });

  test("dates", () => {
    expect(judge("11月底", "不晚于12月底")).toEqual({ met: true, ratio: 1 });
    expect(judge("12月", "不晚于12月底")).toEqual({ met: true, ratio: 1 });
    expect(judge(12, "不晚于12月底")).toEqual({ met: true, ratio: 1 });
    expect(judge("2021年1月", "2020年12月底")).toEqual({ met: false, ratio: 0 });
    expect(judge("2020年12月15日", "2020年12月底")).toEqual({ met: true, ratio: 1 });
    expect(judge(44196, "2020年12月底")).toEqual({ met: true, ratio: 1 }); // serial of 2020-12-31
    expect(judge(44197, "2020年12月底")).toEqual({ met: false, ratio: 0 });
    expect(judge("效果好", "不晚于12月底")).toEqual({ error: "not-comparable" });
  });

  test("定性: tiers and grades", () => {
    expect(judge("达到预期目标", "明显提高")).toEqual({ met: true, ratio: 1 });
    expect(judge("部分达到预期目标", "明显提高")).toEqual({ met: false, ratio: 0.6 });
    expect(judge("未达到预期目标", "明显提高")).toEqual({ met: false, ratio: 0 });
    expect(judge("85%", "明显提高")).toEqual({ met: true, ratio: 0.85 });
    expect(judge("70%", "明显提高")).toEqual({ met: false, ratio: 0.7 });
    expect(judge("明显提高", "明显提高")).toEqual({ met: true, ratio: 1 });
    expect(judge("有所提高", "明显提高")).toEqual({ error: "qualitative-actual" });
    expect(judge("达到预期目标", "≥95%", "qualitative")).toEqual({ met: true, ratio: 1 });
  });

  test("units must agree", () => {
    expect(judge("98人", "≥95%")).toMatchObject({ error: "unit-mismatch" });
    expect(judge("5项", "≥95%")).toMatchObject({ error: "unit-mismatch", actualUnit: "项", targetUnit: "%" });
    expect(judge("95%", "≥95")).toMatchObject({ error: "unit-mismatch" });
    expect(judge("36万人", "≥360000人")).toEqual({ met: true, ratio: 1 });
    expect(judge("5", "≥5项")).toEqual({ met: true, ratio: 1 });
  });

  test("money units compare exactly", () => {
    expect(compareValues(0.1 + 0.2, 0.3, "万元")).toBe(0);
    expect(compareValues(20.0001, 20, "万元")).toBe(1);
    expect(compareValues(0.1 + 0.2, 0.3, "%")).toBe(0);
  });

  test("scores", () => {
    expect(indicatorScore(parseTarget("≥95%"), parseActual(0.9), 10)).toBe(9.47);
    expect(indicatorScore(parseTarget("≤20万元"), parseActual(25), 10)).toBe(8);
    expect(indicatorScore(parseTarget("6-9个月"), parseActual(13), 10)).toBe(6.92);
    expect(indicatorScore(parseTarget("明显提高"), parseActual("部分达到预期目标"), 10)).toBe(6);
    expect(executionRateScore(37.24 / 43.2)).toBe(8.62); // W3: 86.20% → 8.62
    expect(executionRateScore(1.2)).toBe(10);
    expect(executionRateScore(-0.1)).toBe(0);
    expect(roundScore(8.625)).toBe(8.63);
    expect(roundScore(1.005)).toBe(1.01);
    expect(gradeOf(90)).toBe("优");
    expect(gradeOf(89.99)).toBe("良");
    expect(gradeOf(60)).toBe("中");
    expect(gradeOf(59)).toBe("差");
  });
});

describe("TARGETMET", () => {
  test("the issue's target forms", () => {
    expect(met([["98%"]], [["≥95%"]])).toBe(true);
    expect(met([[0.94]], [["≥95%"]])).toBe(false);
    expect(met([["18"]], [["≤20万元"]])).toBe(true);
    expect(met([[7]], [["6-9个月"]])).toBe(true);
    expect(met([[13]], [["6-9个月"]])).toBe(false);
    expect(met([["11月底"]], [["不晚于12月底"]])).toBe(true);
    expect(met([["达到预期目标"]], [["明显提高"]])).toBe(true);
  });

  test("percentages given as text, full-width, percent cells", () => {
    expect(met([["９６％"]], [["≥９５％"]])).toBe(true);
    expect(met([[0.96]], [["≥95%"]])).toBe(true);
    expect(met([["95.00%"]], [["≥95%"]])).toBe(true);
    expect(met([["94.99%"]], [["≥95%"]])).toBe(false);
  });

  test("direction option", () => {
    expect(met([[25]], [["20万元"]], "反向")).toBe(false);
    expect(met([[25]], [["20万元"]])).toBe(true);
    expect(met([["部分达到预期目标"]], [["≥95%"]], "定性")).toBe(false);
    expect(expectError(met([[1]], [["≥1"]], "向上"), "#VALUE!", "fn.err.badOption").message).toContain("方向");
  });

  test("errors with messages", () => {
    expectError(met([[""]], [["≥95%"]]), "#N/A", "fn.err.actualEmpty");
    expectError(met([[1]], [[""]]), "#N/A", "fn.err.targetEmpty");
    const approx = expectError(met([["70%"]], [["70%左右"]]), "#VALUE!", "fn.err.targetApprox");
    expect(approx.message).toContain("70%左右");
    expectError(met([["5项"]], [["≥95%"]]), "#VALUE!", "fn.err.unitMismatch");
    expectError(met([["有所提高"]], [["明显提高"]]), "#VALUE!", "fn.err.qualitativeActual");
    expectError(met([["很好"]], [["不晚于12月底"]]), "#VALUE!", "fn.err.notComparableTarget");
    expectError(met([[1]], [[true]]), "#VALUE!", "fn.err.targetUnparsed");
    expectError(met([[{ code: "#N/A" }]], [["≥1"]]), "#N/A", "fn.err.inputError");
  });

  test("ranges: one judgement per row", () => {
    expect(TARGETMET([["98%"], [0.9], ["13"]], [["≥95%"], ["≥95%"], ["6-9个月"]])).toEqual([[true], [false], [false]]);
  });
});

describe("TARGETSCORE", () => {
  test("正向, 反向, range, 定性", () => {
    expect(score([[0.9]], [["≥95%"]], [[10]])).toBe(9.47);
    expect(score([["98%"]], [["≥95%"]], [[10]])).toBe(10);
    expect(score([[25]], [["≤20万元"]], [[10]])).toBe(8);
    expect(score([[13]], [["6-9个月"]], [[10]])).toBe(6.92);
    expect(score([["达到预期目标"]], [["明显提高"]], [[10]])).toBe(10);
    expect(score([["部分达到预期目标"]], [["明显提高"]], [[10]])).toBe(6);
    expect(score([["未达到预期目标"]], [["明显提高"]], [[10]])).toBe(0);
    expect(score([["85%"]], [["明显提高"]], [[10]])).toBe(8.5);
    expect(score([["2021年1月"]], [["2020年12月底"]], [[5]])).toBe(0);
  });

  test("execution-rate score through the 正向 rule (W3 37.24 / 43.2 → 8.62)", () => {
    expect(score([[37.24 / 43.2]], [["=100%"]], [[10]])).toBe(8.62);
  });

  test("direction and points options", () => {
    expect(score([[25]], [["20万元"]], [[10]], "反向")).toBe(8);
    expect(score([[25]], [["20万元"]], [["10"]])).toBe(10);
    expectError(score([[1]], [["≥1"]], [[""]]), "#VALUE!", "fn.err.points");
    expectError(score([[1]], [["≥1"]], [[-1]]), "#VALUE!", "fn.err.points");
    expectError(score([[1]], [["≥1"]], [["十"]]), "#VALUE!", "fn.err.notNumber");
  });

  test("ranges: a score per row, points broadcast", () => {
    expect(TARGETSCORE([[0.9], [25]], [["≥95%"], ["≤20万元"]], [[10]])).toEqual([[9.47], [8]]);
  });

  test("a bare number above 2 against a percentage target is not guessed", () => {
    const e = expectError(met(90, "≥95%"), "#VALUE!", "fn.err.ambiguousPercent");
    expect(e.message).toContain("90%");
    expect(e.message).toContain("0.9");
    expectError(met("90", "≥95%"), "#VALUE!", "fn.err.ambiguousPercent");
    expectError(score(90, "≥95%", 10), "#VALUE!", "fn.err.ambiguousPercent");
    expectError(met(15, "≤20%"), "#VALUE!", "fn.err.ambiguousPercent");
    expectError(met(95, "90%-100%"), "#VALUE!", "fn.err.ambiguousPercent");
    // written with its unit, or as a fraction (a percentage cell), it is judged
    expect(met("90%", "≥95%")).toBe(false);
    expect(met(0.96, "≥95%")).toBe(true);
    expect(met(1.2, "≥95%")).toBe(true);
    expect(met(15, "≤20")).toBe(true);
  });
});
