/**
 * The standard indicator library (issue #18): project types with complete indicator rows, in both
 * frameworks of docs/domain.md §4.1. Each type is written once with 成本 under 产出; the
 * 财预〔2021〕101号 variant is derived mechanically:
 * - 成本 rows become 成本指标 | 经济成本指标 (same names, same caps);
 * - 社会成本指标 and 生态环境成本指标 rows are added (the type's own, or the common two below);
 * - 可持续影响 rows go under 效益指标 | 社会效益指标 (101号 lists 经济/社会/生态效益 only);
 * - the 一级 are ordered 产出, 成本, 效益, 满意度 as in FRAMEWORKS["2021"].
 * Documented in docs/indicator-library.md.
 */
import { FRAMEWORKS, type Framework, type Level1Label } from "../indicator-frameworks";
import { GENERAL_TYPES } from "./general";
import { MEDICAL_TYPES, row } from "./medical";
import { SOURCES, type IndicatorSlot, type LibraryIndicator, type ProjectType } from "./types";

export type { IndicatorSlot, LibraryIndicator, ProjectType } from "./types";
export { SOURCES } from "./types";

export const PROJECT_TYPES: readonly ProjectType[] = [...MEDICAL_TYPES, ...GENERAL_TYPES];

export function projectTypeById(id: string): ProjectType | undefined {
  for (const t of PROJECT_TYPES) if (t.id === id) return t;
  return undefined;
}

/** The 社会成本 and 生态环境成本 rows of the Ministry's framework, for types without their own. */
export const COMMON_COSTS_2021: readonly LibraryIndicator[] = [
  row("成本", "项目实施的社会成本", "项目实施对社会发展可能造成的负面影响", "无明显负面影响", "其他标准", SOURCES.mof),
  row("成本", "项目实施的生态环境成本", "项目实施对自然生态环境可能造成的负面影响", "无明显负面影响", "其他标准", SOURCES.mof),
];

/** One row of a type placed in a framework: its 一级 and 二级 labels. */
export interface PlacedIndicator {
  level1: Level1Label;
  level2: string;
  indicator: LibraryIndicator;
}

const CLASSIC: Record<IndicatorSlot, [Level1Label, string]> = {
  数量: ["产出指标", "数量指标"],
  质量: ["产出指标", "质量指标"],
  时效: ["产出指标", "时效指标"],
  成本: ["产出指标", "成本指标"],
  经济效益: ["效益指标", "经济效益指标"],
  社会效益: ["效益指标", "社会效益指标"],
  生态效益: ["效益指标", "生态效益指标"],
  可持续影响: ["效益指标", "可持续影响指标"],
  满意度: ["满意度指标", "服务对象满意度指标"],
};

const LEVEL1_ORDER: Record<Framework, readonly Level1Label[]> = {
  classic: ["产出指标", "效益指标", "满意度指标"],
  "2021": ["产出指标", "成本指标", "效益指标", "满意度指标"],
};

const SLOT_ORDER: readonly IndicatorSlot[] = ["数量", "质量", "时效", "成本", "经济效益", "社会效益", "生态效益", "可持续影响", "满意度"];

/** A type's rows in a framework, grouped by 一级 in the framework's order and by 二级 within. */
export function placedIndicators(type: ProjectType, framework: Framework): PlacedIndicator[] {
  const placed: PlacedIndicator[] = [];
  const bySlot = [...type.indicators].sort((a, b) => SLOT_ORDER.indexOf(a.slot) - SLOT_ORDER.indexOf(b.slot));
  for (const indicator of bySlot) {
    const [level1, level2] = CLASSIC[indicator.slot];
    if (framework === "classic") placed.push({ level1, level2, indicator });
    else if (indicator.slot === "成本") placed.push({ level1: "成本指标", level2: "经济成本指标", indicator });
    else if (indicator.slot === "可持续影响") placed.push({ level1: "效益指标", level2: "社会效益指标", indicator });
    else placed.push({ level1, level2, indicator });
  }
  if (framework === "2021") {
    const [social, ecological] = type.costs2021 ?? COMMON_COSTS_2021;
    placed.push({ level1: "成本指标", level2: "社会成本指标", indicator: social });
    placed.push({ level1: "成本指标", level2: "生态环境成本指标", indicator: ecological });
  }
  // Stable: by 一级 and 二级 in the framework's order (FRAMEWORKS), the library's order within.
  const rank = (p: PlacedIndicator) => {
    const i = LEVEL1_ORDER[framework].indexOf(p.level1);
    const level2s = FRAMEWORKS[framework].find(([l1]) => l1 === p.level1)?.[1] ?? [];
    return i * 100 + level2s.indexOf(p.level2);
  };
  return placed
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map((x) => x.p);
}
