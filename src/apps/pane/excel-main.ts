/// <reference types="office-js" />
/**
 * The Excel task pane's entry (taskpane.js, loaded by taskpane.html after office.js and the
 * functions bundle). Host detection and "Office is ready" are decided here, in one place.
 */
import "../ui/polyfills"; // first: before React and Fluent
import { createExcelPort } from "../../adapters/excel/excel-port";
import { localeFromTag, translator } from "../../catalog/messages";
import { discardPrerendered, startPane } from "./pane";
import { FUNCTION_NAMESPACE } from "../../functions/functions";

Office.onReady((info) => {
  const root = document.getElementById("app");
  if (!root) return;
  const locale = localeFromTag(Office.context.displayLanguage);
  // The prerendered first screen is in zh-CN.
  if (locale !== "zh-CN" || info.host !== Office.HostType.Excel) discardPrerendered(root);
  if (info.host !== Office.HostType.Excel) {
    root.textContent = translator(locale)("pane.notExcel");
    return;
  }
  const supports = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  const port = createExcelPort((batch) => Excel.run(batch), { mergedAreas: supports("1.13"), visibleCells: supports("1.9") });
  startPane(root, port, locale, { functionNamespace: FUNCTION_NAMESPACE });
});
