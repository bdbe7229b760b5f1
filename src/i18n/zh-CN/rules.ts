/** Rule descriptions and finding messages. Keys: rule.<id>.description, rule.<id>.<message>. */
export const rules = {
} as const;
