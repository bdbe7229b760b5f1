export const recognize = {
} as const;
