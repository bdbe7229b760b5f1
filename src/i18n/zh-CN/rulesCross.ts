export const rulesCross = {
} as const;
