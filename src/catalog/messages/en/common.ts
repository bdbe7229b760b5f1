import type { common as zh } from "../zh-CN/common";

export const common: Record<keyof typeof zh, string> = {
  "severity.error": "Error",
  "severity.warning": "Warning",
  "severity.info": "Info",
  "unit.wan": "10k yuan",
  "unit.yuan": "yuan",
  "unit.percentagePoints": "percentage points",
};
