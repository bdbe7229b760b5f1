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
import { carryoverBalance } from "./sums/carryover-balance";
import { fiscalFundBalance } from "./sums/fiscal-fund-balance";
import { threePublicCompletion } from "./sums/three-public-completion";
import { blankTotal } from "./sums/blank-total";
import { assetsTotal } from "./sums/assets-total";
import { goalUnitTotal } from "./sums/goal-unit-total";
import { crossIncomeTotals } from "./cross/cross-income-totals";
import { crossExpenseClasses } from "./cross/cross-expense-classes";
import { crossExpenseNature } from "./cross/cross-expense-nature";
import { crossFiscalByFund } from "./cross/cross-fiscal-by-fund";
import { crossBasicExpenditure } from "./cross/cross-basic-expenditure";
import { crossGeneralWithinTotal } from "./cross/cross-general-within-total";
import { crossEconomicFunction } from "./cross/cross-economic-function";
import { crossThreePublicEconomic } from "./cross/cross-three-public-economic";
import { crossProjectAmounts } from "./cross/cross-project-amounts";
import { crossOperatingCosts } from "./cross/cross-operating-costs";
import { unrecognizedSheet } from "./recognition/unrecognized-sheet";
// --- codes ---
import { functionCodeStructure } from "./codes/function-code-structure";
import { economicCodeStructure } from "./codes/economic-code-structure";
import { codeNameMismatch } from "./codes/code-name-mismatch";
import { codeNotInCatalogue } from "./codes/code-not-in-catalogue";
// --- hygiene ---
import { mergedAmountCells } from "./hygiene/merged-amount-cells";
import { hiddenRows } from "./hygiene/hidden-rows";
import { textNumber } from "./hygiene/text-number";
import { dateFormattedAmount } from "./hygiene/date-formatted-amount";
import { amountDisplayFormat } from "./hygiene/amount-display-format";
import { excessDecimals } from "./hygiene/excess-decimals";
import { negativeAmount } from "./hygiene/negative-amount";
import { nonNumericAmount } from "./hygiene/non-numeric-amount";
import { emptyTableNote } from "./hygiene/empty-table-note";
import { titleWording } from "./hygiene/title-wording";
import { itemOrder } from "./hygiene/item-order";
// --- performance indicators ---
import { indicatorDirection } from "./goals/indicator-direction";
import { indicatorCategory } from "./goals/indicator-category";
import { indicatorTargetForm } from "./goals/indicator-target-form";
import { unmetWithoutReason } from "./goals/unmet-without-reason";
import { indicatorDuplicate } from "./goals/indicator-duplicate";
import { indicatorPlaceholder } from "./goals/indicator-placeholder";
import { indicatorCoverage } from "./goals/indicator-coverage";
import { indicatorLevels } from "./goals/indicator-levels";
import { costCapAmount } from "./goals/cost-cap-amount";
import { fundsTotal } from "./goals/funds-total";
import { executionRate } from "./goals/execution-rate";
import { unexplainedExecution } from "./goals/unexplained-execution";
import { selfEvaluationScore } from "./goals/self-evaluation-score";
import { indicatorWeights } from "./goals/indicator-weights";
import { indicatorUnit } from "./goals/indicator-unit";
import { goalTextAmount } from "./goals/goal-text-amount";
import { scoreTotal } from "./goals/score-total";
import { duplicateGoalTable } from "./goals/duplicate-goal-table";
import { deviationWithoutReason } from "./goals/deviation-without-reason";
import { fundsExecution } from "./goals/funds-execution";

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
  carryoverBalance,
  fiscalFundBalance,
  threePublicCompletion,
  blankTotal,
  assetsTotal,
  goalUnitTotal,
  crossIncomeTotals,
  crossExpenseClasses,
  crossExpenseNature,
  crossFiscalByFund,
  crossBasicExpenditure,
  crossGeneralWithinTotal,
  crossEconomicFunction,
  crossThreePublicEconomic,
  crossProjectAmounts,
  crossOperatingCosts,
  unrecognizedSheet,
  // --- codes ---
  functionCodeStructure,
  economicCodeStructure,
  codeNameMismatch,
  codeNotInCatalogue,
  // --- hygiene ---
  textNumber,
  dateFormattedAmount,
  amountDisplayFormat,
  excessDecimals,
  negativeAmount,
  nonNumericAmount,
  emptyTableNote,
  titleWording,
  itemOrder,
  mergedAmountCells,
  hiddenRows,
  // --- performance indicators ---
  indicatorDirection,
  indicatorCategory,
  indicatorTargetForm,
  unmetWithoutReason,
  indicatorDuplicate,
  indicatorPlaceholder,
  indicatorCoverage,
  indicatorLevels,
  costCapAmount,
  fundsTotal,
  executionRate,
  unexplainedExecution,
  selfEvaluationScore,
  indicatorWeights,
  indicatorUnit,
  goalTextAmount,
  scoreTotal,
  duplicateGoalTable,
  deviationWithoutReason,
  fundsExecution,
];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
