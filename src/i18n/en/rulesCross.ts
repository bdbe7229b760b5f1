import type { rulesCross as zh } from "../zh-CN/rulesCross";

export const rulesCross: Record<keyof typeof zh, string> = {
};
