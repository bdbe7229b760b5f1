/** The rule registry. Add a rule here and give it a spec file test/rules/<id>.test.ts. */
import type { Rule } from "./types";

// --- within-table sums and cross-table identities ---
// --- codes ---
// --- hygiene ---

export const allRules: Rule[] = [
  // --- within-table sums and cross-table identities ---
  // --- codes ---
  // --- hygiene ---
];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
