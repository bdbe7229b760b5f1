/** The rule registry. Add a rule here and give it a spec file test/rules/<id>.test.ts. */
import type { Rule } from "./types";
// --- within-table sums and cross-table identities ---
import { rowSum } from "./sums/row-sum";
import { columnTotal } from "./sums/column-total";
import { codeHierarchy } from "./sums/code-hierarchy";
import { subtotalGroup } from "./sums/subtotal-group";
import { summaryIdentities } from "./sums/summary-identities";
import { incomeExpenseBalance } from "./sums/income-expense-balance";
import { threePublicStructure } from "./sums/three-public-structure";
import { personnelPublicSplit } from "./sums/personnel-public-split";
import { blankTotal } from "./sums/blank-total";
import { crossIncomeTotals } from "./cross/cross-income-totals";
import { crossExpenseClasses } from "./cross/cross-expense-classes";
import { crossFiscalByFund } from "./cross/cross-fiscal-by-fund";
import { crossBasicExpenditure } from "./cross/cross-basic-expenditure";
import { crossGeneralWithinTotal } from "./cross/cross-general-within-total";
// --- codes ---
// --- hygiene ---

export const allRules: Rule[] = [
  // --- within-table sums and cross-table identities ---
  rowSum,
  columnTotal,
  codeHierarchy,
  subtotalGroup,
  summaryIdentities,
  incomeExpenseBalance,
  threePublicStructure,
  personnelPublicSplit,
  blankTotal,
  crossIncomeTotals,
  crossExpenseClasses,
  crossFiscalByFund,
  crossBasicExpenditure,
  crossGeneralWithinTotal,
  // --- codes ---
  // --- hygiene ---
];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
