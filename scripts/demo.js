// `npm run demo`: budget-check on the bundled sample. The sample is a real published document with
// real errors (docs/domain.md §8), so budget-check exits 1 ("errors found"); the demo says so and
// exits 0, so that a newcomer's quick start does not look like a failure. Exit 2 stays a failure.
"use strict";
const { spawnSync } = require("child_process");
const { join } = require("path");

const root = join(__dirname, "..");
const sample = join("examples", "巨鹿县医疗保障局2023年部门预算.xlsx");
const run = spawnSync(process.execPath, [join(root, "bin", "budget-check.js"), ...process.argv.slice(2), sample], { cwd: root, stdio: "inherit" });
if (run.status === 1) {
  process.stdout.write("\n（budget-check 的退出码为 1，表示发现了错误：以上是样例公开文件中真实存在的问题。）\n");
  process.exit(0);
}
process.exit(run.status === null ? 2 : run.status);
