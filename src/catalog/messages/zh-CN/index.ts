// One message table, split by area so that each area edits its own file.
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

export const zhCN = { ...common, ...recognize, ...rulesSums, ...locate, ...rulesCross, ...rulesCodes, ...rulesHygiene, ...rulesGoals, ...cli, ...load, ...functions, ...web, ...pane, ...fill, ...selftest, ...goalsCli, ...ui };
