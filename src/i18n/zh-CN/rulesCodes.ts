export const rulesCodes = {
} as const;
