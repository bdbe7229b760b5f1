/**
 * What the 绩效目标 tab's forms compute, apart from React: the types a search matches, a type's
 * preview rows, the template's write plan, the self-evaluation weights as typed. Host-free.
 */
import { PROJECT_TYPES, type ProjectType } from "../../catalog/indicator-library";
import type { Framework } from "../../catalog/indicator-frameworks";
import type { Locale } from "../../catalog/messages";
import { filledRows, generateGoalTables } from "../../fill/goal-sheets";
import { suggestTypes, type TypeSuggestion } from "../../fill/type-match";
import type { Weights } from "../../fill/self-evaluation";
import { moneyFromNumber, type Money } from "../../model/money";
import { squeeze } from "../../model/values";
import type { WritePlan } from "../../model/write-plan";

/** The library types a search matches, best first: the keyword suggestions, then names that contain it. */
export function typesMatching(query: string): ProjectType[] {
  const q = squeeze(query);
  if (!q) return PROJECT_TYPES.slice();
  const related = (type: ProjectType) => type.name.indexOf(q) >= 0 || q.indexOf(type.name) >= 0 || type.keywords.some((k) => q.indexOf(k) >= 0 || k.indexOf(q) >= 0);
  const ordered = suggestTypes(q, PROJECT_TYPES.length).map((s) => s.type).concat(PROJECT_TYPES);
  const out: ProjectType[] = [];
  for (const type of ordered) if (related(type) && out.indexOf(type) < 0) out.push(type);
  return out;
}

export interface PreviewRow {
  level1: string;
  level2: string;
  name: string;
  /** The 指标值 as it will be written, or empty when the user fills it. */
  target: string;
  /** The pattern of a cell left to fill ("≥{数量}人次"), or of a cost cap while no amount is given. */
  pattern?: string;
  kind: "filled" | "to-fill" | "cap-pending";
}

/** A type's rows in a framework; cost caps from `amount` when there is one. */
export function previewRows(type: ProjectType, framework: Framework, amount: Money | undefined): PreviewRow[] {
  return filledRows(type, { name: type.name, typeId: type.id, total: amount ?? 0, fiscal: amount ?? 0, other: 0 }, framework).map((f) => {
    const base = { level1: f.placed.level1, level2: f.placed.level2, name: f.placed.indicator.name };
    if (f.placeholder !== undefined) return { ...base, target: "", pattern: f.placeholder, kind: "to-fill" as const };
    if (amount === undefined && f.placed.indicator.target.indexOf("{金额}") >= 0) return { ...base, target: "", pattern: f.placed.indicator.target, kind: "cap-pending" as const };
    return { ...base, target: f.target, kind: "filled" as const };
  });
}

/** The standard template of a type as one project's goal table (the 申报表 layout). */
export function libraryPlan(type: ProjectType, project: string, amountWan: number, framework: Framework, locale: Locale): WritePlan {
  const money = moneyFromNumber(amountWan);
  const name = squeeze(project) || type.name;
  return generateGoalTables([{ name, typeId: type.id, total: money, fiscal: money, other: 0 }], { framework, locale }).plans[0];
}

/**
 * The three best types for a project name, and the one preselected: the best whose keyword is in
 * the name. A suggestion by resemblance alone is offered first in the list but not chosen for the user.
 */
export function suggestionsFor(projectName: string): { suggestions: TypeSuggestion[]; typeId: string } {
  const suggestions = suggestTypes(projectName, 3);
  const sure = suggestions.find((s) => s.keywords.length > 0);
  return { suggestions, typeId: sure ? sure.type.id : "" };
}

export type WeightKey = keyof Weights;
export const WEIGHT_KEYS: readonly WeightKey[] = ["execution", "output", "benefit", "satisfaction"];

/** The weights as typed: each a whole number 0..100, adding up to 100. */
export function readWeights(typed: Record<WeightKey, string>): { weights?: Weights; invalid: WeightKey[]; total?: number } {
  const invalid = WEIGHT_KEYS.filter((k) => !/^\s*\d{1,3}\s*$/.test(typed[k]) || Number(typed[k]) > 100);
  if (invalid.length) return { invalid };
  const weights = { execution: Number(typed.execution), output: Number(typed.output), benefit: Number(typed.benefit), satisfaction: Number(typed.satisfaction) };
  const total = WEIGHT_KEYS.reduce((s, k) => s + weights[k], 0);
  return total === 100 ? { weights, invalid, total } : { invalid, total };
}
