#!/usr/bin/env node
"use strict";
// Thin launcher: the command lives in src/apps/cli/goals-main.ts (compiled to dist/ by `npm run build`).
let cli;
try {
  cli = require("../dist/apps/cli/goals-main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes("dist/apps/cli/goals-main.js")) {
    process.stderr.write("budget-goals: 请先运行 npm run build（dist/ 不存在）\n");
    process.exit(2);
  }
  throw e;
}
cli.runFromProcess();
