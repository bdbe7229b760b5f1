/**
 * The WPS task pane's entry (taskpane.js of the WPS build, loaded by its taskpane.html). WPS
 * injects its ET API into the pane's page as `Application` (some builds as wps.EtApplication()).
 */
import "../ui/polyfills"; // first: before React and Fluent
import type { EtApplication } from "../../adapters/wps/et-model";
import { createWpsPort } from "../../adapters/wps/wps-port";
import { runWpsSelfTest, selfTestLines } from "../../adapters/wps/self-test";
import { translator, type Locale } from "../../catalog/messages";
import { discardPrerendered, startPane } from "./pane";

declare const wps: { EtApplication?: () => EtApplication } | undefined;
declare const Application: EtApplication | undefined;

function etApplication(): EtApplication | undefined {
  if (typeof wps !== "undefined" && wps && typeof wps.EtApplication === "function") return wps.EtApplication();
  return typeof Application !== "undefined" ? Application : undefined;
}

/** WPS gives the pane no display language: the pane is in Chinese. */
const locale: Locale = "zh-CN";
const t = translator(locale);

const root = document.getElementById("app");
if (root) {
  if (!etApplication()) {
    discardPrerendered(root);
    root.textContent = t("pane.notWps");
  } else {
    const app = () => {
      const found = etApplication();
      if (!found) throw new Error(t("pane.notWps"));
      return found;
    };
    startPane(root, createWpsPort(app), locale, {
      diagnose: async () => {
        const results = await runWpsSelfTest(app);
        return { lines: selfTestLines(results, locale), passed: results.filter((r) => r.ok).length, total: results.length };
      },
    });
  }
}
