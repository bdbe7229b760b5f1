/**
 * 绩效指标值 (indicator targets) and actual values: parsing the forms of docs/domain.md §4.2 and
 * deciding whether an actual value meets a target. Host-free; reused by the custom functions
 * (TARGETMET, TARGETSCORE), the goal-sheet rules and the self-evaluation scoring.
 *
 * Target forms (full-width and half-width alike):
 *   ≥N单位 / ＞N / ≤N单位 / ＜N / =N / bare "N单位" (= "=") / "N以上" / "N以内"
 *   ranges "6-9个月", "90%~95%"
 *   dates "不晚于12月底", "12月底前", "2020年12月底", "2023-06-30", "年底前"
 *   qualitative "明显提高", "有效缓解", "合规" …
 * Non-standard forms ("70%左右", "≈5", "约3个") are reported, not guessed (§4.2).
 *
 * Numbers are read by the project's value parser (model/values.ts); this module only splits the
 * symbol, the number and the unit around it.
 */
import { normalizeText, parseText } from "./values";
import { moneyFromNumber } from "./money";

export type TargetOp = ">=" | ">" | "<=" | "<" | "=";
/** 正向 / 反向 / 定性 (docs/domain.md §4.2, §5). */
export type Direction = "positive" | "negative" | "qualitative";

export interface Quantity {
  /** The number; a percentage is a fraction (95% → 0.95). */
  value: number;
  /** Unit as written after normalisation ("%", "万元", "月", "人次", "" when none). */
  unit: string;
}

export interface PartialDate {
  year?: number;
  month: number;
  /** Day of month; undefined when only the month is known ("12月", "12月底" gives 31). */
  day?: number;
}

export type IndicatorTarget =
  | { kind: "number"; op: TargetOp; quantity: Quantity; explicitOp: boolean; text: string }
  | { kind: "range"; low: Quantity; high: Quantity; text: string }
  | { kind: "date"; op: "<=" | ">=" | "="; date: PartialDate; text: string }
  | { kind: "qualitative"; text: string }
  | { kind: "invalid"; reason: "empty" | "approximate" | "unparsed"; text: string };

/** Outcome tiers of a qualitative indicator (达成 / 部分达成 / 未达成). */
export type Tier = "met" | "partial" | "unmet";

export type ActualValue =
  | { kind: "empty" }
  | { kind: "number"; quantity: Quantity; /** a plain cell number (may be a date serial) */ plain: boolean }
  | { kind: "date"; date: PartialDate }
  | { kind: "tier"; tier: Tier }
  | { kind: "text"; text: string }
  | { kind: "error"; code: string };

// ---------------------------------------------------------------------------------------------
// Lexical helpers

/** Text squeezed for matching: NFKC, no whitespace, one spelling for the comparison symbols. */
function squeezeTarget(text: string): string {
  return normalizeText(text)
    .replace(/\s+/g, "")
    .replace(/≧/g, "≥")
    .replace(/≦/g, "≤")
    .replace(/[(][^()]*[)]$/, ""); // trailing note such as "(含)"
}

const OP_PREFIXES: ReadonlyArray<readonly [string, TargetOp]> = (
  [
    ["大于或等于", ">="], ["大于等于", ">="], ["不得低于", ">="], ["不得少于", ">="], ["不低于", ">="],
    ["不少于", ">="], ["不小于", ">="], ["至少", ">="], ["≥", ">="], [">=", ">="], ["=>", ">="],
    ["小于或等于", "<="], ["小于等于", "<="], ["不得超过", "<="], ["不得高于", "<="], ["不高于", "<="],
    ["不超过", "<="], ["不多于", "<="], ["不大于", "<="], ["控制在", "<="], ["至多", "<="], ["最多", "<="],
    ["≤", "<="], ["<=", "<="], ["=<", "<="],
    ["大于", ">"], ["高于", ">"], ["超过", ">"], ["多于", ">"], [">", ">"],
    ["小于", "<"], ["低于", "<"], ["少于", "<"], ["不到", "<"], ["<", "<"],
    ["等于", "="], ["达到", "="], ["==", "="], ["=", "="],
  ] as Array<[string, TargetOp]>
).sort((a, b) => b[0].length - a[0].length);

const OP_SUFFIXES: ReadonlyArray<readonly [string, TargetOp]> = [
  ["及以上", ">="], ["以上", ">="], ["及以下", "<="], ["以下", "<="], ["以内", "<="], ["之内", "<="],
];

function takeOpPrefix(s: string): { op: TargetOp; rest: string } | undefined {
  for (const [p, op] of OP_PREFIXES) if (s.startsWith(p)) return { op, rest: s.slice(p.length) };
  return undefined;
}

function takeOpSuffix(s: string): { op: TargetOp; rest: string } | undefined {
  for (const [p, op] of OP_SUFFIXES) if (s.length > p.length && s.endsWith(p)) return { op, rest: s.slice(0, -p.length) };
  return undefined;
}

const NUMBER_HEAD = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|^[+-]?\.\d+/;

/** "95%" → {0.95, "%"}; "20万元" → {20, "万元"}; "13个月" → {13, "月"}. Undefined when no leading number. */
export function parseQuantity(text: string): Quantity | undefined {
  const s = text.replace(/\s+/g, "");
  const m = NUMBER_HEAD.exec(s);
  if (!m) return undefined;
  let unit = s.slice(m[0].length);
  let numberText = m[0];
  if (unit.startsWith("%") || unit === "百分比" || unit === "百分点") {
    numberText += "%";
    unit = "%";
  } else if (/^[\d.]/.test(unit)) {
    return undefined;
  }
  const p = parseText(numberText);
  if (p.kind !== "number") return undefined;
  return { value: p.value, unit: normalizeUnit(unit) };
}

const UNIT_ALIASES: Record<string, string> = {
  个月: "月", 月底: "月", 月末: "月", 月份: "月", 日: "天", 个工作日: "工作日", 工作天: "工作日",
  个小时: "小时", 钟头: "小时", 周岁: "岁",
};

function normalizeUnit(unit: string): string {
  const u = unit.replace(/^[/／]/, "/");
  return UNIT_ALIASES[u] ?? u;
}

const SCALE_PREFIXES: ReadonlyArray<readonly [string, number]> = [["百万", 1e6], ["千万", 1e7], ["万", 1e4], ["亿", 1e8], ["千", 1e3]];

/** A unit split into its scale and base: "万元" → 1e4 × "元"; "人次" → 1 × "人次". */
export function unitScale(unit: string): { scale: number; base: string } {
  if (unit === "%") return { scale: 1, base: "%" };
  for (const [p, k] of SCALE_PREFIXES) {
    if (unit.startsWith(p)) return { scale: k, base: UNIT_ALIASES[unit.slice(p.length)] ?? unit.slice(p.length) };
  }
  return { scale: 1, base: unit };
}

// ---------------------------------------------------------------------------------------------
// Dates

const DATE_PREFIXES: ReadonlyArray<readonly [string, "<=" | ">=" | "="]> = [
  ["不晚于", "<="], ["不迟于", "<="], ["最迟于", "<="], ["最迟", "<="], ["最晚", "<="], ["截止到", "<="], ["截至", "<="],
  ["截止", "<="], ["不早于", ">="], ["于", "<="], ["在", "<="],
];
const DATE_SUFFIXES: ReadonlyArray<readonly [string, "<=" | ">=" | "="]> = [
  ["之前", "<="], ["以前", "<="], ["前", "<="], ["之后", ">="], ["以后", ">="], ["后", ">="], ["完成", "<="], ["内", "<="],
];

/** "2020年12月底", "12月31日", "11月", "2023-06-30", "年底" → a partial date. */
export function parseDate(text: string): PartialDate | undefined {
  const s = text.replace(/\s+/g, "");
  let m = /^(?:(\d{4})年)?(\d{1,2})月(底|末|初|上旬|中旬|下旬|(\d{1,2})[日号]?)?份?$/.exec(s);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return undefined;
    const date: PartialDate = { month };
    if (m[1]) date.year = Number(m[1]);
    const tail = m[3];
    if (tail === "底" || tail === "末" || tail === "下旬") date.day = 31;
    else if (tail === "初") date.day = 1;
    else if (tail === "上旬") date.day = 10;
    else if (tail === "中旬") date.day = 20;
    else if (m[4]) {
      date.day = Number(m[4]);
      if (date.day < 1 || date.day > 31) return undefined;
    }
    return date;
  }
  m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(s);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return undefined;
    const date: PartialDate = { year: Number(m[1]), month };
    if (m[3]) date.day = Number(m[3]);
    return date;
  }
  m = /^(?:(\d{4})年)?(年底|年末|年内|全年|上半年|年中)$/.exec(s);
  if (m) {
    const half = m[2] === "上半年" || m[2] === "年中";
    const date: PartialDate = { month: half ? 6 : 12, day: half ? 30 : 31 };
    if (m[1]) date.year = Number(m[1]);
    return date;
  }
  return undefined;
}

/** A spreadsheet date serial (days since 1899-12-30) as a date. */
export function dateFromSerial(serial: number): PartialDate {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Compares two dates at the precision both have (year only when both have it; day likewise). */
export function compareDates(a: PartialDate, b: PartialDate): number {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return a.year < b.year ? -1 : 1;
  if (a.month !== b.month) return a.month < b.month ? -1 : 1;
  if (a.day !== undefined && b.day !== undefined && a.day !== b.day) return a.day < b.day ? -1 : 1;
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Targets

const APPROXIMATE = /左右|上下浮动|≈|^约|^大约|^近|^接近/;

export function parseTarget(raw: string | number | null | undefined): IndicatorTarget {
  if (typeof raw === "number") {
    return { kind: "number", op: "=", quantity: { value: raw, unit: "" }, explicitOp: false, text: String(raw) };
  }
  if (typeof raw === "string") {
    const plain = parsePlainTarget(raw);
    if (plain) return plain;
  }
  return parseTargetText(raw == null ? "" : String(raw));
}

/**
 * The commonest explicit target: a comparison symbol, plain digits and one of the units below,
 * nothing else ("≤102576.61万元", "≥20人"). Every project of a county workbook has its own cost cap,
 * so thousands of distinct texts take this one pattern instead of the full parser (which reads them
 * the same: a test checks every symbol and unit). Full-width forms, spaces, thousands separators
 * and other units go the full way.
 */
const PLAIN_TARGET = /^(<=|>=|≤|≥|<|>)(\d+(?:\.\d+)?)(万元|亿元|千元|元|人次|人|次|个|项|户|家|所|台|套|件|场|天|小时)$/;

const PLAIN_OPS: Record<string, TargetOp> = { "<=": "<=", ">=": ">=", "≤": "<=", "≥": ">=", "<": "<", ">": ">" };

/** A target of the plain form above, or undefined for any other text. */
export function parsePlainTarget(text: string): IndicatorTarget | undefined {
  const m = PLAIN_TARGET.exec(text);
  if (!m) return undefined;
  return { kind: "number", op: PLAIN_OPS[m[1]], quantity: { value: Number(m[2]), unit: m[3] }, explicitOp: true, text };
}

/** The full parser of a target's text (every form of the module comment). */
export function parseTargetText(original: string): IndicatorTarget {
  const s = squeezeTarget(original);
  if (s === "") return { kind: "invalid", reason: "empty", text: original };
  const hasDigit = /\d/.test(s);
  if (hasDigit && APPROXIMATE.test(s)) return { kind: "invalid", reason: "approximate", text: original };

  // Dates (before ranges: "2020-12" is a date, not a range).
  const date = parseDateTarget(s);
  if (date) return { ...date, text: original };
  if (!hasDigit) {
    return /^[-—/\\]*$/.test(s) ? { kind: "invalid", reason: "empty", text: original } : { kind: "qualitative", text: original };
  }

  const pre = takeOpPrefix(s);
  let body = pre ? pre.rest : s;
  let op: TargetOp | undefined = pre?.op;
  const post = takeOpSuffix(body);
  if (post) {
    body = post.rest;
    op = op ?? post.op;
  }

  if (!pre) {
    const range = parseRange(body);
    if (range) return { kind: "range", low: range[0], high: range[1], text: original };
  }
  const q = parseQuantity(body);
  if (!q) {
    // Words that do not start with a number ("达到国家2级标准") are a qualitative target.
    const wordy = !NUMBER_HEAD.test(body);
    return wordy ? { kind: "qualitative", text: original } : { kind: "invalid", reason: "unparsed", text: original };
  }
  return { kind: "number", op: op ?? "=", quantity: q, explicitOp: op !== undefined, text: original };
}

function parseDateTarget(s: string): { kind: "date"; op: "<=" | ">=" | "="; date: PartialDate } | undefined {
  let body = s;
  let op: "<=" | ">=" | "=" | undefined;
  for (const [p, o] of DATE_PREFIXES) {
    if (body.startsWith(p) && body.length > p.length) {
      body = body.slice(p.length);
      op = o;
      break;
    }
  }
  // Strip "前", "完成", "之前" … one at a time ("12月底前完成"), trying the date at each step.
  for (let guard = 0; guard < 4; guard++) {
    const date = parseDate(body);
    // A deadline: "11月底" alone means "by the end of November".
    if (date) return { kind: "date", op: op ?? "<=", date };
    const suffix = DATE_SUFFIXES.find(([p]) => body.endsWith(p) && body.length > p.length);
    if (!suffix) return undefined;
    body = body.slice(0, -suffix[0].length);
    op = op ?? suffix[1];
  }
  return undefined;
}

function parseRange(s: string): [Quantity, Quantity] | undefined {
  const m = /^([+-]?[\d.,]+)([^\d\-~—至到]*)(?:-|~|—|至|到)([\d.,]+)(.*)$/.exec(s);
  if (!m) return undefined;
  let lowUnit = m[2];
  const highUnit = m[4];
  if (lowUnit === "" && highUnit.startsWith("%")) lowUnit = "%";
  const low = parseQuantity(m[1] + lowUnit);
  const high = parseQuantity(m[3] + highUnit);
  if (!low || !high) return undefined;
  if (low.unit !== "" && high.unit !== "" && low.unit !== high.unit) return undefined;
  const unit = high.unit || low.unit;
  low.unit = unit;
  high.unit = unit;
  return low.value <= high.value ? [low, high] : [high, low];
}

/** 正向 for ≥ > = and bare values, 反向 for ≤ <, 定性 for text (docs/domain.md §4.2, K1). */
export function targetDirection(target: IndicatorTarget): Direction | undefined {
  switch (target.kind) {
    case "number":
      return target.op === "<=" || target.op === "<" ? "negative" : "positive";
    case "date":
      return target.op === ">=" ? "positive" : "negative";
    case "qualitative":
      return "qualitative";
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Actual values

const TIER_WORDS: ReadonlyArray<readonly [RegExp, Tier]> = [
  [/^(未|没有|尚未|不)(能)?(达到|达成|完成|实现|达标|符合)|^否$|^不合格|^不达标/, "unmet"],
  [/^(部分|基本)(达到|达成|完成|实现)/, "partial"],
  [/^(已|全部|全面|均已|已经)?(达到|达成|完成|实现|达标|符合|合格)|^是$/, "met"],
];

export function tierOf(text: string): Tier | undefined {
  const s = normalizeText(text).replace(/\s+/g, "");
  for (const [re, tier] of TIER_WORDS) if (re.test(s)) return tier;
  return undefined;
}

export function parseActual(raw: string | number | boolean | null | undefined): ActualValue {
  if (raw === null || raw === undefined) return { kind: "empty" };
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? { kind: "number", quantity: { value: raw, unit: "" }, plain: true } : { kind: "error", code: "#NUM!" };
  }
  if (typeof raw === "boolean") return { kind: "tier", tier: raw ? "met" : "unmet" };
  const plain = parseText(raw);
  if (plain.kind === "empty") return { kind: "empty" };
  if (plain.kind === "error") return { kind: "error", code: plain.code };
  if (plain.kind === "number") {
    return { kind: "number", quantity: { value: plain.value, unit: plain.percent ? "%" : plain.moneyUnit ?? "" }, plain: false };
  }
  const s = squeezeTarget(raw);
  const tier = tierOf(s);
  if (tier) return { kind: "tier", tier };
  const date = parseDate(s);
  if (date) return { kind: "date", date };
  const pre = takeOpPrefix(s);
  const q = parseQuantity(pre ? pre.rest : s);
  if (q) return { kind: "number", quantity: q, plain: false };
  return { kind: "text", text: raw };
}

// ---------------------------------------------------------------------------------------------
// Judging

export type JudgeError =
  | { error: "empty-actual" }
  | { error: "invalid-target"; reason: "empty" | "approximate" | "unparsed" }
  | { error: "unit-mismatch"; actualUnit: string; targetUnit: string }
  /** A number above 2 without a unit against a percentage: 90 may mean 90% or 9000%. */
  | { error: "ambiguous-percent"; value: number }
  | { error: "not-comparable" }
  | { error: "qualitative-actual" }
  | { error: "actual-error"; code: string };

export type Judgement = { met: boolean; ratio: number } | JudgeError;

export function isJudgeError(j: Judgement): j is JudgeError {
  return (j as JudgeError).error !== undefined;
}

/** Score share of a qualitative tier (docs/domain.md §5: 100%-80%(含) / 80%-60%(含) / 60%-0%). */
export const TIER_RATIO: Record<Tier, number> = { met: 1, partial: 0.6, unmet: 0 };
/** Lowest grade that still counts as 达成 for a qualitative indicator. */
export const MET_GRADE = 0.8;

/**
 * Whether `actual` meets `target`, and the share of the indicator's points it earns:
 * 正向 min(实际/指标, 1); 反向 min(指标/实际, 1); a range is 正向 below and 反向 above; dates all or
 * nothing; 定性 by tier (达成 100%, 部分达成 60%, 未达成 0%) or by a grade given as a percentage.
 * `direction` overrides the direction read from the symbol (e.g. a bare "20万元" cost cap is 反向).
 */
export function judgeTarget(target: IndicatorTarget, actual: ActualValue, direction?: Direction): Judgement {
  if (target.kind === "invalid") return { error: "invalid-target", reason: target.reason };
  if (actual.kind === "empty") return { error: "empty-actual" };
  if (actual.kind === "error") return { error: "actual-error", code: actual.code };
  if (direction === "qualitative" || target.kind === "qualitative") return judgeQualitative(target, actual);

  switch (target.kind) {
    case "number": {
      const a = actualIn(target.quantity, actual);
      if (typeof a !== "number") return a;
      let op = target.op;
      if (direction === "positive" && (op === "<=" || op === "<" || op === "=")) op = op === "<" ? ">" : ">=";
      else if (direction === "negative" && (op === ">=" || op === ">" || op === "=")) op = op === ">" ? "<" : "<=";
      const t = target.quantity.value;
      const c = compareValues(a, t, target.quantity.unit);
      if (op === "<=" || op === "<") {
        const met = op === "<=" ? c <= 0 : c < 0;
        return { met, ratio: c <= 0 ? 1 : t > 0 ? t / a : 0 };
      }
      const met = op === ">" ? c > 0 : c >= 0; // "=" counts as 正向 (K1)
      return { met, ratio: c >= 0 ? 1 : t > 0 ? Math.max(0, a / t) : 0 };
    }
    case "range": {
      const a = actualIn(target.low, actual);
      if (typeof a !== "number") return a;
      const lo = target.low.value;
      const hi = target.high.value;
      const unit = target.low.unit;
      if (compareValues(a, lo, unit) < 0) return { met: false, ratio: lo > 0 ? Math.max(0, a / lo) : 0 };
      if (compareValues(a, hi, unit) > 0) return { met: false, ratio: hi > 0 ? hi / a : 0 };
      return { met: true, ratio: 1 };
    }
    case "date": {
      let d: PartialDate | undefined;
      if (actual.kind === "date") d = actual.date;
      else if (actual.kind === "number") {
        const v = actual.quantity.value;
        const unit = actual.quantity.unit;
        if ((unit === "月" || unit === "") && Number.isInteger(v) && v >= 1 && v <= 12) d = { month: v };
        else if (unit === "" && actual.plain && v > 366) d = dateFromSerial(v);
      }
      if (!d) return { error: "not-comparable" };
      const c = compareDates(d, target.date);
      const met = target.op === "<=" ? c <= 0 : target.op === ">=" ? c >= 0 : c === 0;
      return { met, ratio: met ? 1 : 0 };
    }
  }
  return { error: "not-comparable" };
}

function judgeQualitative(target: IndicatorTarget, actual: ActualValue): Judgement {
  if (actual.kind === "tier") return { met: actual.tier === "met", ratio: TIER_RATIO[actual.tier] };
  if (actual.kind === "number") {
    const q = actual.quantity;
    if (q.unit === "%" || (q.unit === "" && q.value >= 0 && q.value <= 1)) {
      const g = Math.min(1, Math.max(0, q.value));
      return { met: g >= MET_GRADE, ratio: g };
    }
  }
  if (actual.kind === "text" && target.kind === "qualitative") {
    const same = squeezeTarget(actual.text) === squeezeTarget(target.text);
    if (same) return { met: true, ratio: 1 };
  }
  return { error: "qualitative-actual" };
}

/** The largest bare number read as a fraction against a percentage target (200%). */
const MAX_BARE_FRACTION = 2;

/** The actual value expressed in the target's unit, or why it cannot be. */
export function actualIn(target: Quantity, actual: ActualValue): number | JudgeError {
  if (actual.kind === "date" && target.unit === "月") return actual.date.month;
  if (actual.kind !== "number") return { error: "not-comparable" };
  const a = actual.quantity;
  // A percentage target is a fraction (95% → 0.95), and so is a bare number up to 2 (a cell
  // formatted as 101% holds 1.01). Above that, a bare 90 is 90% typed without its sign far more
  // often than 9000%, but guessing would score it silently: ask for the unit instead.
  if (a.unit === "" && target.unit === "%" && Math.abs(a.value) > MAX_BARE_FRACTION) return { error: "ambiguous-percent", value: a.value };
  if (a.unit === "" || (target.unit === "" && a.unit !== "%")) return a.value;
  if (a.unit === target.unit) return a.value;
  const ua = unitScale(a.unit);
  const ut = unitScale(target.unit);
  if (ua.base === ut.base || ua.base === "" || ut.base === "") {
    if (ua.base === "%" || ut.base === "%") return { error: "unit-mismatch", actualUnit: a.unit, targetUnit: target.unit };
    return (a.value * ua.scale) / ut.scale;
  }
  return { error: "unit-mismatch", actualUnit: a.unit, targetUnit: target.unit };
}

const MONEY_BASE = /^元$/;

/**
 * a <=> b for indicator values. Money units (元, 万元, 亿元) compare as exact Money; other values
 * (rates, counts, months) compare at a relative precision of 1e-9, far below any written decimal.
 */
export function compareValues(a: number, b: number, unit: string): number {
  if (MONEY_BASE.test(unitScale(unit).base)) {
    const ma = moneyFromNumber(a);
    const mb = moneyFromNumber(b);
    return ma === mb ? 0 : ma < mb ? -1 : 1;
  }
  const d = a - b;
  if (Math.abs(d) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) return 0;
  return d < 0 ? -1 : 1;
}

/** "≤102576.61万元" and the like: a comparison, a plain number and a money unit, nothing else. */
const PLAIN_CAP = /^(?:≤|≥|<=|>=|<|>|＜|＞|=)?(\d+(?:\.\d+)?)(万元|万|元)$/;

/**
 * The amount of a cost target in 万元, or undefined when it is not a money amount. Plain caps, nearly
 * all of them, are read by one pattern; anything else goes to the full target parser (which a
 * workbook's first check would otherwise compile just for these).
 */
export function capInWan(text: string): number | undefined {
  const plain = PLAIN_CAP.exec(text);
  if (plain) return plain[2] === "元" ? Number(plain[1]) / 10000 : Number(plain[1]);
  const target = parseTarget(text);
  if (target.kind !== "number") return undefined;
  const unit = target.quantity.unit;
  if (unit === "万元" || unit === "万") return target.quantity.value;
  if (unit === "元") return target.quantity.value / 10000;
  return undefined;
}
