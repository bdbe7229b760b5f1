/**
 * The keys tables are read by: column roles (what a column means, given by a template's header
 * patterns) and row roles (what a row of the "三公" table or the 固定资产占用情况表 is, by its label).
 * Declared here as string-literal unions so that a misspelt role is a compile error; the lists are
 * runtime values too, and a test checks that the templates use every role listed and no other.
 */

/** Items of the "三公" table, as its rows (by label) and as its columns (items-as-columns layouts). */
export const THREE_PUBLIC_ITEMS = ["car.purchase", "car.running", "car", "abroad", "reception", "meeting", "training"] as const;
export type ThreePublicItem = (typeof THREE_PUBLIC_ITEMS)[number];

/** The blocks of an items-as-columns "三公" table: 预算数, 决算数, or one block without a group header. */
export type ThreePublicBlock = "budget" | "final" | "item";

/** Column roles with a fixed name (docs/domain.md §1 layouts), grouped as the templates use them. */
export const PLAIN_COLUMN_ROLES = [
  // Codes and names of coded tables.
  "code.class", "code.section", "code.item", "unitCode", "code", "name", "secondaryCode", "secondaryName",
  // Expenditure by nature (支出总表 and the 财政拨款 支出表).
  "basic.salary", "basic.family", "basic.goods", "basic.personnel", "basic.public", "basic",
  "project.general", "project.special", "project.personnel", "project.running", "project.targeted", "project",
  "operating", "remit", "subsidy", "total", "opening", "closing", "income",
  // Two-sided summary tables (收支总表, 财政拨款收支总表).
  "seq", "income.label", "income.amount", "expense.label", "expense.amount", "expense.total", "expense.current",
  "expense.gp", "expense.fund", "expense.soe", "expense.specialAccount", "expense.advanceTransfer", "expense.carryover", "expense.other", "expense.unitFunds",
  // 收入总表.
  "gp.subtotal", "gp.fiscal", "gp.fees", "gp.special", "gp.assets", "gp.housing", "govFund", "soeBudget", "advanceTransfer",
  "carryover", "current", "fiscal", "specialAccount", "business", "superior", "affiliated", "other",
  // 基本支出表.
  "personnel", "public",
  // 政府采购预算表, 固定资产占用情况表, "三公" table by fund source.
  "label", "budget", "item", "catalogue", "measure", "quantity", "price", "sme", "otherCarry", "fiscalCarry",
  "gp", "fund", "soe", "special", "unitFunds", "value",
  // Indicator tables (目标表, 自评表, 评分表; also "name", "unitCode" and "project", the 项目名称).
  "level1", "level2", "description", "basis", "actual", "reason", "weight", "score",
  "target.symbol", "target.value", "target.unit", "target", "goal", "fund.total", "fund.fiscal", "fund.other",
  // 资金执行情况表.
  "adjusted", "adjust", "rate", "executed", "carry",
] as const;

/** What a column of a recognised table means. */
export type ColumnRole =
  | (typeof PLAIN_COLUMN_ROLES)[number]
  | `${ThreePublicBlock}.${ThreePublicItem}`
  | `${Exclude<ThreePublicBlock, "item">}.total`;

/** Every column role, the generated families spelt out. */
export function allColumnRoles(): ColumnRole[] {
  const roles: ColumnRole[] = [...PLAIN_COLUMN_ROLES];
  for (const block of ["budget", "final", "item"] as const) {
    for (const item of THREE_PUBLIC_ITEMS) roles.push(`${block}.${item}`);
    if (block !== "item") roles.push(`${block}.total`);
  }
  return roles;
}

/** Row roles of labeled tables ("三公" and 固定资产占用情况表); "other" for a label none names. */
export const LABELED_ROW_ROLES = [
  "total", "subtotal", "abroad.teaching", "abroad.other", ...THREE_PUBLIC_ITEMS,
  "assets.total", "assets.office", "assets.building", "assets.vehicle", "assets.equipment", "assets.other",
  "other",
] as const;
export type RowRole = (typeof LABELED_ROW_ROLES)[number];
