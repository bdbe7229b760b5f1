/**
 * The standard indicator library's shapes: project types (医疗救助, 会议 …), each with the indicator
 * rows of a complete goal table. Rows are written once, in the older framework's 二级 slots; the
 * 财预〔2021〕101号 variant is derived from them (indicator-library/index.ts).
 */

/** Where a row stands, in the older framework's terms (成本 under 产出). */
export type IndicatorSlot = "数量" | "质量" | "时效" | "成本" | "经济效益" | "社会效益" | "生态效益" | "可持续影响" | "满意度";

/**
 * A 指标值 pattern: direction and unit are part of the text ("≥95%", "=100%", "≤2小时"). Three
 * holes are filled when a table is generated:
 * - `{金额}` a cost cap in 万元, the row's share of the project amount;
 * - `{月}` a deadline month (the row's `month`, 12 unless it says otherwise);
 * - `{数量}` a count only the project knows (人次, 家, 份): left for the user, `example` shows one.
 */
export type TargetPattern = string;

export interface LibraryIndicator {
  slot: IndicatorSlot;
  /** 三级指标 */
  name: string;
  /** 绩效指标描述 */
  description: string;
  target: TargetPattern;
  /** 指标值确定依据: 计划标准 / 历史标准 / 行业标准 / 预算支出标准 or a document. */
  basis: string;
  /** Where the row comes from (a seed table, docs/domain.md §4, the Ministry's framework). */
  source: string;
  /** For `{金额}`: this row's share of the project amount, in percent (the shares of a type add up to 100). */
  share?: number;
  /** For `{月}`: the deadline month. */
  month?: number;
  /** For `{数量}`: a plausible value shown in the preview and used by "fill in examples". */
  example?: number;
}

export interface ProjectType {
  /** Stable id (kebab-case, ASCII). */
  id: string;
  /** 类型名称 as the pane lists it. */
  name: string;
  group: "医保" | "通用";
  /** Words in a project name that suggest this type; the longer a matched word, the stronger. */
  keywords: readonly string[];
  /** 年度目标 sentence; `{项目}` is the project name, `{金额}` its amount in 万元. */
  goal: string;
  /** Rows in the older framework (成本 under 产出). */
  indicators: readonly LibraryIndicator[];
  /** 社会成本 / 生态环境成本 rows for the 2021 framework, when the type has its own (else the common ones). */
  costs2021?: readonly LibraryIndicator[];
}

/** Where the entries come from (the `source` field). */
export const SOURCES = {
  s001: "2023年巨鹿县医疗保障局部门预算项目绩效目标表（河北）",
  s004: "2021年洛龙区医疗保障局部门预算项目绩效目标表（河南）",
  ref: "docs/domain.md §4.2 指标值写法与方向",
  mof: "财政部项目支出绩效指标共性框架（财预〔2021〕101号）",
} as const;
