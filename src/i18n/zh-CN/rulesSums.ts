export const rulesSums = {
} as const;
