import { common } from "./common";
import { rules } from "./rules";
import { cli } from "./cli";
import { functions } from "./functions";

export const zhCN = { ...common, ...rules, ...cli, ...functions };
