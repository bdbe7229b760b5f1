export const functions = {
} as const;
