/**
 * `npm run test:all` calls this first: it runs `npm ci` only when the installed packages are
 * missing or older than package.json / package-lock.json. Right after the quick start's `npm ci`
 * nothing is installed a second time; a clean clone (CI) has no node_modules and installs.
 * npm writes node_modules/.package-lock.json at the end of every install, so its age is the
 * install's age.
 */
"use strict";

const { statSync } = require("fs");
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");

function mtime(file) {
  try {
    return statSync(path.join(root, file)).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Why an install is needed, or undefined when node_modules is up to date. */
function installReason() {
  const installed = mtime("node_modules/.package-lock.json");
  if (installed === undefined) return "node_modules 不存在";
  for (const file of ["package-lock.json", "package.json"]) {
    const changed = mtime(file);
    if (changed !== undefined && changed > installed) return `${file} 比 node_modules 新`;
  }
  return undefined;
}

function main() {
  const reason = installReason();
  if (reason === undefined) {
    process.stderr.write("依赖已安装，跳过 npm ci（package-lock.json 变动后会重新安装）\n");
    return 0;
  }
  process.stderr.write(`${reason}，运行 npm ci…\n`);
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  return r.status === null ? 1 : r.status;
}

if (require.main === module) process.exit(main());

module.exports = { installReason };
