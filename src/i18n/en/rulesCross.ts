import type { rulesCross as zh } from "../zh-CN/rulesCross";

export const rulesCross: Record<keyof typeof zh, string> = {
  "cross.incomeCurrent": "This year's income total in the summary table should equal the income table's current-year subtotal",
  "cross.incomeGrand": "Total income in the summary table should equal the income table's total",
  "cross.fiscalIncomeFromSummary": "This year's income in the fiscal summary should equal the fiscal appropriation incomes of the summary table",
  "cross.fiscalIncomeFromIncome": "This year's income in the fiscal summary should equal the income table's fiscal appropriation income",
  "cross.expenseClass": "\"{label}\" in the summary table should equal class {code} in the expenditure table",
  "cross.expenseTotal": "This year's expenditure total should equal the expenditure table's total",
  "cross.fundClass": "\"{column}\" of \"{label}\" in the fiscal summary should equal class {code} in {table}",
  "cross.fundTotal": "\"{column}\" of this year's expenditure in the fiscal summary should equal the total of {table}",
  "cross.basic": "The basic expenditure table's total should equal the basic expenditure of the general budget table",
  "cross.generalExceeds": "General budget {column} of {code} \"{label}\" ({value}) exceeds the expenditure table's {other}",
  "cross.generalMissing": "Code {code} \"{label}\" ({column} {value}) is in the general budget table but not in the expenditure table",
  "rule.cross-income-totals.description": "Income totals agree across the summary, income and fiscal summary tables.",
  "rule.cross-expense-classes.description": "Each expenditure class of the summary table equals that class in the expenditure table.",
  "rule.cross-fiscal-by-fund.description": "Each class of the fiscal summary equals, per fund, the class in that fund's expenditure table.",
  "rule.cross-basic-expenditure.description": "The basic expenditure table's total equals the general budget table's basic expenditure.",
  "rule.cross-general-within-total.description": "General budget amounts per code do not exceed the expenditure table's.",
};
