/**
 * The two indicator frameworks of docs/domain.md §4.1: the 一级 and their 二级, as the forms label
 * them. The goal-table template lists them; the indicator-levels rule names them in its messages.
 */
export type Framework = "classic" | "2021";

export type Level1Label = "产出指标" | "效益指标" | "满意度指标" | "成本指标";

/** "classic": 成本 as a 二级 under 产出; "2021": 财预〔2021〕101号, 成本 as a 一级. */
export const FRAMEWORKS: Record<Framework, readonly (readonly [level1: Level1Label, level2: readonly string[]])[]> = {
  classic: [
    ["产出指标", ["数量指标", "质量指标", "时效指标", "成本指标"]],
    ["效益指标", ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]],
    ["满意度指标", ["服务对象满意度指标"]],
  ],
  "2021": [
    ["产出指标", ["数量指标", "质量指标", "时效指标"]],
    ["成本指标", ["经济成本指标", "社会成本指标", "生态环境成本指标"]],
    ["效益指标", ["经济效益指标", "社会效益指标", "生态效益指标"]],
    ["满意度指标", ["服务对象满意度指标"]],
  ],
};

/** Every 二级 a 一级 has in either framework, in the forms' order. */
export function level2Labels(level1: Level1Label): string[] {
  const labels: string[] = [];
  for (const framework of Object.values(FRAMEWORKS)) {
    for (const [l1, l2s] of framework) if (l1 === level1) for (const l2 of l2s) if (!labels.includes(l2)) labels.push(l2);
  }
  return labels;
}
