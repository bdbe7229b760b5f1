#!/usr/bin/env node
"use strict";
// Thin launcher: the command lives in src/apps/cli (compiled to dist/ by `npm run build`).
let cli;
try {
  cli = require("../dist/apps/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes("dist/apps/cli/main.js")) {
    process.stderr.write("budget-check: 请先运行 npm run build（dist/ 不存在）\n");
    process.exit(2);
  }
  throw e;
}
cli.runFromProcess();
