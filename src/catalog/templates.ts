/**
 * The tables the checker knows: how to recognise each (title words, header words), what its
 * columns mean (roles matched against the header path) and which row identities hold.
 * Sources: docs/domain.md §1 (layouts) and §2.1 (identities A1–A18).
 *
 * Header paths are the header texts of one column from top to bottom, squeezed (NFKC, no spaces)
 * and joined with "/", e.g. "本年收入/小计" or "资金来源/一般公共预算/财政拨款".
 * Column roles are tried in the order listed; each column takes the first role that matches and
 * each role takes the first matching column, so specific patterns come before general ones.
 */
import type { Severity } from "../model/findings";
import type { TableShape, TemplateId } from "./table-types";
import type { ColumnRole, ThreePublicBlock, ThreePublicItem } from "./roles";

export type { ColumnRole, RowRole } from "./roles";

export interface ColumnRoleDef {
  role: ColumnRole;
  pattern: RegExp;
  numeric: boolean;
}

/** `total` (a column role) must equal the sum of `parts` on every row where the identity applies. */
export interface RowIdentity {
  ref: string;
  total: ColumnRole;
  parts: ColumnRole[];
  /** Parts a layout may lack; every other part (and the total) must be present for the identity to apply. */
  optional?: ColumnRole[];
  severity: Severity;
  /** Summary tables: the side whose rows the identity applies to. */
  side?: "income" | "expense";
}

export interface TemplateDef {
  id: TemplateId;
  /** zh-CN display name. */
  name: string;
  shape: TableShape;
  codeSystem?: "function" | "economic";
  columns: ColumnRoleDef[];
  rowIdentities: RowIdentity[];
}

const CODE_COLUMNS: ColumnRoleDef[] = [
  { role: "code.class", pattern: /(^|\/)类$/, numeric: false },
  { role: "code.section", pattern: /(^|\/)款$/, numeric: false },
  { role: "code.item", pattern: /(^|\/)项$/, numeric: false },
  { role: "unitCode", pattern: /单位代码|单位编码/, numeric: false },
  { role: "code", pattern: /编码|代码|科目代码/, numeric: false },
  { role: "name", pattern: /名称|科目$|单位\(科目|^项目$/, numeric: false },
];

/** Expenditure columns shared by 支出总表 and the 一般公共预算/基金/国资 支出表 (Hebei and Henan forms). */
/** The one amount column of a table without a split: "预算数", "2024年预算数", "本年决算数", "金额". */
const ONE_AMOUNT = String.raw`(^|\/)((19|20)[0-9]{2}年度?|本年度?)?(预算数|决算数|金额)$`;

const EXPENDITURE_COLUMNS: ColumnRoleDef[] = [
  ...CODE_COLUMNS,
  { role: "basic.salary", pattern: /基本支出\/.*工资福利/, numeric: true },
  { role: "basic.family", pattern: /基本支出\/.*对个人和家庭/, numeric: true },
  { role: "basic.goods", pattern: /基本支出\/.*商品和服务/, numeric: true },
  // 人员经费 | 公用经费, under 基本支出 or on their own: the split most regions publish.
  { role: "basic.personnel", pattern: /(^|基本支出\/(.*\/)?)人员经费(支出)?$/, numeric: true },
  { role: "basic.public", pattern: /(^|基本支出\/(.*\/)?)公用经费(支出)?$/, numeric: true },
  { role: "basic", pattern: /基本支出(\/(小计|合计))?$/, numeric: true },
  { role: "project.general", pattern: /项目支出\/.*一般性项目/, numeric: true },
  { role: "project.special", pattern: /项目支出\/.*专项资金/, numeric: true },
  { role: "project.personnel", pattern: /项目支出\/.*人员类项目/, numeric: true },
  // The classes of projects since 预算管理一体化 (2020s): 人员类 | 其他运转类 | 特定目标类.
  { role: "project.running", pattern: /项目支出\/.*运转类(项目)?$/, numeric: true },
  { role: "project.targeted", pattern: /项目支出\/.*特定目标类(项目)?$/, numeric: true },
  { role: "project", pattern: /项目支出(\/(小计|合计))?$/, numeric: true },
  { role: "operating", pattern: /经营支出/, numeric: true },
  { role: "remit", pattern: /上[解缴]上级/, numeric: true },
  { role: "subsidy", pattern: /对附属单位补助/, numeric: true },
  // "本年支出合计" (支出决算表) or "本年支出/小计" heads the total column in final-account layouts; a
  // bare "小计" (no group above it) is the row's total too, and so is the one amount of a table that
  // has no split ("预算数", "2024年预算数", "金额").
  { role: "total", pattern: new RegExp(`(^|\\/)(合计|总计|支出合计|本年支出合计)$|^本年支出\\/(小计|合计)$|^小计$|${ONE_AMOUNT}`), numeric: true },
];

/**
 * The 政府性基金 (and 国有资本经营) 收入支出决算表 also carry each row's balance: 年初结转和结余 |
 * 本年收入 | 本年支出 | 年末结转和结余 (docs/domain.md §3.3 D2). The budget tables have none of these columns.
 */
const FUND_FINAL_COLUMNS: ColumnRoleDef[] = [
  { role: "opening", pattern: /(^|\/)年初.*结转/, numeric: true },
  { role: "closing", pattern: /(^|\/)年末.*结转/, numeric: true },
  { role: "income", pattern: /(^|\/)本年收入(\/(小计|合计))?$/, numeric: true },
  ...EXPENDITURE_COLUMNS,
];

const EXPENDITURE_IDENTITIES: RowIdentity[] = [
  {
    ref: "A10",
    total: "total",
    parts: ["basic", "project", "operating", "remit", "subsidy"],
    optional: ["operating", "remit", "subsidy"],
    severity: "error",
  },
  { ref: "A11", total: "basic", parts: ["basic.salary", "basic.family", "basic.goods"], optional: ["basic.family"], severity: "error" },
  { ref: "A11", total: "basic", parts: ["basic.personnel", "basic.public"], severity: "error" },
  // Without a 基本支出 小计 column the two halves stand for it (合计 | 人员经费 | 公用经费 | 项目支出).
  {
    ref: "A10",
    total: "total",
    parts: ["basic.personnel", "basic.public", "project", "operating", "remit", "subsidy"],
    optional: ["operating", "remit", "subsidy"],
    severity: "error",
  },
  {
    ref: "A11",
    total: "project",
    parts: ["project.general", "project.special", "project.personnel"],
    optional: ["project.personnel"],
    severity: "error",
  },
  {
    ref: "A11",
    total: "project",
    parts: ["project.personnel", "project.running", "project.targeted"],
    optional: ["project.personnel"],
    severity: "error",
  },
];

/** The sources of this year's money on a 收支总表's expenditure side, 一般公共预算 first (the one every such table has). */
const SUMMARY_CURRENT_SOURCES: ColumnRole[] = [
  "expense.gp",
  "expense.fund",
  "expense.soe",
  "expense.specialAccount",
  "expense.advanceTransfer",
  "expense.other",
  "expense.unitFunds",
];

const FUND_COLUMNS = (prefix: "" | "expense."): ColumnRoleDef[] => [
  { role: `${prefix}gp`, pattern: /一般公共预算/, numeric: true },
  { role: `${prefix}fund`, pattern: /政府性?基金/, numeric: true },
  { role: `${prefix}soe`, pattern: /国有资本经营/, numeric: true },
];

/**
 * The "三公" table with its items as columns: 合计 | 因公出国(境)费 | 公务用车购置及运行费 (小计 | 购置费 |
 * 运行费) | 公务接待费, one row of figures. The 决算 form has a 预算数 block and a 决算数 block side by
 * side (roles "budget.*", "final.*", `word` being the block's header word); a budget table may have
 * one block without a group header (roles "item.*", its 合计 the table's "total").
 */
function threePublicItemColumns(prefix: ThreePublicBlock, word?: string): ColumnRoleDef[] {
  const inBlock = word ? `^[^/]*${word}[^/]*\\/` : "";
  const def = (role: ColumnRole, tail: string): ColumnRoleDef => ({ role, pattern: new RegExp(inBlock + tail), numeric: true });
  const role = (item: ThreePublicItem, tail: string): ColumnRoleDef => def(`${prefix}.${item}`, tail);
  const items = [
    role("car.purchase", ".*公务用车购置费$"),
    role("car.running", ".*公务用车运行(维护)?费$"),
    role("car", ".*公务用车购置及运行(维护)?费(\\/(小计|合计))?$"),
    role("abroad", ".*因公出国"),
    role("reception", ".*公务接待"),
    role("meeting", ".*会议费"),
    role("training", ".*培训费"),
  ];
  return prefix === "item" ? items : [...items, def(`${prefix}.total`, "(合计|小计|总计)$")];
}

/**
 * Items-as-columns "三公" identities per block: the car group adds up (a layout fact, an error), and
 * 合计 = the three items (with 会议费/培训费 where a region lists them: a warning, as A17 on rows).
 */
function threePublicItemIdentities(prefix: ThreePublicBlock): RowIdentity[] {
  const r = (item: ThreePublicItem): ColumnRole => `${prefix}.${item}`;
  return [
    { ref: "A17", total: r("car"), parts: [r("car.purchase"), r("car.running")], severity: "error" },
    {
      ref: "A17",
      total: prefix === "item" ? "total" : `${prefix}.total`,
      parts: [r("abroad"), r("car"), r("reception"), r("meeting"), r("training")],
      optional: [r("meeting"), r("training")],
      severity: "warning",
    },
  ];
}

/** The nine budget disclosure tables (docs/domain.md §1, T1–T9), in the order they are published. */
export const BUDGET_TABLES: readonly TemplateId[] = [
  "income-expense-summary",
  "income",
  "expenditure",
  "fiscal-summary",
  "general-budget-expenditure",
  "general-budget-basic",
  "gov-fund-expenditure",
  "state-capital-expenditure",
  "three-public",
];

/**
 * Tables of amounts published beside the nine: T11 政府采购预算表, T13 机关运行经费 (Henan 预算09表)
 * and T14 固定资产占用情况表 (Hebei). They take part in a department's package (X9 compares T13 with T6) and in the
 * amount hygiene rules.
 */
export const AMOUNT_TABLES: readonly TemplateId[] = [...BUDGET_TABLES, "procurement", "operating-costs", "fixed-assets"];

export const TEMPLATES: Record<TemplateId, TemplateDef> = {
  "income-expense-summary": {
    id: "income-expense-summary",
    name: "部门收支总表",
    shape: "summary",
    columns: [
      { role: "seq", pattern: /序号|行次/, numeric: false },
      { role: "income.label", pattern: /^收入.*项目|收入项目/, numeric: false },
      { role: "income.amount", pattern: /^收入.*(预算数|金额|决算数)$/, numeric: true },
      { role: "expense.label", pattern: /^支出.*项目|支出项目/, numeric: false },
      { role: "expense.amount", pattern: /^支出.*(预算数|金额|决算数)$/, numeric: true },
      // The Henan form lists the expenditure by nature with its amounts by source: 合计 | 本年支出小计 |
      // 一般公共预算 | 政府性基金预算 | … | 部门财政性资金结转. Every such column is checked by the
      // row groups (基本支出 = 工资福利 + 商品和服务 + 对个人和家庭, A6) and 合计 by the balance (A5).
      { role: "expense.total", pattern: /^支出\/(合计|总计)$/, numeric: true },
      { role: "expense.current", pattern: /^支出\/本年支出(小计|合计)$/, numeric: true },
      { role: "expense.gp", pattern: /^支出\/.*一般公共预算/, numeric: true },
      { role: "expense.fund", pattern: /^支出\/.*政府性?基金/, numeric: true },
      { role: "expense.soe", pattern: /^支出\/.*国有资本经营/, numeric: true },
      { role: "expense.specialAccount", pattern: /^支出\/.*财政专户/, numeric: true },
      { role: "expense.advanceTransfer", pattern: /^支出\/.*上级提前告知/, numeric: true },
      { role: "expense.carryover", pattern: /^支出\/.*结转/, numeric: true },
      { role: "expense.other", pattern: /^支出\/.*其他/, numeric: true },
      { role: "expense.unitFunds", pattern: /^支出\/.*单位(自有)?资金/, numeric: true },
    ],
    // Amounts by source (Henan; 江苏 and others: 合计 | 一般公共预算 | 政府性基金预算 | … | 单位资金):
    // each expenditure row adds up across its sources (A23).
    rowIdentities: [
      { ref: "A23", side: "expense", total: "expense.total", parts: ["expense.current", "expense.carryover"], severity: "error" },
      { ref: "A23", side: "expense", total: "expense.current", parts: SUMMARY_CURRENT_SOURCES, optional: SUMMARY_CURRENT_SOURCES.slice(1), severity: "error" },
      {
        ref: "A23",
        side: "expense",
        total: "expense.total",
        parts: [...SUMMARY_CURRENT_SOURCES, "expense.carryover"],
        optional: [...SUMMARY_CURRENT_SOURCES.slice(1), "expense.carryover"],
        severity: "error",
      },
    ],
  },
  income: {
    id: "income",
    name: "部门收入总表",
    shape: "coded",
    codeSystem: "function",
    columns: [
      ...CODE_COLUMNS,
      { role: "gp.subtotal", pattern: /一般公共预算\/(小计|合计)$/, numeric: true },
      { role: "gp.fiscal", pattern: /一般公共预算\/.*财政拨款/, numeric: true },
      { role: "gp.fees", pattern: /行政事业性收费/, numeric: true },
      { role: "gp.special", pattern: /专项收入/, numeric: true },
      { role: "gp.assets", pattern: /国有资产资源有偿使用/, numeric: true },
      { role: "gp.housing", pattern: /政府住房基金/, numeric: true },
      // The form of the 2020s: 合计 | [本年收入 over 小计 |] 一般公共预算拨款收入 | 政府性基金预算拨款收入 |
      // … | 上年结转, one column per source.
      { role: "gp", pattern: /(^|\/)一般公共预算(财政)?拨款(收入)?$|(^|\/)一般公共预算收入$/, numeric: true },
      { role: "govFund", pattern: /政府性基金/, numeric: true },
      { role: "soeBudget", pattern: /国有资本经营/, numeric: true },
      { role: "advanceTransfer", pattern: /上级提前告知/, numeric: true },
      { role: "carryover", pattern: /上年结转|财政性资金结转|年初结转/, numeric: true },
      // "本年收入合计" heads the total column of 收入决算表 (its only total: no 上年结转 column).
      { role: "current", pattern: /本年收入(\/?(小计|合计))?$|^小计$|本年收入小计/, numeric: true },
      { role: "fiscal", pattern: /财政拨款/, numeric: true },
      { role: "specialAccount", pattern: /财政专户/, numeric: true },
      { role: "operating", pattern: /经营收入/, numeric: true },
      { role: "business", pattern: /事业收入/, numeric: true },
      { role: "superior", pattern: /上级补助/, numeric: true },
      { role: "affiliated", pattern: /附属单位/, numeric: true },
      { role: "other", pattern: /其他收入/, numeric: true },
      { role: "total", pattern: /(^|\/)(合计|总计|收入合计)$/, numeric: true },
    ],
    rowIdentities: [
      { ref: "A7", total: "total", parts: ["current", "carryover"], severity: "error" },
      {
        ref: "A8",
        total: "current",
        parts: ["fiscal", "specialAccount", "business", "operating", "superior", "affiliated", "other"],
        optional: ["specialAccount", "business", "operating", "superior", "affiliated", "other"],
        severity: "error",
      },
      {
        ref: "A8",
        total: "gp.subtotal",
        parts: ["gp.fiscal", "gp.fees", "gp.special", "gp.assets", "gp.housing"],
        optional: ["gp.fees", "gp.special", "gp.assets", "gp.housing"],
        severity: "error",
      },
      {
        ref: "A8",
        total: "total",
        parts: ["gp.subtotal", "govFund", "soeBudget", "specialAccount", "advanceTransfer", "carryover", "other"],
        optional: ["govFund", "soeBudget", "specialAccount", "advanceTransfer", "carryover", "other"],
        severity: "error",
      },
      {
        ref: "A8",
        total: "current",
        parts: ["gp", "govFund", "soeBudget", "specialAccount", "advanceTransfer", "business", "operating", "superior", "affiliated", "other"],
        optional: ["govFund", "soeBudget", "specialAccount", "advanceTransfer", "business", "operating", "superior", "affiliated", "other"],
        severity: "error",
      },
      {
        ref: "A8",
        total: "total",
        parts: ["gp", "govFund", "soeBudget", "specialAccount", "advanceTransfer", "business", "operating", "superior", "affiliated", "other", "carryover"],
        optional: ["govFund", "soeBudget", "specialAccount", "advanceTransfer", "business", "operating", "superior", "affiliated", "other", "carryover"],
        severity: "error",
      },
    ],
  },
  expenditure: {
    id: "expenditure",
    name: "部门支出总表",
    shape: "coded",
    codeSystem: "function",
    columns: EXPENDITURE_COLUMNS,
    rowIdentities: EXPENDITURE_IDENTITIES,
  },
  "fiscal-summary": {
    id: "fiscal-summary",
    name: "财政拨款收支总表",
    shape: "summary",
    columns: [
      { role: "seq", pattern: /序号|行次/, numeric: false },
      { role: "income.label", pattern: /^收入.*项目|收入项目/, numeric: false },
      { role: "income.amount", pattern: /^收入.*(金额|预算数|决算数)$/, numeric: true },
      { role: "expense.label", pattern: /^支出.*项目|支出项目/, numeric: false },
      // The central 决算 form (公开04表) heads it 小计.
      { role: "expense.total", pattern: /^支出.*(合计|小计|总计)$|^支出.*(预算数|金额)$/, numeric: true },
      ...FUND_COLUMNS("expense."),
    ],
    rowIdentities: [
      {
        ref: "A12",
        total: "expense.total",
        parts: ["expense.gp", "expense.fund", "expense.soe"],
        optional: ["expense.fund", "expense.soe"],
        severity: "error",
        side: "expense",
      },
    ],
  },
  "general-budget-expenditure": {
    id: "general-budget-expenditure",
    name: "一般公共预算财政拨款支出表",
    shape: "coded",
    codeSystem: "function",
    // The 决算 form (一般公共预算财政拨款收入支出决算表) carries each row's balance, as the 基金 table does.
    columns: FUND_FINAL_COLUMNS,
    rowIdentities: EXPENDITURE_IDENTITIES.map((i) => (i.ref === "A10" ? { ...i, ref: "A14" } : i)),
  },
  "general-budget-basic": {
    id: "general-budget-basic",
    name: "一般公共预算财政拨款基本支出表",
    shape: "coded",
    codeSystem: "economic",
    columns: [
      { role: "secondaryCode", pattern: /政府.*经济分类.*(编码|代码)/, numeric: false },
      { role: "secondaryName", pattern: /政府.*经济分类.*名称/, numeric: false },
      { role: "code", pattern: /编码|代码/, numeric: false },
      { role: "name", pattern: /名称/, numeric: false },
      { role: "personnel", pattern: /人员经费/, numeric: true },
      { role: "public", pattern: /公用经费/, numeric: true },
      { role: "total", pattern: new RegExp(`(^|\\/)(合计|总计)$|${ONE_AMOUNT}`), numeric: true },
    ],
    rowIdentities: [{ ref: "A15", total: "total", parts: ["personnel", "public"], severity: "error" }],
  },
  "gov-fund-expenditure": {
    id: "gov-fund-expenditure",
    name: "政府性基金预算财政拨款支出表",
    shape: "coded",
    codeSystem: "function",
    columns: FUND_FINAL_COLUMNS,
    rowIdentities: EXPENDITURE_IDENTITIES,
  },
  "state-capital-expenditure": {
    id: "state-capital-expenditure",
    name: "国有资本经营预算财政拨款支出表",
    shape: "coded",
    codeSystem: "function",
    columns: FUND_FINAL_COLUMNS,
    rowIdentities: EXPENDITURE_IDENTITIES,
  },
  "operating-costs": {
    id: "operating-costs",
    name: "机关运行经费支出表",
    shape: "coded",
    codeSystem: "economic",
    columns: [
      { role: "code", pattern: /编码|代码/, numeric: false },
      { role: "name", pattern: /名称|^项目$/, numeric: false },
      { role: "total", pattern: /机关运行经费|(^|\/)(合计|金额|预算数)$/, numeric: true },
    ],
    rowIdentities: [],
  },
  "procurement": {
    id: "procurement",
    name: "政府采购预算表",
    shape: "labeled",
    columns: [
      { role: "label", pattern: /项目名称/, numeric: false },
      { role: "budget", pattern: /预算资金/, numeric: true },
      { role: "item", pattern: /采购物品/, numeric: false },
      { role: "catalogue", pattern: /目录序号|品目/, numeric: false },
      { role: "measure", pattern: /计量单位/, numeric: false },
      { role: "quantity", pattern: /数量/, numeric: false },
      { role: "price", pattern: /单价/, numeric: true },
      { role: "sme", pattern: /中小微?企业|预留/, numeric: true },
      { role: "otherCarry", pattern: /非财政拨款结转/, numeric: true },
      { role: "fiscalCarry", pattern: /财政拨款结转/, numeric: true },
      { role: "gp", pattern: /一般公共预算/, numeric: true },
      { role: "fund", pattern: /基金/, numeric: true },
      { role: "soe", pattern: /国有资本/, numeric: true },
      { role: "special", pattern: /财政专户/, numeric: true },
      { role: "unitFunds", pattern: /单位资金|单位自有|其他资金/, numeric: true },
      { role: "total", pattern: /(^|\/)(合计|小计)$/, numeric: true },
    ],
    rowIdentities: [
      {
        ref: "A19",
        total: "total",
        parts: ["gp", "fund", "soe", "special", "unitFunds", "fiscalCarry", "otherCarry"],
        optional: ["fund", "soe", "special", "unitFunds", "fiscalCarry", "otherCarry"],
        severity: "error",
      },
    ],
  },
  "fixed-assets": {
    id: "fixed-assets",
    name: "固定资产占用情况表",
    shape: "labeled",
    columns: [
      { role: "label", pattern: /项目|名称/, numeric: false },
      // Square metres, vehicles and pieces: not amounts, and never added up.
      { role: "quantity", pattern: /数量/, numeric: false },
      { role: "value", pattern: /价值|金额/, numeric: true },
    ],
    rowIdentities: [],
  },
  "three-public": {
    id: "three-public",
    name: "财政拨款“三公”经费支出表",
    shape: "labeled",
    columns: [
      { role: "seq", pattern: /序号|行次/, numeric: false },
      { role: "label", pattern: /项目|科目|名称/, numeric: false },
      ...FUND_COLUMNS(""),
      ...threePublicItemColumns("budget", "预算"),
      ...threePublicItemColumns("final", "决算"),
      ...threePublicItemColumns("item"),
      { role: "total", pattern: /合计|预算数|决算数|金额/, numeric: true },
    ],
    rowIdentities: [
      { ref: "A18", total: "total", parts: ["gp", "fund", "soe"], optional: ["fund", "soe"], severity: "error" },
      ...threePublicItemIdentities("budget"),
      ...threePublicItemIdentities("final"),
      ...threePublicItemIdentities("item"),
    ],
  },
  "project-goal": indicatorTemplate("project-goal", "项目绩效目标表"),
  "department-goal": indicatorTemplate("department-goal", "部门整体绩效目标表"),
  "self-evaluation": indicatorTemplate("self-evaluation", "绩效自评表"),
  "evaluation-score": indicatorTemplate("evaluation-score", "绩效评价评分表"),
  // 预算数 | 执行数 | 执行率 by fund source, sometimes with 预算调整数, 结余结转, 分值 | 得分 (docs/domain.md §5).
  // Rates, points and scores are not amounts: the money rules leave them alone.
  "funds-execution": {
    id: "funds-execution",
    name: "资金执行情况表",
    shape: "labeled",
    columns: [
      { role: "label", pattern: /(^|\/)(资金来源|资金性质|资金类别|资金名称|来源|项目|项目名称)$/, numeric: false },
      { role: "adjusted", pattern: /调整后(的)?预算|全年预算/, numeric: true },
      { role: "adjust", pattern: /预算调整/, numeric: true },
      { role: "rate", pattern: /执行率/, numeric: false },
      { role: "budget", pattern: /预算数|年度预算|年初预算|预算金额|预算安排/, numeric: true },
      { role: "executed", pattern: /执行数|实际执行|实际支出|实际使用|支出数/, numeric: true },
      { role: "carry", pattern: /结余|结转/, numeric: true },
      { role: "weight", pattern: /(^|\/)分值$/, numeric: false },
      { role: "score", pattern: /(^|\/)得分$/, numeric: false },
    ],
    rowIdentities: [],
  },
};

function indicatorTemplate(id: TemplateId, name: string): TemplateDef {
  return {
    id,
    name,
    shape: "indicator",
    columns: [
      { role: "level1", pattern: /一级指标/, numeric: false },
      { role: "level2", pattern: /二级指标/, numeric: false },
      { role: "name", pattern: /三级指标|指标名称/, numeric: false },
      { role: "description", pattern: /指标描述|指标解释|指标内容|指标说明/, numeric: false },
      { role: "basis", pattern: /确定依据|依据/, numeric: false },
      { role: "actual", pattern: /实际完成|实际值|完成值|实际/, numeric: false },
      { role: "reason", pattern: /原因|改进措施/, numeric: false },
      { role: "weight", pattern: /分值|权重|评\(扣\)分标准/, numeric: true },
      { role: "score", pattern: /得分|自评分|(^|\/)评分$/, numeric: true },
      // 指标值 split into 符号 | 值 | 单位（文字描述） (the Hebei 部门整体 table, docs/domain.md §4.2), or
      // 指标性质 | 指标值 | 度量单位 side by side (the central form: 指标性质 holds ≥, ≤, = or 定性).
      { role: "target.symbol", pattern: /(^|\/)(符号|指标性质|指标方向|运算符号?)$/, numeric: false },
      { role: "target.value", pattern: /(^|\/)值$/, numeric: false },
      { role: "target.unit", pattern: /指标值\/(计量)?单位|^(计量)?单位\(文字描述\)$|(^|\/)(度量|计量)单位$/, numeric: false },
      { role: "target", pattern: /指标值|目标值|预期值|计划值/, numeric: false },
      // The Henan 部门预算项目绩效目标表 lists every project in one table (docs/domain.md §1.3 T10).
      // Its code column (单位编码(项目编码): 312 department, 312001 unit, 312001-1 project).
      { role: "unitCode", pattern: /单位编码|单位代码|项目编码/, numeric: false },
      { role: "project", pattern: /项目名称/, numeric: false },
      { role: "goal", pattern: /^(年度|绩效|总体|项目)?目标$|年度目标|年度绩效目标/, numeric: false },
      { role: "fund.total", pattern: /资金总额/, numeric: true },
      { role: "fund.fiscal", pattern: /财政性资金|财政资金/, numeric: true },
      { role: "fund.other", pattern: /其他资金/, numeric: true },
    ],
    rowIdentities: [],
  };
}

/**
 * Title → template. The title is squeezed, stripped of a leading "1、" and of year/部门预算 words.
 * Order matters: the more specific tables come first (财政拨款收支总表 before 收支总表).
 */
const TITLE_RULES: { id: TemplateId | null; test: (t: string) => boolean }[] = [
  { id: "self-evaluation", test: (t) => /自评表/.test(t) },
  { id: "evaluation-score", test: (t) => /评价表|评分表/.test(t) && /绩效/.test(t) },
  { id: "funds-execution", test: (t) => /(资金|预算)执行(情况|率)?(情况)?表$/.test(t) },
  { id: "department-goal", test: (t) => /整体/.test(t) && /绩效/.test(t) },
  { id: "project-goal", test: (t) => /绩效目标/.test(t) },
  // Other disclosure tables whose titles would match a standard one ("部门预算项目支出表" ends in
  // 支出表, "一般公共预算机关运行经费支出表" names 一般公共预算): left unrecognised, not forced.
  { id: "operating-costs", test: (t) => /机关运行经费/.test(t) },
  { id: "fixed-assets", test: (t) => /固定资产/.test(t) && /占用|情况|配置/.test(t) },
  { id: "procurement", test: (t) => /政府采购/.test(t) && /预算/.test(t) },
  { id: null, test: (t) => OTHER_TABLES.test(t) },
  { id: "three-public", test: (t) => /三公/.test(t) },
  { id: "general-budget-basic", test: (t) => /一般公共预算/.test(t) && /基本支出/.test(t) },
  { id: "gov-fund-expenditure", test: (t) => /政府性?基金/.test(t) && /支出/.test(t) && !/收支总/.test(t) },
  { id: "state-capital-expenditure", test: (t) => /国有资本经营/.test(t) && /支出/.test(t) && !/收支总/.test(t) },
  // 一般公共预算财政拨款收入支出决算表 (central 决算 公开05表, from 2019): a coded table, not the 总表.
  { id: "general-budget-expenditure", test: (t) => /一般公共预算/.test(t) && /收入支出|收支/.test(t) && !/总/.test(t) },
  { id: "fiscal-summary", test: (t) => /财政拨款收支|财政拨款收入支出/.test(t) && !/非财政拨款/.test(t) },
  { id: "general-budget-expenditure", test: (t) => /一般公共预算/.test(t) && /支出/.test(t) },
  // A 基本支出表 under another name ("财政拨款安排的基本支出预算表", "基本支出预算表"): by economic
  // code, as the 一般公共预算 one (a sheet without a title and with 人员经费 | 公用经费 is read so too).
  { id: "general-budget-basic", test: (t) => /基本支出/.test(t) && !/项目支出|收支|收入/.test(t) },
  // The 收入支出决算表 of one kind of money (财政专户管理资金, 经营, 专项资金; a fund's is matched above)
  // is neither the department's 总表 nor its 支出决算表: left unrecognised.
  { id: null, test: (t) => OF_ONE_KIND.test(t) },
  // The central 决算 公开01表 has been titled 收入支出决算表, without 总, since the 2022 form: still the
  // 总表, not 支出决算表.
  { id: "income-expense-summary", test: (t) => /收支(预算|决算)?总|收入支出(预算|决算)?总|收支总体|收入支出(预算|决算)表$/.test(t) },
  { id: "income", test: (t) => /收入(预算|决算)?(总体情况|情况|总|汇总)?表$/.test(t) },
  { id: "expenditure", test: (t) => /支出(预算|决算)?(总体情况|情况|总|汇总)?表$/.test(t) },
];

/** The 收入支出决算表 of one kind of money ("财政专户管理资金收入支出决算表"), not the department's. */
const OF_ONE_KIND = /(资金|基金|拨款|专户|经营|结余)收入支出(预算|决算)表$/;

/** 项目支出表 (T10), 政府采购 (T11), 机关运行经费 (T13), 资产 (T14), 转移支付 tables: not among the nine. */
const OTHER_TABLES = /项目支出(预算|决算)?(明细)?(情况)?表|政府采购|资产|转移支付/;

/** Strips what varies between regions and years: "1、", "2023年", "部门预算", "(单位)", quotes. */
export function normalizeTitle(squeezed: string): string {
  return squeezed
    .replace(/^[（(]?[0-9一二三四五六七八九十]+[)）、.．]\s*/, "")
    .replace(/^(表[0-9一二三四五六七八九十]+[-－—:：、]?)/, "")
    .replace(/[0-9]{4}年(度)?/g, "")
    .replace(/[“”"‘’'「」]/g, "");
}

/** Template per squeezed title; null for a text that names none. */
const titleTemplates = new Map<string, TemplateId | null>();
const TITLE_CACHE_LIMIT = 20000;

export function templateForTitle(squeezedTitle: string): TemplateId | undefined {
  // Titles repeat across a workbook (every department has the same nine): decide each once.
  const cached = titleTemplates.get(squeezedTitle);
  if (cached !== undefined) return cached ?? undefined;
  const template = matchTitle(squeezedTitle);
  if (titleTemplates.size >= TITLE_CACHE_LIMIT) titleTemplates.clear();
  titleTemplates.set(squeezedTitle, template ?? null);
  return template;
}

const NOTE_START = /^(注|说明|备注|附注)[:：0-9１-９.、]/;

/** A title without 表: seed S001's T11 "部门政府采购预算". */
const TITLE_WITHOUT_BIAO = /^(部门)?政府采购预算$/;

/**
 * Whether a raw cell text can be a title at all: every title names a 表 except the one above. A
 * cheap test before squeezing, for scans over every body row.
 */
export function mayBeTitle(raw: string): boolean {
  return raw.indexOf("表") >= 0 || raw.indexOf("政府采购预算") >= 0 || raw.indexOf("机关运行经费") >= 0;
}

/**
 * Henan's 预算09表 is titled "2021年机关运行经费", without 表: with its year in front it is the
 * table (a bare "机关运行经费" or "九、2021年机关运行经费" is a heading of the narrative).
 */
const OPERATING_COSTS_WITHOUT_BIAO = /^[0-9]{4}年(度)?(部门|单位)?机关运行经费(支出)?(预算|决算)?(情况)?$/;

function matchTitle(squeezedTitle: string): TemplateId | undefined {
  // A note under a table ("注：无政府采购预算，空表列示。") names tables but is not a title.
  if (NOTE_START.test(squeezedTitle)) return undefined;
  const t = normalizeTitle(squeezedTitle);
  if (TITLE_WITHOUT_BIAO.test(t)) return "procurement";
  if (OPERATING_COSTS_WITHOUT_BIAO.test(squeezedTitle)) return "operating-costs";
  if (t.length < 3 || t.length > 80 || !/表/.test(t)) return undefined;
  for (const rule of TITLE_RULES) if (rule.test(t)) return rule.id ?? undefined;
  return undefined;
}
