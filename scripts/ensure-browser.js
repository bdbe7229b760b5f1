/**
 * The page tests (test/web) drive Debian's Chromium. `npm run test:all` calls this first: when no
 * Chromium is found it installs Debian's package (as root, or through sudo). It never downloads a
 * browser of its own. CHROMIUM_PATH points at another Chromium or Chrome.
 */
"use strict";

const { existsSync } = require("fs");
const { spawnSync } = require("child_process");

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** The Chromium to use, or undefined. */
function chromiumPath() {
  return [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p) => !!p && existsSync(p));
}

function aptGet(args) {
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const [cmd, ...rest] = asRoot ? ["apt-get", ...args] : ["sudo", "-n", "apt-get", ...args];
  const r = spawnSync(cmd, rest, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  return r.status === 0;
}

function main() {
  if (chromiumPath()) return 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (hasApt) {
    process.stderr.write("网页测试需要 Chromium，正在安装 Debian 的 chromium 软件包…\n");
    if (aptGet(["install", "-y", "--no-install-recommends", "chromium"]) || (aptGet(["update"]) && aptGet(["install", "-y", "--no-install-recommends", "chromium"]))) {
      if (chromiumPath()) return 0;
    }
  }
  process.stderr.write("找不到 Chromium，网页测试无法运行：请安装 chromium（Debian/Ubuntu：sudo apt-get install -y chromium），或用 CHROMIUM_PATH 指定浏览器路径。\n");
  return 1;
}

if (require.main === module) process.exit(main());

module.exports = { chromiumPath };
