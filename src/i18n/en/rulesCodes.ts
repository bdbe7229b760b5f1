import type { rulesCodes as zh } from "../zh-CN/rulesCodes";

export const rulesCodes: Record<keyof typeof zh, string> = {
};
