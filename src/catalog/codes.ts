/**
 * The classification-code catalogue: look-ups by code and by name over 支出功能分类 and the two
 * 支出经济分类 (部门 / 政府). The bundled data is partial (see function-codes.ts and
 * economic-codes.ts); "not found" means "not bundled", not "does not exist".
 */
import { normalizeText } from "../model/values";
import { memoByText } from "../model/memo";
import type { CodeData, CodeEntry, CodeLevel, CodeSystem } from "./code-types";
import { FUNCTION_CLASSES, FUNCTION_ITEMS } from "./function-codes";
import {
  DEPARTMENT_ECONOMIC_CLASSES,
  DEPARTMENT_ECONOMIC_CODES,
  DEPARTMENT_TO_GOVERNMENT,
  GOVERNMENT_ECONOMIC_CLASSES,
  GOVERNMENT_ECONOMIC_CODES,
} from "./economic-codes";

export type { CodeData, CodeEntry, CodeLevel, CodeSystem } from "./code-types";

const DIGITS = /^\d+$/;

function build(system: CodeSystem, data: readonly CodeData[]): Map<string, CodeEntry> {
  const map = new Map<string, CodeEntry>();
  for (const d of data) {
    const level = codeLevel(d.code);
    if (level !== undefined) map.set(d.code, { ...d, system, level });
  }
  return map;
}

const catalogue: Record<CodeSystem, Map<string, CodeEntry>> = {
  function: build("function", FUNCTION_CLASSES.concat(FUNCTION_ITEMS)),
  "economic-department": build("economic-department", DEPARTMENT_ECONOMIC_CODES),
  "economic-government": build("economic-government", GOVERNMENT_ECONOMIC_CODES),
};

/** 1/2/3 for a code of 3/5/7 digits, undefined for anything else. */
export function codeLevel(code: string): CodeLevel | undefined {
  if (!DIGITS.test(code)) return undefined;
  return code.length === 3 ? 1 : code.length === 5 ? 2 : code.length === 7 ? 3 : undefined;
}

const parents = new Map<string, string | null>();
const PARENT_CACHE_LIMIT = 50000;

/** The code one level up (2080505 → 20805 → 208), undefined for a 类 or a malformed code. */
export function parentCode(code: string): string | undefined {
  // Asked for every code of every table; the answer per code is remembered.
  let parent = parents.get(code);
  if (parent === undefined) {
    const level = codeLevel(code);
    parent = level === 2 ? code.slice(0, 3) : level === 3 ? code.slice(0, 5) : null;
    if (parents.size >= PARENT_CACHE_LIMIT) parents.clear();
    parents.set(code, parent);
  }
  return parent ?? undefined;
}

/** Economic system of a code by its first digit: 3xx 部门, 5xx 政府. */
export function economicSystemOf(code: string): "economic-department" | "economic-government" | undefined {
  return code[0] === "3" ? "economic-department" : code[0] === "5" ? "economic-government" : undefined;
}

function cleanCode(code: string): string {
  // Codes as tables write them are plain digits: nothing to clean.
  if (typeof code === "string" && DIGITS.test(code)) return code;
  return normalizeText(String(code)).replace(/\s+/g, "");
}


/** The entry of a code in one system. */
export function findCodeIn(system: CodeSystem, code: string): CodeEntry | undefined {
  return catalogue[system].get(cleanCode(code));
}

/**
 * The entry of a code in any system. Function codes start with 2; an economic code is looked up in
 * the 部门 system when it starts with 3 and in the 政府 system when it starts with 5.
 */
export function findCode(code: string): CodeEntry | undefined {
  const c = cleanCode(code);
  const hit = catalogue.function.get(c);
  if (hit) return hit;
  const eco = economicSystemOf(c);
  return eco ? catalogue[eco].get(c) : undefined;
}

/** All bundled entries of a system, in catalogue order. */
export function catalogueEntries(system: CodeSystem): CodeEntry[] {
  return Array.from(catalogue[system].values());
}

/** Whether a 3-digit economic class exists in the current classifications (named or not). */
export function isEconomicClass(code: string): boolean {
  return DEPARTMENT_ECONOMIC_CLASSES.indexOf(code) >= 0 || GOVERNMENT_ECONOMIC_CLASSES.indexOf(code) >= 0;
}

/**
 * The entry that makes a code obsolete: the code itself (30104) or its 5-digit parent (3010401).
 */
export function obsoleteEntryFor(code: string): CodeEntry | undefined {
  const c = cleanCode(code);
  const own = findCode(c);
  if (own && own.obsolete) return own;
  if (c.length === 7) {
    const parent = findCode(c.slice(0, 5));
    if (parent && parent.obsolete) return parent;
  }
  return undefined;
}

/**
 * The 政府经济分类 code a 部门经济分类 code maps to (30101 → 50101, 301 → 501). A local 7-digit
 * item maps through its 5-digit parent. Undefined when the bundled mapping has no entry.
 */
export function governmentCodeFor(departmentCode: string): string | undefined {
  const c = cleanCode(departmentCode);
  const direct = DEPARTMENT_TO_GOVERNMENT[c];
  if (direct) return direct;
  return c.length === 7 && /^\d+$/.test(c) ? DEPARTMENT_TO_GOVERNMENT[c.slice(0, 5)] : undefined;
}

// ---- names ----

const ORDINAL = /^(?:[(](?:[一二三四五六七八九十百零〇]+|\d+)[)]|(?:[一二三四五六七八九十百零〇]+|\d+)[、.,)])/;

// Names repeat across a workbook (every department lists 行政运行): remember them.
const normalizedName = memoByText(normalizeNameOnce, 50000);

/**
 * A name squeezed for comparison: NFKC (full-width → half-width), no whitespace, no quotes, one
 * bracket style, no leading ordinal ("八、", "(1)", "1.") or "其中：", no trailing punctuation or 支出.
 */
export function normalizeName(text: string): string {
  return normalizedName(String(text));
}

function normalizeNameOnce(text: string): string {
  let s = normalizeText(text).replace(/\s+/g, "");
  s = s.replace(/["'“”‘’「」『』]/g, "");
  s = s.replace(/[[【〔{]/g, "(").replace(/[\]】〕}]/g, ")");
  s = s.replace(/^其中[:：]?/, "");
  s = s.replace(ORDINAL, "");
  s = s.replace(/[、,，.。:：;；]+$/, "");
  s = s.replace(/支出$/, "");
  return s;
}

/** Without bracketed qualifiers: "职工基本医疗保险缴费(含生育保险)" → "职工基本医疗保险缴费". */
function withoutBrackets(normalized: string): string {
  return normalized.replace(/\([^()]*\)/g, "");
}

/** Normalised names of an entry (name first, then aliases), and the same without brackets. */
interface EntryNames {
  names: string[];
  bare: string[];
}

const entryNames = new WeakMap<CodeData, EntryNames>();

function namesOf(entry: CodeData): EntryNames {
  let cached = entryNames.get(entry);
  if (!cached) {
    const names = [entry.name].concat(entry.aliases ? entry.aliases.slice() : []).map(normalizeName);
    cached = { names, bare: names.map(withoutBrackets) };
    entryNames.set(entry, cached);
  }
  return cached;
}

/**
 * Whether a written name is the catalogue name of an entry (or one of its aliases), tolerating
 * whitespace, full/half-width forms, bracket styles, quotes, an ordinal prefix, a trailing 支出 and
 * a bracketed qualifier such as "（含生育保险）". Another item's name never matches.
 */
export function namesMatch(entry: CodeData, writtenName: string): boolean {
  const written = normalizeName(writtenName);
  if (!written) return false;
  const { names, bare: bareNames } = namesOf(entry);
  if (names.indexOf(written) >= 0) return true;
  const bare = withoutBrackets(written);
  return bare !== "" && bareNames.indexOf(bare) >= 0;
}

/** Entries of a system whose name (or an alias) is the written name, as namesMatch decides. */
export function entriesNamed(system: CodeSystem, writtenName: string): CodeEntry[] {
  const out: CodeEntry[] = [];
  catalogue[system].forEach((e) => {
    if (namesMatch(e, writtenName)) out.push(e);
  });
  return out;
}

/** The last year a former name of the entry was current, when the written name is one; else undefined. */
export function formerNameUntil(entry: CodeData, writtenName: string): number | undefined {
  if (!entry.formerNames) return undefined;
  const written = normalizeName(writtenName);
  for (const f of entry.formerNames) if (normalizeName(f.name) === written) return f.until;
  return undefined;
}

/** The year a table is for, from its title ("2017年度收入决算表" → 2017); undefined when it names none. */
export function yearOfTitle(title: string): number | undefined {
  const m = /(19|20)\d{2}(?=年)/.exec(normalizeText(title));
  return m ? Number(m[0]) : undefined;
}

let classIndex: Map<string, string> | undefined;

/**
 * The function class code of an expenditure-class name as written in a 收支总表 row:
 * "社会保障和就业支出", "八、社会保障和就业支出", "十二、城乡社区事务" → "208", "208", "212".
 * Undefined for anything else (e.g. the Hebei-only row "人行科目").
 */
export function classCodeByName(name: string): string | undefined {
  if (!classIndex) {
    classIndex = new Map();
    for (const e of catalogue.function.values()) {
      if (e.level !== 1) continue;
      for (const n of namesOf(e).names) classIndex.set(n, e.code);
      // A 总表 of an earlier year names its classes as they were then (医疗卫生与计划生育支出).
      if (e.formerNames) for (const f of e.formerNames) classIndex.set(normalizeName(f.name), e.code);
    }
  }
  const n = normalizeName(name);
  if (!n) return undefined;
  return classIndex.get(n) ?? classIndex.get(withoutBrackets(n));
}
