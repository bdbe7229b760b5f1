import type { rulesHygiene as zh } from "../zh-CN/rulesHygiene";

export const rulesHygiene: Record<keyof typeof zh, string> = {
};
