/**
 * A rule is one module: metadata (id, default severity, zh-CN description and message keys) plus a
 * check. Table rules see one recognised table at a time; workbook rules see all tables (cross-table
 * identities). Rules only read; they report findings through the context.
 */
import type { CellLocation, Severity } from "../model/findings";
import type { MessageKey, MessageParams } from "../catalog/messages";
import type { Figure } from "../model/findings";
import type { Table, TableShape, TemplateId, UnrecognizedSheet } from "../recognize/model";
import type { ValueReader } from "./lib/values";
import type { IdentitySink } from "./lib/equations";
import type { SumCheck } from "./lib/sums";
import type { WorkbookSnapshot } from "../model/snapshot";

export type RuleCategory = "within-table" | "cross-table" | "codes" | "hygiene" | "goals" | "recognition";

export interface RuleMeta {
  /** Stable kebab-case id; appears in findings, JSON output and the accountant's explained-warning list. */
  id: string;
  /** Default severity; a rule may report a lower one for a softer case (e.g. a 0.01 rounding gap). */
  severity: Severity;
  category: RuleCategory;
  /** zh-CN description (a key of the message table). */
  description: MessageKey;
  /** Message templates the rule uses (keys of the message table). */
  messages: MessageKey[];
  /** Templates the rule reads; empty or missing means all. */
  templates?: readonly TemplateId[];
  /**
   * Table shapes the rule reads; missing means all. The check calls the rule only on tables of
   * these shapes (its own test of the shape stays: a rule returns at once for any other).
   */
  shapes?: readonly TableShape[];
  /** Reference to the identity in docs/domain.md (e.g. "A7", "X1"), when there is one. */
  reference?: string;
}

export interface FindingDraft {
  severity?: Severity;
  sheet: string;
  cell: string;
  related?: CellLocation[];
  /** The message (a key of the message table) and its typed values; rendered later, for the reader's locale. */
  messageId: MessageKey;
  data?: MessageParams;
  expected?: Figure;
  actual?: Figure;
  difference?: Figure;
  table?: string;
  suggestion?: number;
}

export interface RuleContext {
  workbook: WorkbookSnapshot;
  tables: readonly Table[];
  /** Sheets that matched no known table. */
  unrecognized: readonly UnrecognizedSheet[];
  values: ValueReader;
  report(draft: FindingDraft): void;
  /** Where a rule registers the identities it checks, for error localisation (see rules/lib/equations.ts). */
  identities?: IdentitySink;
  /** Every rule that declares `brokenSums`, in registry order, whether it runs or not (for blank-total). */
  sumRules?: readonly Rule[];
}

export interface Rule {
  meta: RuleMeta;
  /**
   * For a rule that checks sum identities of a table: the broken ones (a mismatch, a rounding gap,
   * a blank total), with their results. Read through `brokenSumsOf` (rules/lib/sum-rules.ts), which
   * evaluates them once per table checked: the rule reports them, and the blank-total rule reads
   * those of every such rule.
   */
  brokenSums?(table: Table, ctx: RuleContext): SumCheck[];
  checkTable?(table: Table, ctx: RuleContext): void;
  checkWorkbook?(ctx: RuleContext): void;
}
