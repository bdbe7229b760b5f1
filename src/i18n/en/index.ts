import type { zhCN } from "../zh-CN";
import { common } from "./common";
import { rules } from "./rules";
import { cli } from "./cli";
import { functions } from "./functions";

/** Same keys as zh-CN; a missing key is a type error. */
export const en: Record<keyof typeof zhCN, string> = { ...common, ...rules, ...cli, ...functions };
