import type { rules as zh } from "../zh-CN/rules";

export const rules: Record<keyof typeof zh, string> = {
};
