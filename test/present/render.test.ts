import { allMessageKeys, messageTable, phrase, valueText, type Locale, type MessageKey } from "../../src/catalog/messages";
import type { DataValue, Finding } from "../../src/model/findings";
import { allRules } from "../../src/rules";
import { figuresUnit, figureValue, renderFigure, renderMessage } from "../../src/present/render";

/** The keys rules and localisation report or nest: their own messages and the phrases of the sums, codes, recognition and localisation. */
const ruleKeys: MessageKey[] = Array.from(
  new Set([...allRules.flatMap((r) => r.meta.messages), ...allMessageKeys().filter((k) => /^(sums|cross|codes|recognize|rule|locate)\./.test(k) && !/\.description$/.test(k))]),
).sort();

const AMOUNTS = new Set(["expected", "actual", "difference", "value", "other", "caps", "funds", "budget"]);

/** A sample value for each placeholder: amounts as money, `what` as a nested phrase, the rest as text. */
function sample(name: string): DataValue {
  if (AMOUNTS.has(name)) return { money: 12345600, decimals: 2, signed: name === "difference" };
  if (name === "what") return phrase("sums.row", { row: 5, label: "行政运行", total: "合计", parts: "基本支出 + 项目支出" });
  return `«${name}»`;
}

function placeholders(template: string): string[] {
  return Array.from(new Set(Array.from(template.matchAll(/\{(\w+)\}/g), (m) => m[1])));
}

describe("every message a rule reports renders in both locales", () => {
  it.each(ruleKeys.map((k) => [k]))("%s", (key) => {
    for (const locale of ["zh-CN", "en"] as Locale[]) {
      const template = messageTable(locale)[key];
      expect(template).toBeTruthy();
      const data = Object.fromEntries(placeholders(template).map((n) => [n, sample(n)]));
      const text = renderMessage({ messageId: key, data }, locale);
      expect(text).not.toMatch(/\{\w+\}/);
      for (const v of Object.values(data)) if (typeof v === "string") expect(text).toContain(v);
    }
    // The English twin fills the same placeholders.
    expect(placeholders(messageTable("en")[key]).sort()).toEqual(placeholders(messageTable("zh-CN")[key]).sort());
  });
});

describe("renderMessage", () => {
  const finding = (messageId: string, data: Finding["data"]) => ({ messageId, data });

  it("renders a sum mismatch with its amounts at their decimals, in zh-CN and in English", () => {
    const f = finding("sums.mismatch", {
      what: phrase("sums.row", { row: 7, label: "行政运行", total: "合计", parts: "基本支出 + 项目支出" }),
      expected: { money: 2449000, decimals: 2 },
      actual: { money: 2494000, decimals: 2 },
      difference: { money: 45000, decimals: 2, signed: true },
    });
    expect(renderMessage(f, "zh-CN")).toBe("第7行“行政运行”：合计 = 基本支出 + 项目支出：应为 244.90，实为 249.40，差额 +4.50");
    expect(renderMessage(f, "en")).toContain("244.90");
    expect(renderMessage(f, "en")).toContain("+4.50");
    expect(renderMessage(f, "en")).not.toMatch(/[应实差]/);
  });

  it("shows a negative difference without a plus and four decimals when asked", () => {
    expect(renderFigure({ money: -270000, decimals: 2, signed: true }, "zh-CN")).toBe("-27.00");
    expect(renderFigure({ money: 123456, decimals: 4 }, "zh-CN")).toBe("12.3456");
    expect(renderFigure("≤20万元", "zh-CN")).toBe("≤20万元");
    expect(renderFigure(8.33, "zh-CN")).toBe("8.33");
    expect(renderFigure(undefined, "zh-CN")).toBe("");
    // Rates read as the rules always wrote them.
    expect(renderFigure({ basisPoints: 7732, decimals: 2 }, "zh-CN")).toBe("77.32%");
    expect(renderFigure({ basisPoints: 4500, decimals: 0 }, "zh-CN")).toBe("45%");
    expect(renderFigure({ basisPoints: -300, decimals: 2, points: true }, "zh-CN")).toBe("-3.00 个百分点");
    expect(renderFigure({ basisPoints: 100, decimals: 2, points: true }, "zh-CN")).toBe("1.00 个百分点");
    // The unit of a difference between rates is in the reader's language (an English pane).
    expect(renderFigure({ basisPoints: -300, decimals: 2, points: true }, "en")).toBe("-3.00 percentage points");
  });

  it("joins a list of phrases with its separator", () => {
    const f = finding("rule.indicator-weights.message", {
      sum: 110,
      parts: { join: [phrase("rule.indicator-weights.indicators", { count: 7, sum: 100 }), phrase("rule.indicator-weights.execution", { points: 10 })], sep: "，" },
    });
    const text = renderMessage(f, "zh-CN");
    expect(text).toContain("110");
    expect(text).toContain("，");
    expect(text).not.toContain("[object");
  });

  it("renders a located mistake with its optional tails (transposed digits, a second cell) in the locale's words", () => {
    const figures = { expected: { money: 190000, decimals: 2 }, actual: { money: 910000, decimals: 2 }, difference: { money: 720000, decimals: 2, signed: true } };
    const and = phrase("locate.and");
    const f = finding("locate.cell", {
      ...figures,
      count: 2,
      totals: { join: ["D18", "E17"], sep: and },
      transposed: phrase("locate.transposed", figures),
      pair: phrase("locate.pair", { other: { join: ["F9"], sep: and } }),
    });
    expect(renderMessage(f, "zh-CN")).toBe(
      "此格应为 19.00，实为 91.00，差额 +72.00。改正这一格，2个不成立的等式（D18、E17）同时成立，其他等式不受影响；疑为相邻两位数字颠倒（19.00 录成了 91.00）（与 F9 一起有误）",
    );
    expect(renderMessage(f, "en")).toContain("(D18, E17)");
    expect(renderMessage({ messageId: "locate.cell", data: { ...f.data, transposed: "", pair: "" } }, "zh-CN")).toMatch(/其他等式不受影响$/);
  });

  it("fills a message with rates as text, and gives rates as percentages for sorting", () => {
    const data = { label: "地方资金", expected: { basisPoints: 1536, decimals: 2 }, actual: { basisPoints: 1236, decimals: 2 } };
    expect(renderMessage(finding("rule.execution-rate.message", data), "zh-CN")).toBe("“地方资金”的预算执行率应为 15.36%（全年执行数 ÷ 全年预算数），表中为 12.36%");
    expect(renderMessage(finding("rule.execution-rate.message", data), "en")).toContain("15.36%");
    expect(valueText({ basisPoints: -300, decimals: 2, points: true }, "en")).toBe("-3.00 percentage points");
    expect(figureValue({ basisPoints: 7732, decimals: 2 })).toBe(77.32);
    expect(figureValue({ basisPoints: -300, decimals: 2, points: true })).toBe(-3);
    const rates = { expected: { basisPoints: 1536, decimals: 2 }, actual: { basisPoints: 1236, decimals: 2 }, difference: { basisPoints: -300, decimals: 2, points: true as const } };
    expect(figuresUnit(rates)).toBe("%");
    expect(figuresUnit({ expected: { money: 1, decimals: 2 }, unit: "万元" })).toBe("万元");
    expect(figuresUnit({ expected: { money: 1, decimals: 2 }, actual: { basisPoints: 1, decimals: 2 }, unit: "万元" })).toBeUndefined();
    expect(figuresUnit({ expected: 6 })).toBeUndefined();
  });

  it("shows a key outside the table as itself", () => {
    expect(renderMessage(finding("no.such.key", {}), "en")).toBe("no.such.key");
  });

  it("findings are plain data: a JSON round trip renders the same", () => {
    const f = finding("sums.blankTotal", { what: phrase("sums.balance"), expected: { money: 22000, decimals: 2 } });
    expect(renderMessage(JSON.parse(JSON.stringify(f)) as typeof f, "zh-CN")).toBe(renderMessage(f, "zh-CN"));
  });
});
