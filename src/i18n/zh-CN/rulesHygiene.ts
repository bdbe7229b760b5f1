export const rulesHygiene = {
  "rule.text-number.description": "金额单元格应存放数值，不应是以文本形式存放的数字",
  "rule.text-number.message": "金额以文本形式存放（“{text}”），按 {value} 计算；建议改为数值",
  "rule.excess-decimals.description": "金额的小数位数不应超过本表的公开精度（一般两位，四位小数表为四位）",
  "rule.excess-decimals.message": "金额 {value} 有 {decimals} 位小数，本表金额保留 {limit} 位小数",
  "rule.negative-amount.description": "预算公开表的金额栏不应出现负数",
  "rule.negative-amount.message": "金额为负数（{value}）；预算公开表的金额栏不应出现负数",
  "rule.non-numeric-amount.description": "金额单元格应为数字或空白，不应是文字或错误值；公式应有计算结果",
  "rule.non-numeric-amount.message.text": "金额单元格中是文字“{text}”，不是数字",
  "rule.non-numeric-amount.message.error": "金额单元格显示错误值 {code}，请检查公式和引用",
  "rule.non-numeric-amount.message.noResult": "公式没有计算结果，请在 Excel 中重新计算后保存",
  "rule.empty-table-note.description": "没有数据的表格应列出空表并说明（如“注：无政府性基金预算财政拨款预算，空表列示”）",
  "rule.empty-table-note.message":
    "本表没有金额，也没有说明为何为空；没有数据的表格应列出空表并加以说明（如“注：无……预算，空表列示”）",
  "rule.title-wording.description": "表名应使用规范用语（如“政府性基金”而不是“政府基金”）",
  "rule.title-wording.message": "表名中的“{variant}”不是规范用语，应为“{standard}”",
} as const;
