/** Messages about recognising tables. */
export const recognize = {
  "recognize.unrecognized": "未识别为已知的公开表（开头文字：{title}），本表未做校验",
  "recognize.unrecognizedNoTitle": "未识别为已知的公开表（左上角没有标题或表头文字），本表未做校验",
  "recognize.emptySheet": "空工作表，未做校验",
  "rule.unrecognized-sheet.description": "不是已知公开表的工作表（说明、封面、其他表格）列为提示，不强行套用模板。",
} as const;
