import type { recognize as zh } from "../zh-CN/recognize";

export const recognize: Record<keyof typeof zh, string> = {
};
