export const common = {
  "severity.error": "错误",
  "severity.warning": "警告",
  "severity.info": "提示",
  "unit.wan": "万元",
  "unit.yuan": "元",
  /** After a difference between two rates: "-3.00 个百分点". */
  "unit.percentagePoints": "个百分点",
} as const;
