export const rulesHygiene = {
} as const;
