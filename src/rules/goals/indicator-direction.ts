/**
 * 指标值 direction (docs/domain.md §4.2 “按指标性质的方向”, §4.3 #2):
 * - a cost stated in money is a cap, "≤" (S001 城乡居民医保 "≥20 万元" is an error);
 * - a rate where more is better is "≥" or "=" (S001 "权益保障率 ≤95%" is an error);
 * - a rate where less is better is "≤" or "<" (warning: some layouts state a floor on purpose);
 * - "≥100%" on a rate that cannot exceed 100% should be "=100%" (warning).
 * Only explicit symbols are judged: a bare "20万元" or "95%" is read as "=" and left alone. A 指标性质
 * of 正向 or 反向 is a symbol too (≥, ≤): the finding is then at that cell and names the other word.
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
      "rule.indicator-direction.message.costKind",
      "rule.indicator-direction.message.higherKind",
      "rule.indicator-direction.message.lowerKind",
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
      // A direction a 指标性质 of 正向 or 反向 gave: that cell is the one to change, to the other word.
      const word = row.direction;
      const report = (key: "cost" | "higher" | "lower" | "overHundred", expected: string, severity?: "warning") => {
        const byWord = word !== undefined && key !== "overHundred" ? { word, message: KIND_MESSAGES[key] } : undefined;
        const actual = byWord ? byWord.word : target.text.trim();
        const wanted = byWord ? (expected.startsWith("≥") ? "正向" : "反向") + (byWord.word.endsWith("指标") ? "指标" : "") : expected;
        ctx.report({
          severity,
          sheet: table.sheet,
          cell: cellOf(table, row, byWord ? "target.symbol" : "target"),
          related: [{ sheet: table.sheet, cell: cellOf(table, row, "name") }],
          messageId: byWord ? byWord.message : `rule.indicator-direction.message.${key}`,
          data: byWord ? { name: row.name, expected: wanted, actual, target: target.text.trim() } : { name: row.name, expected: wanted, actual },
          expected: wanted,
          actual,
          table: table.template,
        });
      };

      if (amount && (slot === "cost" || isCostName(row.name))) {
        if (upward) report("cost", withSymbol(target.text, "≤"));
        continue;
      }
      const kind = rateKind(row.name);
      if (kind === "higher" && downward) report("higher", withSymbol(target.text, "≥"));
      else if (kind === "lower" && upward) report("lower", withSymbol(target.text, "≤"), "warning");
      // (正向 only says "not less": there is no "=" to write instead.)
      else if (!word && upward && target.quantity.unit === "%" && target.quantity.value >= 1 && isCappedRate(row.name)) {
        report("overHundred", "=100%", "warning");
      }
    }
  },
};

/** The messages of a direction written as 正向 / 反向 in a 指标性质 column. */
const KIND_MESSAGES = {
  cost: "rule.indicator-direction.message.costKind",
  higher: "rule.indicator-direction.message.higherKind",
  lower: "rule.indicator-direction.message.lowerKind",
} as const;
