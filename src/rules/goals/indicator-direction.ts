/**
 * 指标值 direction (docs/domain.md §4.2 “按指标性质的方向”, §4.3 #2):
 * - a cost stated in money is a cap, "≤" (S001 城乡居民医保 "≥20 万元" is an error);
 * - a rate where more is better is "≥" or "=" (S001 "权益保障率 ≤95%" is an error);
 * - a rate where less is better is "≤" or "<" (warning: some layouts state a floor on purpose);
 * - "≥100%" on a rate that cannot exceed 100% should be "=100%" (warning).
 * Only explicit symbols are judged: a bare "20万元" or "95%" is read as "=" and left alone.
 */
import type { Rule } from "../types";
import { cellOf, isCappedRate, isCostName, isIndicatorTable, rateKind, readIndicators, withSymbol } from "./support";
import { INDICATOR_TEMPLATES } from "./templates";

export const indicatorDirection: Rule = {
  meta: {
    id: "indicator-direction",
    severity: "error",
    category: "goals",
    description: "rule.indicator-direction.description",
    messages: [
      "rule.indicator-direction.message.cost",
      "rule.indicator-direction.message.higher",
      "rule.indicator-direction.message.lower",
      "rule.indicator-direction.message.overHundred",
    ],
    templates: INDICATOR_TEMPLATES,
    reference: "§4.2, §4.3",
  },
  checkTable(table, ctx) {
    if (!isIndicatorTable(table)) return;
    for (const { row, slot, target, amount } of readIndicators(ctx, table)) {
      if (target.kind !== "number" || !target.explicitOp) continue;
      const upward = target.op === ">=" || target.op === ">";
      const downward = target.op === "<=" || target.op === "<";
      const report = (key: "cost" | "higher" | "lower" | "overHundred", expected: string, severity?: "warning") =>
        ctx.report({
          severity,
          sheet: table.sheet,
          cell: cellOf(table, row, "target"),
          related: [{ sheet: table.sheet, cell: cellOf(table, row, "name") }],
          messageId: `rule.indicator-direction.message.${key}`, data: { name: row.name, expected, actual: target.text.trim() },
          expected,
          actual: target.text.trim(),
          table: table.template,
        });

      if (amount && (slot === "cost" || isCostName(row.name))) {
        if (upward) report("cost", withSymbol(target.text, "≤"));
        continue;
      }
      const kind = rateKind(row.name);
      if (kind === "higher" && downward) report("higher", withSymbol(target.text, "≥"));
      else if (kind === "lower" && upward) report("lower", withSymbol(target.text, "≤"), "warning");
      else if (upward && target.quantity.unit === "%" && target.quantity.value >= 1 && isCappedRate(row.name)) {
        report("overHundred", "=100%", "warning");
      }
    }
  },
};
