import type { functions as zh } from "../zh-CN/functions";

export const functions: Record<keyof typeof zh, string> = {
};
