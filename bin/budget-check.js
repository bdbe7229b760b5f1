#!/usr/bin/env node
"use strict";
// Thin launcher: the command lives in src/apps/cli (compiled to dist/ by `npm run build`).
let cli;
try {
  // The worker that checks the files starts first: its start-up runs beside the loading of the command.
  if (!process.argv.slice(2).some((a) => /^(-h|--help|-v|--version)$/.test(a))) require("../dist/apps/cli/worker-start.js").startEarly();
  cli = require("../dist/apps/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && /dist\/apps\/cli\/(main|worker-start)\.js/.test(String(e.message))) {
    process.stderr.write("budget-check: 请先运行 npm run build（dist/ 不存在）\n");
    process.exit(2);
  }
  throw e;
}
cli.runFromProcess();
