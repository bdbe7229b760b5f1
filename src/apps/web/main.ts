/**
 * The browser page: budget-check for a reviewer who would rather not use a terminal. Files are
 * picked or dropped (folders too), read with the File API and checked in the page by the same
 * core as the CLI, in a worker so that the page stays responsive; nothing is sent anywhere (the
 * page's Content-Security-Policy forbids connections). Results are listed per file as they come
 * (PageApp.tsx, on the pane's React + Fluent UI components); the annotated copy and the batch
 * summary are built in the page and downloaded. This module builds the page's port over the
 * browser and starts the app; the check worker has a bundle of its own (worker-main.ts).
 */
import "../ui/polyfills";
import * as React from "react";
import { annotateWorkbook } from "../../adapters/xlsx/annotate";
import { checkXlsxBytes, failedReport } from "../../adapters/xlsx/check-bytes";
import { contentLostInCopy, describeLosses } from "../../adapters/xlsx/copy-losses";
import { loadError } from "../../adapters/xlsx/errors";
import { summaryWorkbook } from "../../adapters/xlsx/summary-workbook";
import { translator, type Locale } from "../../catalog/messages";
import type { FileReport } from "../../engine/file-report";
import { fileStem } from "../../present/spreadsheet-names";
import { mount } from "../ui/mount";
import { Checker, workerChecker, type PrestartedWorker } from "./check-worker";
import { collectDropped, collectPicked } from "./collect-files";
import type { CheckedFile, PagePort } from "./page-port";
import { PageApp } from "./PageApp";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The check worker's script (worker-main.ts), inlined in the page as text the browser does not run. */
const WORKER_SCRIPT_ID = "check-worker";

/** Checking in the page's own thread, when no worker can be started. */
const inPage =
  (locale: Locale): Checker =>
  (name, bytes, onFraction) =>
    checkXlsxBytes(bytes, name, { yieldBetweenTables: true, onFraction, locale });

/** The page's port over the browser: the File API, the checker, and downloads through object URLs. */
export function browserPort(check: Checker, locale: Locale): PagePort {
  const t = translator(locale);
  return {
    async check({ name, file }, onFraction): Promise<CheckedFile> {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        return { report: failedReport(name, loadError("unreadable", "load.unreadable", { file: name }), locale) };
      }
      let report: FileReport;
      try {
        report = await check(name, bytes, onFraction);
      } catch (e) {
        report = failedReport(name, e, locale); // the worker failed on this file; the next file gets a new one
      }
      return report.error === undefined ? { report, file } : { report };
    },
    collectPicked,
    collectDropped,
    async downloadCopy({ report, file }): Promise<string> {
      if (!file) throw new Error(t("web.notChecked"));
      const original = new Uint8Array(await file.arrayBuffer());
      const copy = await annotateWorkbook(original, report.findings, { source: report.file, locale });
      save(copy, t("web.copyName", { stem: fileStem(report.file) }));
      const lost = contentLostInCopy(original, copy);
      return lost.length ? t("cli.copyLost", { parts: describeLosses(lost, locale) }) : "";
    },
    async downloadSummary(reports): Promise<void> {
      const entries = reports.map((r) => ({ file: r.file, tables: r.tables.length, findings: r.findings, error: r.error, explained: r.explained }));
      save(await summaryWorkbook(entries, locale), t("web.summaryName"));
    },
  };
}

/** Hands bytes to the browser as a download. */
function save(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const app = document.getElementById("app");
// Chinese first; ?lang=en for an English page.
const locale: Locale = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "zh-CN";
if (locale === "en") document.documentElement.lang = "en";
document.title = translator(locale)("web.title");
// Tests shorten the per-file time limit (a hanging worker would otherwise hold them for minutes).
// The worker is usually started already, by the page's boot script (before this script was parsed).
const prestarted = (window as { budgetCheckWorker?: PrestartedWorker }).budgetCheckWorker;
const worker = workerChecker(prestarted ?? document.getElementById(WORKER_SCRIPT_ID)?.textContent, locale, (window as { budgetCheckFileTimeoutMs?: number }).budgetCheckFileTimeoutMs);
document.documentElement.dataset.checker = worker ? "worker" : "page";
if (app) mount(app, React.createElement(PageApp, { port: browserPort(worker ?? inPage(locale), locale) }), locale);
