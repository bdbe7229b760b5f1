/** The standard indicator library: complete, sourced, well-formed, and matched from project names. */
import { readFileSync } from "fs";
import { join } from "path";
import { libraryMarkdown } from "../../scripts/library-doc";
import { PROJECT_TYPES, placedIndicators, SOURCES } from "../../src/catalog/indicator-library";
import { FRAMEWORKS } from "../../src/catalog/indicator-frameworks";
import { suggestTypes } from "../../src/fill/type-match";

const REQUIRED = ["数量", "质量", "时效", "成本", "社会效益", "满意度"];
const TARGET_FORM = /^(≥|≤|=)[\d{]|^\{月\}月底前$|^[^\d≥≤=<>{}]+$/;

describe("the library", () => {
  test("has the eleven 医保 types and the seven general administrative types of issue #18", () => {
    expect(PROJECT_TYPES.filter((t) => t.group === "医保").map((t) => t.name)).toEqual([
      "医疗救助", "城乡居民医保补助", "信息化建设与运维/网络安全", "宣传与培训", "离休干部医疗与公费医疗", "资助参保/代缴保费",
      "基金监管与打击欺诈骗保", "长期护理保险", "门诊特殊疾病鉴定", "经办服务与代办员补助", "异地就医结算",
    ]);
    expect(PROJECT_TYPES.filter((t) => t.group === "通用").map((t) => t.name)).toEqual(["办公运转与取暖", "设备购置", "维修改造", "购买服务与劳务派遣", "档案整理", "课题研究与第三方评估", "会议"]);
    expect(new Set(PROJECT_TYPES.map((t) => t.id)).size).toBe(PROJECT_TYPES.length);
  });

  test.each(PROJECT_TYPES.map((t) => [t.name, t]))("%s: complete, every row described, sourced and with a directed target", (_name, type) => {
    const slots = new Set(type.indicators.map((i) => i.slot));
    for (const s of REQUIRED) expect(slots).toContain(s);
    expect(slots.has("经济效益") || slots.has("生态效益") || slots.has("可持续影响")).toBe(true);
    for (const i of type.indicators) {
      expect([i.name, i.description, i.basis, i.source].every((x) => x.trim().length > 1)).toBe(true);
      expect(i.target).toMatch(TARGET_FORM);
      if (i.target.indexOf("{数量}") >= 0) expect(i.example).toBeGreaterThan(0);
      if (i.target.indexOf("{金额}") >= 0) expect(i.target).toMatch(/^≤\{金额\}万元$/);
    }
    const shares = type.indicators.filter((i) => i.slot === "成本").map((i) => i.share ?? 0);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
    expect(new Set(type.indicators.map((i) => i.name)).size).toBe(type.indicators.length);
    expect(type.goal).toContain("{金额}万元");
    expect(Object.values(SOURCES).some((s) => type.indicators.some((i) => i.source.indexOf(s) >= 0))).toBe(true);
  });

  test.each(PROJECT_TYPES.map((t) => [t.name, t]))("%s in the 2021 framework: 成本 is a 一级 with its three 二级, every 二级 is the framework's", (_name, type) => {
    const placed = placedIndicators(type, "2021");
    const allowed = new Map(FRAMEWORKS["2021"].map(([l1, l2s]) => [l1 as string, l2s]));
    for (const p of placed) expect(allowed.get(p.level1)).toContain(p.level2);
    expect(placed.filter((p) => p.level1 === "成本指标").map((p) => p.level2)).toEqual([
      ...type.indicators.filter((i) => i.slot === "成本").map(() => "经济成本指标"),
      "社会成本指标",
      "生态环境成本指标",
    ]);
    // 一级 in the framework's order, each a contiguous run.
    const runs = placed.map((p) => p.level1).filter((l, i, a) => i === 0 || a[i - 1] !== l);
    expect(runs).toEqual(["产出指标", "成本指标", "效益指标", "满意度指标"]);
    expect(placed.length).toBe(type.indicators.length + 2);
  });
});

describe("matching a project name to types", () => {
  test.each([
    ["医疗救助经费", "医疗救助", ["医疗救助", "救助"]],
    ["城乡居民医保专项经费", "城乡居民医保补助", ["城乡居民医保", "居民医保"]],
    ["公费医疗、医疗补助经费", "离休干部医疗与公费医疗", ["公费医疗", "医疗补助"]],
    ["医保数据网络租赁费", "信息化建设与运维/网络安全", ["网络", "数据", "租赁费"]],
    ["长期护理保险专项经费", "长期护理保险", ["长期护理", "护理保险"]],
    ["燃气费、医疗保障经费", "办公运转与取暖", ["燃气"]],
    ["2023年办公楼维修改造", "维修改造", ["维修", "改造", "维修改造"]],
    ["劳务派遣工资", "购买服务与劳务派遣", ["劳务派遣", "派遣", "劳务", "工资"]],
  ])("%s → %s, because of the words it contains", (name, type, words) => {
    const [best] = suggestTypes(name);
    expect(best.type.name).toBe(type);
    expect(best.keywords).toEqual(words);
  });

  test("best three first; a name without any keyword gets the closest types, without keywords; an empty one none", () => {
    const three = suggestTypes("办公楼维修改造及设备购置");
    expect(three.map((s) => s.type.name)).toEqual(["维修改造", "设备购置", "办公运转与取暖"]);
    const vague = suggestTypes("医疗服务与保障能力提升");
    expect(vague.length).toBeGreaterThan(0);
    expect(vague.every((s) => s.keywords.length === 0)).toBe(true);
    expect(suggestTypes("  ")).toEqual([]);
  });
});

describe("docs/indicator-library.md", () => {
  test("is the library as generated (run `npx tsx scripts/library-doc.ts` after changing it)", () => {
    expect(readFileSync(join(__dirname, "..", "..", "docs", "indicator-library.md"), "utf8")).toBe(libraryMarkdown());
  });
});
