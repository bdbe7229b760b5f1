/**
 * Headless Chromium for the page tests: Debian's chromium (installed by `npm run test:all`, see
 * scripts/ensure-browser.js), driven by playwright-core. Never a downloaded browser.
 */
import { chromium, Browser } from "playwright-core";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { chromiumPath } = require("../../scripts/ensure-browser") as { chromiumPath(): string | undefined };

export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("找不到 Chromium：运行 `npm run test:all`（会安装 Debian 的 chromium），或设置 CHROMIUM_PATH");
  return chromium.launch({
    executablePath,
    // --no-sandbox: CI runs as root. The rest keeps Chromium from trying to reach Google's hosts.
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}
