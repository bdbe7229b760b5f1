/**
 * A self-evaluation indicator that missed its target must say why and what will be done
 * (docs/domain.md §5; S003 "基金滚存结余可支配月数 6-9个月 → 13" with the reason column empty).
 * Only judged when the target and the actual value can be compared (judgeTarget, as TARGETMET
 * does); an actual that cannot be read is left to the accountant, not guessed.
 */
import { message } from "../lib/message";
import { isJudgeError, judgeTarget, parseActual } from "../../model/indicator-target";
import { columnByRole } from "../../recognize/model";
import type { Rule } from "../types";
import { isIndicatorTable, missingReason, readIndicators, saysNothing } from "./support";

export const unmetWithoutReason: Rule = {
  meta: {
    id: "unmet-without-reason",
    severity: "warning",
    category: "goals",
    description: "rule.unmet-without-reason.description",
    messages: ["rule.unmet-without-reason.message"],
    templates: ["self-evaluation"],
    reference: "§5",
  },
  checkTable(table, ctx) {
    if (!isIndicatorTable(table)) return;
    if (!columnByRole(table, "actual") || !columnByRole(table, "reason") || !columnByRole(table, "target")) return;
    for (const { row, target } of readIndicators(ctx, table)) {
      if (!row.actual) continue;
      const judgement = judgeTarget(target, parseActual(row.actual));
      if (isJudgeError(judgement) || judgement.met) continue;
      if (!saysNothing(row.reason)) continue;
      const said = message("rule.unmet-without-reason.message", { name: row.name, target: target.text.trim(), actual: row.actual });
      ctx.report(missingReason(table, row, target, said));
    }
  },
};
