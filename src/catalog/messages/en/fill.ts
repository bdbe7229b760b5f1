import type { fill as zh } from "../zh-CN/fill";

export const fill: Record<keyof typeof zh, string> = {
  "fill.goal.sheetName": "Goals-{project}",
  "fill.goal.title": "{project} performance goals",
  "fill.goal.project": "Project",
  "fill.goal.funds": "Project funds (万元)",
  "fill.goal.fundsTotal": "Total for the year:",
  "fill.goal.yearGoal": "Goal for the year",
  "fill.goal.level1": "First level",
  "fill.goal.level2": "Second level",
  "fill.goal.level3": "Indicator",
  "fill.goal.description": "Description",
  "fill.goal.target": "Target",
  "fill.goal.basis": "Basis of the target",
  "fill.goal.note1": "How to fill in: 1. At least one indicator under each second level; delete the second levels you do not need; name what is measured, without numbers such as \"指标1\".",
  "fill.goal.note2": "2. A cost indicator is a cap: \"≤X万元\", within the budget; rates where more is better \"≥X%\" (\"=100%\" for shares that cannot exceed it); rates where less is better \"≤X%\".",
  "fill.goal.note3": "3. Timeliness as \"≤X月\" or \"不晚于X月底\"; timeliness rates under 时效, not under 可持续影响.",
  "fill.goal.note4": "4. Targets must be measurable: no \"左右\" or \"约\"; units %, 人, 项, 万元, not \"百分比\" or \"万/方\".",
  "fill.goal.note5": "5. Basis: 计划标准, 历史标准, 行业标准, 预算支出标准 (cost indicators) or 其他标准.",
};
