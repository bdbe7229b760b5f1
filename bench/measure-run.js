// The whole `budget-check FILE --format json` command on the compiled code (dist), as a user runs
// it: node bench/measure-run.js <dist> FILE --format json
"use strict";
const path = require("path");
const dist = process.argv[2];
process.argv.splice(2, 1);
// As bin/budget-check.js: the checking worker starts before the command is loaded.
require(path.resolve(dist, "apps/cli/worker-start.js")).startEarly();
require(path.resolve(dist, "apps/cli/main.js")).runFromProcess();
