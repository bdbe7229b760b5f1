/**
 * A blank 项目绩效目标表 to fill in, laid out as the Hebei template (S001): title, 项目名称,
 * 年度绩效目标, then 一级 | 二级 | 三级 | 绩效指标描述 | 指标值 | 指标值确定依据 with every 二级 of the
 * chosen framework on its own line (reference.md §4.1), and the rules for writing 指标值 (§4.2)
 * under the table, so that the mistakes the checker reports are explained where they are made.
 * Host-free: a WritePlan that the task pane's host writes into a new sheet.
 */
import type { CellRange } from "../core/a1";
import { t } from "../i18n";
import type { WritePlan } from "../taskpane/port";

/** "classic": 成本 as a 二级 under 产出; "2021": 财预〔2021〕101号, 成本 as a 一级. */
export type Framework = "classic" | "2021";

const FRAMEWORKS: Record<Framework, readonly [level1: string, level2: readonly string[]][]> = {
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

const WIDTH = 6;
/** Characters Excel and WPS refuse in a sheet name. */
const BAD_NAME = /[[\]:*?/\\]/g;

export function goalTemplatePlan(project: string, framework: Framework): WritePlan {
  const name = project.replace(/\s+/g, " ").trim();
  const line = (...cells: string[]) => [...cells, ...Array<string>(WIDTH - cells.length).fill("")];
  const rows: string[][] = [
    line(t("fill.goal.title", { project: name })),
    line(t("fill.goal.project"), name),
    line(t("fill.goal.yearGoal")),
    line(t("fill.goal.level1"), t("fill.goal.level2"), t("fill.goal.level3"), t("fill.goal.description"), t("fill.goal.target"), t("fill.goal.basis")),
  ];
  const merges: CellRange[] = [
    { top: 0, left: 0, bottom: 0, right: WIDTH - 1 },
    { top: 1, left: 1, bottom: 1, right: WIDTH - 1 },
    { top: 2, left: 1, bottom: 2, right: WIDTH - 1 },
  ];
  for (const [level1, level2s] of FRAMEWORKS[framework]) {
    const first = rows.length;
    for (const level2 of level2s) rows.push(line(level1, level2));
    if (level2s.length > 1) merges.push({ top: first, left: 0, bottom: rows.length - 1, right: 0 });
  }
  rows.push(line());
  for (const key of ["fill.goal.note1", "fill.goal.note2", "fill.goal.note3", "fill.goal.note4", "fill.goal.note5"] as const) rows.push(line(t(key)));
  return {
    name: t("fill.goal.sheetName", { project: name }).replace(BAD_NAME, "").slice(0, 31),
    rows,
    boldRows: [0, 3],
    merges,
  };
}
