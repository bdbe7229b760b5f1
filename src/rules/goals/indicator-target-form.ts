/**
 * 指标值 written so that it can be assessed (docs/domain.md §4.2 “不规范的写法”):
 * an empty target, an approximate one ("70%左右", "约3个"), one that cannot be read, a malformed
 * unit ("≥5.2 万/方", S001 table 6); information for the look-alike symbols ≧ ≦, "百分比" spelled
 * out, and a bare number with neither symbol nor unit (S003 table 3 "2").
 */
import { columnByRole, type IndicatorRow, type IndicatorTable } from "../../recognize/model";
import type { IndicatorTarget } from "../../model/indicator-target";
import type { Rule, RuleContext } from "../types";
import { cellOf, isIndicatorTable, isPlaceholderWord, readIndicators } from "./support";
import { INDICATOR_TEMPLATES } from "./templates";

/** A unit in brackets at the end of the name: "参保人数(万人)", "满意度(%)". */
const UNIT_IN_NAME = /[(（][^()（）]{1,4}[)）]$/;
/** A magnitude followed by a slash: "万/方" for 万立方米. */
const MALFORMED_UNIT = /^[万千百亿]\//;
const LOOKALIKES: readonly { symbol: string; standard: string }[] = [
  { symbol: "≧", standard: "≥" },
  { symbol: "≦", standard: "≤" },
  { symbol: "百分比", standard: "%" },
];

export const indicatorTargetForm: Rule = {
  meta: {
    id: "indicator-target-form",
    severity: "warning",
    category: "goals",
    description: "rule.indicator-target-form.description",
    messages: [
      "rule.indicator-target-form.message.empty",
      "rule.indicator-target-form.message.approximate",
      "rule.indicator-target-form.message.unparsed",
      "rule.indicator-target-form.message.unit",
      "rule.indicator-target-form.message.symbol",
      "rule.indicator-target-form.message.bare",
    ],
    templates: INDICATOR_TEMPLATES,
    reference: "§4.2",
  },
  checkTable(table, ctx) {
    if (!isIndicatorTable(table) || !columnByRole(table, "target")) return;
    const notes = new Map<string, Note>();
    for (const { row, target } of readIndicators(ctx, table)) {
      if (target.kind === "invalid") {
        // A row without a name is a continuation line; an empty target there is not a finding.
        if (target.reason === "empty" && !row.name) continue;
        // "/" or "—" (read as empty) is indicator-placeholder's finding.
        if (isPlaceholderWord(row.target) || isPlaceholderWord(row.name)) continue;
        report(table, row, target, `rule.indicator-target-form.message.${target.reason}`, {}, ctx);
        continue;
      }
      const unit = target.kind === "number" ? target.quantity.unit : target.kind === "range" ? target.low.unit : "";
      // A bare "2": no symbol, no unit, and no unit in the name ("虚报参保人数(人)") to read it by.
      if (target.kind === "number" && !target.explicitOp && unit === "" && target.quantity.value !== 0 && !UNIT_IN_NAME.test(row.name)) {
        note(notes, "bare", table, row, target, "rule.indicator-target-form.message.bare", {});
      }
      if (MALFORMED_UNIT.test(unit)) report(table, row, target, "rule.indicator-target-form.message.unit", { unit }, ctx);
      for (const l of LOOKALIKES) {
        if (target.text.indexOf(l.symbol) >= 0) {
          note(notes, l.symbol, table, row, target, "rule.indicator-target-form.message.symbol", { symbol: l.symbol, standard: l.standard });
        }
      }
    }
    // The same note about many cells of the table ("百分比" written for %, a bare number) is one
    // finding at its first cell, the others related.
    notes.forEach((n) => {
      ctx.report({ ...n.first, related: n.related });
    });
  },
};

type Note = { first: Parameters<RuleContext["report"]>[0] & { related: { sheet: string; cell: string }[] }; related: { sheet: string; cell: string }[] };

function note(
  notes: Map<string, Note>,
  key: string,
  table: IndicatorTable,
  row: IndicatorRow,
  target: IndicatorTarget,
  message: "rule.indicator-target-form.message.bare" | "rule.indicator-target-form.message.symbol",
  params: Record<string, string>,
): void {
  const cell = { sheet: table.sheet, cell: cellOf(table, row, "target") };
  const known = notes.get(key);
  if (known) {
    known.related.push(cell);
    return;
  }
  notes.set(key, {
    first: {
      severity: "info",
      ...cell,
      related: [],
      messageId: message, data: { name: row.name, target: target.text.trim(), ...params },
      actual: target.text.trim(),
      table: table.template,
    },
    related: [{ sheet: table.sheet, cell: cellOf(table, row, "name") }],
  });
}

function report(
  table: IndicatorTable,
  row: IndicatorRow,
  target: IndicatorTarget,
  key:
    | "rule.indicator-target-form.message.empty"
    | "rule.indicator-target-form.message.approximate"
    | "rule.indicator-target-form.message.unparsed"
    | "rule.indicator-target-form.message.unit"
    | "rule.indicator-target-form.message.symbol"
    | "rule.indicator-target-form.message.bare",
  params: Record<string, string>,
  ctx: RuleContext,
  severity?: "info",
): void {
  ctx.report({
    severity,
    sheet: table.sheet,
    cell: cellOf(table, row, "target"),
    related: [{ sheet: table.sheet, cell: cellOf(table, row, "name") }],
    messageId: key, data: { name: row.name, target: target.text.trim(), ...params },
    actual: target.text.trim(),
    table: table.template,
  });
}
