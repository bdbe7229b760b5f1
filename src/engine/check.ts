/**
 * The check pipeline: snapshot → recognised tables → rules → sorted findings.
 * Host-free; the async form yields between tables so a task pane stays responsive.
 */
import { STATE_SHEET } from "../model/workbook-state";
import type { WorkbookSnapshot } from "../model/snapshot";
import { Finding, sortFindings, type MessageData } from "../model/findings";
import { messageText } from "../catalog/messages";
import { rangeToA1 } from "../model/a1";
import { recognizeWorkbook } from "../recognize";
import { TEMPLATES } from "../catalog/templates";
import type { Recognition, Table, TemplateId, UnrecognizedSheet } from "../recognize/model";
import { allRules } from "../rules";
import type { FindingDraft, Rule, RuleContext } from "../rules/types";
import { ValueReader } from "../rules/lib/values";
import type { IdentitySink } from "../rules/lib/equations";
import { IdentityRegistry } from "./locate/registry";
import { withUnits } from "./units";
import { localiseFindings, type LocaliseStats } from "./locate/localise";

export interface CheckedTable {
  sheet: string;
  template: string;
  title: string;
  layout: string;
  /** Where the table sits, header to last row ("A4:F10"); tells the halves of a side-by-side table apart. */
  range: string;
}

export interface CheckResult {
  tables: CheckedTable[];
  findings: Finding[];
  recognition: Recognition;
}

export interface CheckProgress {
  done: number;
  total: number;
  /** Sheet being checked, or "" for cross-table checks. */
  sheet: string;
}

export interface CheckOptions {
  rules?: readonly Rule[];
  onProgress?: (p: CheckProgress) => void;
  /**
   * Error localisation (default on): each mistake reported once, at the cell to fix, instead of
   * one finding per failed identity. Off only to compare (tests, the benchmark).
   */
  locate?: boolean;
  /** Filled with what localisation did (the benchmark prints it). */
  localisation?: LocaliseStats & { ms: number };
}

/** Synchronous check (CLI, tests, benchmarks). */
export function checkWorkbookSync(workbook: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  const run = startCheck(workbook, options);
  for (let step = run.next(); !step.done; step = run.next()) {
    /* every step is one table; nothing to await here */
  }
  return run.result();
}

/** Asynchronous check that yields to the event loop between tables. */
export async function checkWorkbook(workbook: WorkbookSnapshot, options: CheckOptions = {}): Promise<CheckResult> {
  const run = startCheck(workbook, options);
  // Yield about once a frame, not after every table: a county workbook has thousands of tables
  // and each setTimeout costs a few milliseconds.
  let last = Date.now();
  for (let step = run.next(); !step.done; step = run.next()) {
    if (Date.now() - last >= YIELD_EVERY_MS) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      last = Date.now();
    }
  }
  return run.result();
}

const YIELD_EVERY_MS = 16;

interface CheckRun {
  next(): { done: boolean };
  result(): CheckResult;
}

function startCheck(all: WorkbookSnapshot, options: CheckOptions): CheckRun {
  // The add-in's state sheet (explanations, saved fills) is never checked nor reported.
  const workbook = all.sheets.some((s) => s.name === STATE_SHEET) ? { ...all, sheets: all.sheets.filter((s) => s.name !== STATE_SHEET) } : all;
  const rules = options.rules ?? allRules;
  const recognition = recognizeWorkbook(workbook);
  const findings: Finding[] = [];
  const values = new ValueReader(workbook);
  values.setUnits(recognition.tables);
  const registry = new IdentityRegistry();
  const ctx = new RunContext(workbook, recognition.tables, recognition.unrecognized, values, findings);
  if (options.locate !== false) ctx.identities = registry.sinkFor(() => ctx.currentRule?.meta.id);
  const tableRules = rules.filter((r) => r.checkTable);
  const workbookRules = rules.filter((r) => r.checkWorkbook);
  const total = recognition.tables.length + 1;
  let index = 0;

  // The rules that read a template, worked out once per template rather than once per table.
  const rulesByTemplate = new Map<TemplateId, Rule[]>();
  const rulesFor = (template: TemplateId): Rule[] => {
    let list = rulesByTemplate.get(template);
    if (!list) {
      const shape = TEMPLATES[template]?.shape;
      list = tableRules.filter(
        (r) =>
          (!r.meta.templates || !r.meta.templates.length || r.meta.templates.includes(template)) &&
          (!r.meta.shapes || shape === undefined || r.meta.shapes.includes(shape)),
      );
      rulesByTemplate.set(template, list);
    }
    return list;
  };

  const runTable = (table: Table) => {
    const list = rulesFor(table.template);
    for (let i = 0; i < list.length; i++) {
      ctx.currentRule = list[i];
      list[i].checkTable!(table, ctx);
    }
  };

  return {
    next() {
      if (index < recognition.tables.length) {
        const table = recognition.tables[index];
        runTable(table);
        index += 1;
        options.onProgress?.({ done: index, total, sheet: table.sheet });
        return { done: false };
      }
      if (index === recognition.tables.length) {
        for (const rule of workbookRules) {
          ctx.currentRule = rule;
          rule.checkWorkbook!(ctx);
        }
        ctx.currentRule = null;
        index += 1;
        options.onProgress?.({ done: total, total, sheet: "" });
        return { done: false };
      }
      return { done: true };
    },
    result() {
      let located: Finding[] = findings;
      if (options.locate !== false) {
        const started = Date.now();
        const stats = { equations: 0, located: 0, ties: 0, unexplained: 0 };
        try {
          located = localiseFindings(findings, registry, values, workbook, stats);
        } catch {
          // Localisation only regroups findings: should it fail, the per-identity findings stand.
          located = findings;
        }
        if (options.localisation) Object.assign(options.localisation, stats, { ms: Date.now() - started });
      }
      return {
        tables: recognition.tables.map((t) => ({ sheet: t.sheet, template: t.template, title: t.title, layout: t.layout, range: tableRange(t) })),
        findings: sortFindings(
          withUnits(located, recognition.tables),
          workbook.sheets.map((s) => s.name),
          // Ordered by the zh-CN sentence whatever the reader's language: one order for every presenter.
          (f) => messageText(f.messageId, f.data, "zh-CN"),
        ),
        recognition,
      };
    },
  };
}

/** The header and body of a table, across the columns it uses. */
function tableRange(table: Table): string {
  let left = Infinity;
  let right = -Infinity;
  for (const c of table.columns) {
    if (c.col < left) left = c.col;
    if (c.col > right) right = c.col;
  }
  if (left > right) return "";
  return rangeToA1({ top: table.header.top, left, bottom: Math.max(table.header.bottom, table.body.bottom), right });
}

/**
 * The context the rules of one run share. A class rather than an object literal with a `report`
 * closure: with the literal, the compiled rule code of one run was thrown away at the start of the
 * next (26 rule functions deoptimised when a batch moved on to its second file; the second check
 * took about a fifth longer).
 */
const SUM_RULES: readonly Rule[] = allRules.filter((r) => r.brokenSums);

class RunContext implements RuleContext {
  /** The rule whose findings `report` receives. */
  currentRule: Rule | null = null;

  /** Where the rules register their identities for localisation (unset when it is off). */
  identities?: IdentitySink;

  /** The sum rules, for blank-total: every registered one, whichever rules this run checks. */
  readonly sumRules = SUM_RULES;

  constructor(
    readonly workbook: WorkbookSnapshot,
    readonly tables: readonly Table[],
    readonly unrecognized: readonly UnrecognizedSheet[],
    readonly values: ValueReader,
    private readonly findings: Finding[],
  ) {}

  report(draft: FindingDraft): void {
    if (this.currentRule) this.findings.push(toFinding(this.currentRule, draft));
  }
}

/** A rule's draft as a finding: the rule's id and default severity, optional fields only when set. */
export function toFinding(rule: Rule, d: FindingDraft): Finding {
  const f: Finding = {
    ruleId: rule.meta.id,
    severity: d.severity ?? rule.meta.severity,
    sheet: d.sheet,
    cell: d.cell,
    related: d.related ?? [],
    messageId: d.messageId,
    data: (d.data ?? {}) as MessageData,
  };
  if (d.expected !== undefined) f.expected = d.expected;
  if (d.actual !== undefined) f.actual = d.actual;
  if (d.difference !== undefined) f.difference = d.difference;
  if (d.table !== undefined) f.table = d.table;
  if (d.suggestion !== undefined) f.suggestion = d.suggestion;
  return f;
}
