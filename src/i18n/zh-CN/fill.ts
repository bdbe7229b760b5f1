// Filling goal sheets: the blank 项目绩效目标表 the task pane inserts.
export const fill = {
  "fill.goal.sheetName": "绩效目标-{project}",
  "fill.goal.title": "{project}绩效目标表",
  "fill.goal.project": "项目名称",
  "fill.goal.yearGoal": "年度绩效目标",
  "fill.goal.level1": "一级指标",
  "fill.goal.level2": "二级指标",
  "fill.goal.level3": "三级指标",
  "fill.goal.description": "绩效指标描述",
  "fill.goal.target": "指标值",
  "fill.goal.basis": "指标值确定依据",
  "fill.goal.note1": "填报说明：1. 每个二级指标下至少填写一个三级指标，不需要的二级指标整行删除；三级指标名称写实际考核的内容，不保留“指标1”等编号。",
  "fill.goal.note2": "2. 成本指标是金额上限，写“≤X万元”，不超过项目预算数；覆盖率、及时率、满意度等越高越好的比率写“≥X%”，不会超过 100% 的写“=100%”；差错率、自付比例等越低越好的写“≤X%”。",
  "fill.goal.note3": "3. 时效指标写“≤X月”或“不晚于X月底”；及时率之类的比率放在时效指标下，不放在可持续影响指标下。",
  "fill.goal.note4": "4. 指标值要可考核：不写“左右”“约”，单位写 %、人、项、万元等，不写“百分比”“万/方”。",
  "fill.goal.note5": "5. 指标值确定依据：计划标准、历史标准、行业标准、预算支出标准（成本指标）或其他标准。",
} as const;
