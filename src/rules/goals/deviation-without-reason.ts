/**
 * A target greatly exceeded without a word (docs/domain.md §5: "对未完成绩效目标或偏离绩效目标较大的
 * 项目要分析并说明原因"; 财预〔2020〕10号: a target set too low loses points). Reported when a count
 * or amount came in at twice its "≥"/"=" target or more and the reason column is empty, e.g. seed
 * S003's "开展医保工作政府信息公开工作会议或培训 2 → 7". Information: over-achievement is not an
 * error, but a reviewer asks whether the target was set too low. Percentages are left alone.
 */
import { message } from "../lib/message";
import { columnByRole } from "../../recognize/model";
import { actualIn, parseActual } from "../../model/indicator-target";
import type { Rule } from "../types";
import { isIndicatorTable, missingReason, readIndicators, saysNothing } from "./support";

/** Actual ÷ target at or above which the deviation needs explaining. */
const FACTOR = 2;

export const deviationWithoutReason: Rule = {
  meta: {
    id: "deviation-without-reason",
    severity: "info",
    category: "goals",
    description: "rule.deviation-without-reason.description",
    messages: ["rule.deviation-without-reason.message"],
    templates: ["self-evaluation"],
    reference: "§5",
  },
  checkTable(table, ctx) {
    if (!isIndicatorTable(table) || !columnByRole(table, "reason")) return;
    for (const { row, target, percent } of readIndicators(ctx, table)) {
      if (target.kind !== "number" || percent || !row.actual || !saysNothing(row.reason)) continue;
      if (target.op !== ">=" && target.op !== ">" && target.op !== "=") continue;
      const goal = target.quantity.value;
      if (!(goal > 0)) continue;
      const actual = actualIn(target.quantity, parseActual(row.actual));
      if (typeof actual !== "number") continue; // not comparable: unmet-without-reason's business
      const times = actual / goal;
      if (times < FACTOR) continue;
      const said = message("rule.deviation-without-reason.message", { name: row.name, target: target.text.trim(), actual: row.actual, times: times.toFixed(1) });
      ctx.report(missingReason(table, row, target, said));
    }
  },
};
