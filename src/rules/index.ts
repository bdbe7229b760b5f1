/** The rule registry. Add a rule here and give it a spec file test/rules/<id>.test.ts. */
import type { Rule } from "./types";

export const allRules: Rule[] = [];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
