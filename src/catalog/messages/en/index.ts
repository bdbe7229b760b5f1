import type { zhCN } from "../zh-CN";
import { common } from "./common";
import { recognize } from "./recognize";
import { rulesSums } from "./rulesSums";
import { locate } from "./locate";
import { rulesCross } from "./rulesCross";
import { rulesCodes } from "./rulesCodes";
import { rulesHygiene } from "./rulesHygiene";
import { rulesGoals } from "./rulesGoals";
import { cli } from "./cli";
import { load } from "./load";
import { functions } from "./functions";
import { web } from "./web";
import { pane } from "./pane";
import { fill } from "./fill";
import { selftest } from "./selftest";
import { goalsCli } from "./goalsCli";
import { ui } from "./ui";

/** Same keys as zh-CN; a missing key is a type error. */
export const en: Record<keyof typeof zhCN, string> = {
  ...common,
  ...recognize,
  ...rulesSums,
  ...locate,
  ...rulesCross,
  ...rulesCodes,
  ...rulesHygiene,
  ...rulesGoals,
  ...cli,
  ...load,
  ...functions,
  ...web,
  ...pane,
  ...fill,
  ...selftest,
  ...goalsCli,
  ...ui,
};
