/** Every rule's examples, by rule id (test/rules/rule-examples.test.ts checks each rule has one). */
import type { RuleExamples } from "./types";
import { sumsExamples } from "./sums";
import { crossExamples } from "./cross";
import { codesExamples, hygieneExamples } from "./codes-hygiene";
import { goalsExamples } from "./goals";

export const ruleExamples: Record<string, RuleExamples> = {
  ...sumsExamples,
  ...crossExamples,
  ...codesExamples,
  ...hygieneExamples,
  ...goalsExamples,
};
