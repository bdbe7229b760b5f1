/**
 * Which library type a project is, from its name: the keywords of each type found in the name,
 * longer words weighing more ("医疗救助" over "救助"). The best three are suggested with the words
 * that matched; the user always chooses. A name that matches no keyword gets the types whose
 * names and keywords share the most two-character pieces with it, said so in the reason.
 */
import { PROJECT_TYPES, type ProjectType } from "../catalog/indicator-library";
import { squeeze } from "../model/values";

export interface TypeSuggestion {
  type: ProjectType;
  /** Keywords found in the name; empty when the suggestion is by resemblance only. */
  keywords: string[];
  score: number;
}

export function suggestTypes(projectName: string, count = 3, types: readonly ProjectType[] = PROJECT_TYPES): TypeSuggestion[] {
  const name = squeeze(projectName);
  const byKeyword: TypeSuggestion[] = [];
  for (const type of types) {
    const keywords = type.keywords.filter((k) => name.indexOf(k) >= 0);
    if (!keywords.length) continue;
    // Longer matched words are stronger evidence; the type's own name counts double.
    const score = keywords.reduce((s, k) => s + k.length * k.length, 0) + (name.indexOf(type.name) >= 0 ? 50 : 0);
    byKeyword.push({ type, keywords, score });
  }
  byKeyword.sort((a, b) => b.score - a.score || types.indexOf(a.type) - types.indexOf(b.type));
  if (byKeyword.length >= count || !name) return byKeyword.slice(0, count);
  const pieces = bigrams(name);
  const byResemblance = types
    .filter((type) => !byKeyword.some((s) => s.type === type))
    .map((type) => {
      const own = bigrams(type.name + type.keywords.join("|"));
      let shared = 0;
      pieces.forEach((p) => (own.has(p) ? (shared += 1) : 0));
      return { type, keywords: [], score: shared / 100 };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || types.indexOf(a.type) - types.indexOf(b.type));
  return [...byKeyword, ...byResemblance].slice(0, count);
}

function bigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) set.add(text.slice(i, i + 2));
  return set;
}
