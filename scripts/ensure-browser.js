/**
 * The page tests (test/web) drive Debian's Chromium. `npm run test:all` calls this first: when no
 * Chromium is found it installs Debian's package (as root, or through sudo). It never downloads a
 * browser of its own. CHROMIUM_PATH points at another Chromium or Chrome.
 *
 * It also installs a Chinese font (Debian's fonts-wqy-microhei, 1.6 MB) when fontconfig knows none,
 * as every Chinese desktop has one. Without it the page shows boxes for Chinese text, and Chromium
 * searches a fallback font for every Chinese character it lays out: the first list of the county
 * workbook took 68 ms of layout instead of 28 ms (README 测量记录). A missing font fails nothing.
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

/** Installs a Debian package, updating the package lists once if the first try fails. */
function aptInstall(pkg) {
  const install = () => aptGet(["install", "-y", "--no-install-recommends", pkg]);
  return install() || (aptGet(["update"]) && install());
}

/** The first font fontconfig knows with Chinese characters ("" when none). */
function chineseFont() {
  const r = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
  return r.status === 0 ? (r.stdout.trim().split("\n")[0] ?? "").split(",")[0] : "";
}

function main() {
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (!chromiumPath() && hasApt) {
    process.stderr.write("网页测试需要 Chromium，正在安装 Debian 的 chromium 软件包…\n");
    aptInstall("chromium");
  }
  if (!chromiumPath()) {
    process.stderr.write("找不到 Chromium，网页测试无法运行：请安装 chromium（Debian/Ubuntu：sudo apt-get install -y chromium），或用 CHROMIUM_PATH 指定浏览器路径。\n");
    return 1;
  }
  if (hasApt && !chineseFont()) {
    process.stderr.write("系统没有中文字体，正在安装 Debian 的 fonts-wqy-microhei 软件包…\n");
    if (!aptInstall("fonts-wqy-microhei") || !chineseFont()) process.stderr.write("未能安装中文字体：网页中的中文将显示为方框，网页测试照常进行。\n");
  }
  return 0;
}

if (require.main === module) process.exit(main());

module.exports = { chromiumPath, chineseFont };
