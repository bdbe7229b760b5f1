/** What the cross-table identities say (used inside the sums.* message templates). */
export const rulesCross = {
  "cross.incomeCurrent": "收支总表“本年收入合计”应等于收入总表合计行的“本年收入小计”",
  "cross.incomeGrand": "收支总表“收入总计”应等于收入总表合计行的“合计”",
  "cross.fiscalIncomeFromSummary": "财政拨款收支总表“本年收入合计”应等于收支总表中一般公共预算、政府性基金、国有资本经营预算拨款收入之和",
  "cross.fiscalIncomeFromIncome": "财政拨款收支总表“本年收入合计”应等于收入总表合计行的“财政拨款收入”",
  "cross.expenseClass": "收支总表“{label}”应等于支出总表 {code} 类的合计",
  "cross.expenseTotal": "收支总表“本年支出合计”应等于支出总表合计行的合计",
  "cross.fundClass": "财政拨款收支总表“{label}”的“{column}”应等于{table} {code} 类的合计",
  "cross.fundTotal": "财政拨款收支总表“本年支出合计”的“{column}”应等于{table}的合计",
  "cross.basic": "基本支出表的合计应等于一般公共预算支出表合计行的基本支出",
  "cross.generalExceeds": "一般公共预算支出表 {code}“{label}”的{column} {value} 大于支出总表同一科目的 {other}（一般公共预算是部门全部支出的一部分）",
  "cross.generalMissing": "一般公共预算支出表列有科目 {code}“{label}”（{column} {value}），支出总表却没有该科目",
  "rule.cross-income-totals.description": "收入总额跨表一致：收支总表的本年收入合计、收入总计与收入总表合计行一致；财政拨款收入在收支总表、收入总表、财政拨款收支总表之间一致。",
  "rule.cross-expense-classes.description": "收支总表每个支出功能分类（类）的金额等于支出总表该类的合计；本年支出合计等于支出总表合计。",
  "rule.cross-fiscal-by-fund.description": "财政拨款收支总表每一类的一般公共预算、政府性基金、国有资本经营预算金额分别等于对应支出表该类的合计。",
  "rule.cross-basic-expenditure.description": "一般公共预算基本支出表的合计等于一般公共预算支出表合计行的基本支出。",
  "rule.cross-general-within-total.description": "一般公共预算支出表每个科目的金额不大于支出总表同一科目的金额，且科目须在支出总表中出现。",
} as const;
