import type { cli as zh } from "../zh-CN/cli";

export const cli: Record<keyof typeof zh, string> = {
};
