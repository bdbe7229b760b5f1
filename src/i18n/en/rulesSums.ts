import type { rulesSums as zh } from "../zh-CN/rulesSums";

export const rulesSums: Record<keyof typeof zh, string> = {
};
