/**
 * The WPS task pane's entry (taskpane.js of the WPS build, loaded by its taskpane.html). WPS
 * injects its ET API into the pane's page as `Application` (some builds as wps.EtApplication()).
 */
import type { EtApplication } from "../hosts/wps/et-model";
import { createWpsPort } from "../hosts/wps/wps-port";
import { t } from "../i18n";
import { startPane } from "./pane";

declare const wps: { EtApplication?: () => EtApplication } | undefined;
declare const Application: EtApplication | undefined;

function etApplication(): EtApplication | undefined {
  if (typeof wps !== "undefined" && wps && typeof wps.EtApplication === "function") return wps.EtApplication();
  return typeof Application !== "undefined" ? Application : undefined;
}

const root = document.getElementById("app");
if (root) {
  if (!etApplication()) root.textContent = t("pane.notWps");
  else
    startPane(
      root,
      createWpsPort(() => {
        const app = etApplication();
        if (!app) throw new Error(t("pane.notWps"));
        return app;
      }),
    );
}
