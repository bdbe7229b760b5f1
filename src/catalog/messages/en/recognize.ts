import type { recognize as zh } from "../zh-CN/recognize";

export const recognize: Record<keyof typeof zh, string> = {
  "recognize.unrecognized": "Not recognised as a known disclosure table (starts with: {title}); not checked",
  "recognize.unrecognizedNoTitle": "Not recognised as a known disclosure table (no title or header text near the top left); not checked",
  "recognize.emptySheet": "Empty sheet; not checked",
  "rule.unrecognized-sheet.description": "Sheets that are not known tables are listed as info, never forced into a template.",
};
