/**
 * Shared by the indicator rules (绩效目标表, 部门整体绩效目标表, 自评表): where an indicator row
 * sits (its 二级 slot), what its name and target say it is, and the cells to report.
 *
 * The word lists follow docs/domain.md §4.2 (“按指标性质的方向”) and §4.3. They are kept
 * short on purpose: a rule only fires when the slot, the name and the target agree, so a name the
 * lists do not know is never reported.
 */
import { toA1 } from "../../model/a1";
import { parseTarget, unitScale, type IndicatorTarget } from "../../model/indicator-target";
import { columnByRole, fundsColumn, type IndicatorRow, type IndicatorTable, type Table } from "../../recognize/model";
import { MONEY_SCALE, type Money } from "../../model/money";
import { percentValue, type PercentValue } from "../../model/findings";
import { basisPointsFromFraction } from "../../model/percent";
import { perTable } from "../lib/memo";
import type { FindingDraft, RuleContext } from "../types";
import { squeeze } from "../../model/values";
import { memoByText } from "../../model/memo";
import { mapList } from "../../model/lists";

/** The 二级 (or, for 满意度, 一级) slot a row is filed under. */
export type Slot = "cost" | "timeliness" | "sustainability" | "satisfaction" | "other";

export function slotOf(row: IndicatorRow): Slot {
  // Recognition gives squeezed text (no spaces, NFKC), so plain look-ups suffice.
  const level2 = row.level2;
  if (level2.indexOf("成本") >= 0) return "cost";
  if (level2.indexOf("时效") >= 0) return "timeliness";
  if (level2.indexOf("可持续") >= 0) return "sustainability";
  if (level2.indexOf("满意") >= 0 || row.level1.indexOf("满意") >= 0) return "satisfaction";
  // No 二级 at all (the consolidated Henan table files indicators under 产出 | 效益 | 满意度 only): a
  // cost cap under 产出 is known by its name ("成本控制", "报销成本").
  if (!level2 && row.level1.indexOf("产出") >= 0 && isCostName(row.name)) return "cost";
  return "other";
}

/** Rates where more is better: ≥ (or =100%); ≤ is the wrong direction (S001 "权益保障率 ≤95%"). */
// Not 使用率 or 利用率: some are capped on purpose (床位使用率 ≤93% keeps wards from overcrowding).
const HIGHER_IS_BETTER = /覆盖率|及时率|准确率|正确率|合格率|知晓率|满意度|满意率|参保率|到位率|保障率|完成率|达标率|达成率|发放率|办结率|结算率|执行率|兑现率|落实率|普及率|通过率|完好率|受益率/;
/** Rates where less is better: ≤ or < (docs/domain.md §4.2; seen in the Hebei and Henan layouts). */
const LOWER_IS_BETTER = /自付比例|负担比例|个人负担|差错率|错误率|投诉率|变动率|结余率|闲置率|事故率|超支率|损失率|发生率/;

/** Rates that cannot exceed 100% ("≥100%" should read "=100%"); 完成率 and 执行率 can. */
const CAPPED_AT_HUNDRED = /覆盖率|及时率|准确率|正确率|合格率|知晓率|满意度|满意率|参保率|到位率|保障率|发放率|办结率|结算率|达标率|兑现率|落实率|普及率|通过率|完好率/;

/** Whether the indicator's name is a share that cannot exceed 100%. */
export const isCappedRate = memoByText((name: string): boolean => {
  const s = squeeze(name);
  return CAPPED_AT_HUNDRED.test(s) && !LOWER_IS_BETTER.test(s);
});

export type RateKind = "higher" | "lower";

/** Whether the indicator's name is a rate whose better direction is known (null when not). */
export const rateKind = memoByText((name: string): RateKind | null => {
  const s = squeeze(name);
  if (LOWER_IS_BETTER.test(s)) return "lower";
  if (HIGHER_IS_BETTER.test(s)) return "higher";
  return null; // not undefined: the memo keeps only defined answers
});

/** Words of a cost indicator's name ("资金成本", "医保系统平台建设运营维护资金", "培训费"). */
const COST_NAME = /成本|费用|经费|资金|总额|支出|[^消]费$/;
/**
 * Names that mention money but measure something else: a rate or a count about money ("资金使用的
 * 准确性", "资金发放人数到位率"), or a standard where more is better (S003 "各级财政实际补助标准 ≥550元").
 */
const NOT_A_COST = /(率|度|性|比例|比重|人数|次数|个数|标准)$/;
/** Anything about money or cost, rates included: fine under 成本指标. */
const COST_MENTION = /成本|费用|经费|资金|金额|总额|支出|补助|单价|价格|预算|[^消]费$/;

/** A name that reads as an amount of money spent (a cap), not a rate, count or standard about money. */
export const isCostName = memoByText((name: string): boolean => {
  const s = squeeze(name);
  return COST_NAME.test(s) && !NOT_A_COST.test(s);
});

/** A name that mentions cost or money at all, rates included ("成本节约率"): fine under 成本指标. */
export const mentionsCost = memoByText((name: string): boolean => COST_MENTION.test(squeeze(name)));

const TIMELINESS_WORDS = /及时|时效|时限|期限|时间|进度|工作日|时长/;

/** A name about time: deadlines, durations, 及时率. */
export const isTimelinessName = memoByText((name: string): boolean => TIMELINESS_WORDS.test(squeeze(name)));

/** "无", "/", "—", "-", "暂无", "空": a cell filled only to say nothing is there. */
const PLACEHOLDER_WORD = /^(无|暂无|空|\/|／|\\|—+|-+|－+|─+|——)$/;

/** Asked of every indicator's name and target by several rules: once per distinct text. */
const placeholderText = memoByText((text: string): boolean => PLACEHOLDER_WORD.test(squeeze(text)));

export function isPlaceholderWord(text: string | undefined): boolean {
  return !!text && placeholderText(text);
}

/** A target stated in money (元, 万元, 亿元): a number or a range. */
export function isAmountTarget(target: IndicatorTarget): boolean {
  if (target.kind === "number") return unitScale(target.quantity.unit).base === "元";
  if (target.kind === "range") return unitScale(target.low.unit).base === "元";
  return false;
}

/** A target stated as a percentage. */
export function isPercentTarget(target: IndicatorTarget): boolean {
  if (target.kind === "number") return target.quantity.unit === "%";
  if (target.kind === "range") return target.low.unit === "%";
  return false;
}

/** An indicator row with its parsed target (parsed once per row for all the rules). */
export interface ReadIndicator {
  row: IndicatorRow;
  slot: Slot;
  target: IndicatorTarget;
  /** The target is an amount of money (元, 万元, 亿元). */
  amount: boolean;
  /** The target is a percentage. */
  percent: boolean;
}

/**
 * Targets parsed once per distinct text: a county workbook repeats "≥95%" thousands of times.
 * The parsed targets are shared between rows and must not be changed.
 */
const readTarget = memoByText((text: string) => {
  const target = parseTarget(text);
  return { target, amount: isAmountTarget(target), percent: isPercentTarget(target) };
});

/**
 * The rows of an indicator table, each with its slot and parsed target, once per table checked for
 * all its rules (the two workbook rules that read them again, rarely, build them again).
 */
export function readIndicators(ctx: RuleContext, table: IndicatorTable): ReadIndicator[] {
  return perTable(ctx, "goals:indicators", table, buildIndicators);
}

function buildIndicators(_ctx: RuleContext, table: IndicatorTable): ReadIndicator[] {
  return mapList(table.indicators, readIndicator);
}

function readIndicator(row: IndicatorRow): ReadIndicator {
  const t = readTarget(row.target ?? "");
  return { row, slot: slotOf(row), target: t.target, amount: t.amount, percent: t.percent };
}

/**
 * The plain number in a cell (分值, 得分): null when blank, NaN when it holds anything else (text,
 * a percentage, an error value). Read from the cell, so a merged weight counts once.
 */
export function pointsAt(ctx: RuleContext, table: IndicatorTable, row: number, col: number): number | null {
  const p = ctx.values.parsed(table.sheetIndex, row, col);
  if (p.kind === "empty") return null;
  return p.kind === "number" && !p.percent ? p.value : NaN;
}

/** A money cell of a goal table in 万元 (the table may be in 元): null when blank, NaN when not a number. */
export function wanAt(ctx: RuleContext, table: IndicatorTable, row: number, col: number): number | null {
  const m = ctx.values.money(table.sheetIndex, row, col);
  if (m === null) return null;
  return (m / MONEY_SCALE) * (table.unit === "元" ? 1 / 10000 : 1);
}

/**
 * The rows of each project: a Henan 部门预算项目绩效目标表 lists every project in one table, and
 * rules that reason about "the table" (a swap, a duplicate, the three 一级) mean one project.
 * A table without a 项目名称 column is one group.
 */
export function projectGroups(rows: readonly ReadIndicator[]): ReadIndicator[][] {
  const groups: ReadIndicator[][] = [];
  let current: ReadIndicator[] | undefined;
  let project: string | undefined;
  for (const r of rows) {
    if (!current || r.row.project !== project) {
      current = [];
      groups.push(current);
      project = r.row.project;
    }
    current.push(r);
  }
  return groups;
}

/**
 * A project's 资金总额 in 万元, where its goal table states it: on the project's line of a Henan
 * table (the first of its rows with one), or, for a one-project table, in a 申报表's 项目资金
 * block. NaN when that cell holds something other than a number; undefined when there is none.
 */
export function statedFunds(
  ctx: RuleContext,
  table: IndicatorTable,
  rows: readonly IndicatorRow[],
  onlyProject: boolean,
): { wan: number; row: number; col: number } | undefined {
  const total = columnByRole(table, "fund.total");
  if (total) {
    // A project's amounts sit on its first line; the lines merged under it read blank.
    for (const row of rows) {
      const wan = wanAt(ctx, table, row.row, total.col);
      if (wan !== null) return { wan, row: row.row, col: total.col };
    }
    return undefined;
  }
  const budget = table.funds ? fundsColumn(table.funds, "budget") : undefined;
  if (!onlyProject || !table.funds || budget === undefined) return undefined;
  const wan = wanAt(ctx, table, table.funds.total.row, budget);
  return wan === null ? undefined : { wan, row: table.funds.total.row, col: budget };
}

export function isIndicatorTable(table: Table): table is IndicatorTable {
  return table.shape === "indicator";
}

/** A1 of a row's cell in the column of `role`, or of the name cell when the table has no such column. */
export function cellOf(table: IndicatorTable, row: IndicatorRow, role: "name" | "target" | "target.symbol" | "actual" | "reason"): string {
  // A row of one pair among several side by side has its own cells.
  if (role === "name" && row.nameCol !== undefined) return toA1(row.row, row.nameCol);
  if (role === "target" && row.targetCol !== undefined) return toA1(row.row, row.targetCol);
  const column =
    columnByRole(table, role) ??
    // A target split into 符号 | 值 | 单位 is pointed at by its 值.
    (role === "target" ? columnByRole(table, "target.value") : undefined) ??
    columnByRole(table, "name");
  return toA1(row.row, column ? column.col : 0);
}

/** A name without a template number in front ("指标1：参保人数(万人)" → "参保人数(万人)"). */
export function bareName(name: string): string {
  if (!name.startsWith("指标") && !name.startsWith("事项")) return name;
  return name.replace(/^(指标|事项)[0-9一二三四五六七八九十]+[:：.、]/, "");
}

/** The target text with its comparison symbol replaced ("≥20 万元" → "≤20 万元"). */
export function withSymbol(text: string, symbol: "≤" | "≥"): string {
  const trimmed = text.trim();
  const replaced = trimmed.replace(/^(≥|≤|>=|<=|＞=|＜=|≧|≦|>|<|＞|＜|大于等于|小于等于|不低于|不高于|不超过|不少于|大于|小于|高于|低于)\s*/, "");
  return `${symbol}${replaced}`;
}

/** A reason or 说明 cell that says nothing: blank, "无", "暂无", "—", "/". */
export function saysNothing(text: string | undefined): boolean {
  return /^(无|没有|暂无|—+|-+|\/|／)?$/.test((text ?? "").replace(/\s+/g, ""));
}

/** The column of a funding-block role (the lookup lives with the block's type). */
export { fundsColumn };

/**
 * 全年预算数 (A) and 全年执行数 (B) of one funding line, when both are numbers and A > 0; the
 * figures behind 预算执行率 = B / A.
 */
export function executionFigures(
  ctx: RuleContext,
  table: IndicatorTable,
  row: number,
  cols: { budget: number; executed: number },
): { budget: Money; executed: Money; rate: number } | undefined {
  const a = ctx.values.money(table.sheetIndex, row, cols.budget);
  const b = ctx.values.money(table.sheetIndex, row, cols.executed);
  // NaN is a cell that is not a number (text, an error value): the hygiene rules' business.
  if (a === null || b === null || Number.isNaN(a) || Number.isNaN(b) || a <= 0) return undefined;
  return { budget: a, executed: b, rate: b / a };
}

/** A fraction as a rate with two decimals (0.773215 → 77.32%), exact from there on. */
export function ratePercent(fraction: number): PercentValue {
  return percentValue(basisPointsFromFraction(fraction));
}

/** A finding at a row's reason cell (未完成原因和改进措施), pointing at its target and its result. */
export function missingReason(
  table: IndicatorTable,
  row: IndicatorRow,
  target: IndicatorTarget,
  said: Pick<FindingDraft, "messageId" | "data">,
): FindingDraft {
  return {
    ...said,
    sheet: table.sheet,
    cell: cellOf(table, row, "reason"),
    related: [
      { sheet: table.sheet, cell: cellOf(table, row, "target") },
      { sheet: table.sheet, cell: cellOf(table, row, "actual") },
    ],
    expected: target.text.trim(),
    actual: row.actual,
    table: table.template,
  };
}
