/**
 * The browser page: budget-check for a reviewer who would rather not use a terminal. Files are
 * picked or dropped (folders too), read with the File API and checked in the page by the same
 * core as the CLI, in a worker so that the page stays responsive; nothing is sent anywhere (the
 * page's Content-Security-Policy forbids connections). Results are listed per file as they come; the annotated copy and the batch
 * summary are built in the page and downloaded.
 */
// First: it must run before ExcelJS is evaluated (see the module).
import "./unclamped-timers";
import { annotateWorkbook } from "../../adapters/xlsx/annotate";
import { checkXlsxBytes, failedReport } from "../../adapters/xlsx/check-bytes";
import { contentLostInCopy, describeLosses } from "../../adapters/xlsx/copy-losses";
import { loadError } from "../../adapters/xlsx/errors";
import { summaryWorkbook } from "../../adapters/xlsx/summary-workbook";
import { setLocale, t } from "../../catalog/messages";
import type { FileReport } from "../../engine/file-report";
import { oneLine } from "../../present/groups";
import { fileStem } from "../../present/spreadsheet-names";
import { Checker, serveChecks, workerChecker } from "./check-worker";
import { Collected, collectDropped, collectPicked } from "./collect-files";
import { clear, el } from "../ui/dom";
import { overallLine } from "../../present/overall";
import { renderFile, severityFilters } from "../ui/render";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ACCEPT = ".xlsx,.xlsm,.xls,.et,.ett,.xlsb,.ods";

interface Checked {
  report: FileReport;
  /**
   * The file, read again for its annotated copy (absent when it could not be read). Not its bytes:
   * a batch of hundreds of large workbooks would hold them all in memory.
   */
  file?: File;
}

/** This bundle's own text, to start the check worker from (only readable while the script first runs). */
const OWN_SCRIPT = typeof document !== "undefined" ? document.currentScript?.textContent : null;

/** Checking in the page's own thread, when no worker can be started. */
const inPage: Checker = (name, bytes, onFraction) => checkXlsxBytes(bytes, name, { yieldBetweenTables: true, onFraction });

function start(root: HTMLElement, check: Checker): void {
  // Chinese first; ?lang=en for an English page.
  if (new URLSearchParams(location.search).get("lang") === "en") {
    setLocale("en");
    document.documentElement.lang = "en";
  }
  document.title = t("web.title");

  const filesInput = el("input", { attrs: { type: "file", id: "files", multiple: "", accept: ACCEPT, hidden: "" } });
  const folderInput = el("input", { attrs: { type: "file", id: "folder", webkitdirectory: "", hidden: "" } });
  const pickFiles = el("button", { text: t("web.pickFiles"), attrs: { type: "button", id: "pick-files" } });
  const pickFolder = el("button", { text: t("web.pickFolder"), attrs: { type: "button", id: "pick-folder" } });
  const progress = el("progress", { attrs: { max: "1", value: "0", hidden: "" } });
  const status = el("p", { attrs: { id: "status", role: "status" } });
  const overall = el("p", { attrs: { id: "overall" } });
  const summaryButton = el("button", { text: t("web.downloadSummary"), attrs: { type: "button", id: "download-summary" } });
  const summaryNote = el("span", { className: "note" });
  const clearButton = el("button", { text: t("web.clear"), attrs: { type: "button", id: "clear" } });
  const results = el("div", { attrs: { id: "results" } });
  const filters = severityFilters(results);
  const toolbar = el("div", { className: "toolbar", attrs: { id: "toolbar", hidden: "" } }, [
    overall,
    el("div", { className: "tools" }, [el("span", { text: t("web.show") }), ...filters, summaryButton, clearButton, summaryNote]),
  ]);
  const dropZone = el("div", { className: "drop", attrs: { id: "drop" } }, [pickFiles, pickFolder, el("span", { text: t("web.drop") })]);

  root.append(
    el("header", {}, [el("h1", { text: t("web.heading") }), el("p", { className: "privacy", text: t("web.privacy") }), el("p", { className: "scope", text: t("web.scope") })]),
    dropZone,
    filesInput,
    folderInput,
    el("div", { className: "progress" }, [progress, status]),
    toolbar,
    results,
  );

  let checked: Checked[] = [];
  let running = false;

  const setBusy = (busy: boolean) => {
    running = busy;
    for (const b of [pickFiles, pickFolder, summaryButton, clearButton]) b.disabled = busy;
    progress.hidden = !busy;
  };

  async function run(collected: Collected): Promise<void> {
    if (running) return;
    clear(results);
    checked = [];
    toolbar.hidden = true;
    const skippedText = collected.skipped.length ? t("web.skipped", { count: collected.skipped.length, file: collected.skipped[0] }) : "";
    if (!collected.files.length) {
      status.textContent = [t("web.noSpreadsheets"), skippedText].filter(Boolean).join(" ");
      return;
    }
    setBusy(true);
    const total = collected.files.length;
    try {
      for (let i = 0; i < total; i++) {
        const { name, file } = collected.files[i];
        status.textContent = t("web.progress", { index: i + 1, total, file: name });
        const entry = await checkOne(check, name, file, (fraction) => (progress.value = (i + fraction) / total));
        checked.push(entry);
        results.appendChild(renderFile(entry.report, entry.file ? { downloadCopy: (note) => void downloadCopy(entry, note) } : {}, total === 1));
      }
      status.textContent = skippedText;
    } catch (e) {
      status.textContent = t("web.checkFailedAll", { message: oneLine(e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
      overall.textContent = overallLine(checked.map((c) => c.report));
      overall.className = checked.some((c) => c.report.error !== undefined || c.report.findings.some((f) => f.severity === "error")) ? "bad" : "good";
      toolbar.hidden = checked.length === 0;
    }
  }

  async function downloadCopy(entry: Checked, note: HTMLElement): Promise<void> {
    if (!entry.file) return;
    const name = t("web.copyName", { stem: fileStem(entry.report.file) });
    note.textContent = t("web.writing", { file: name });
    try {
      const original = new Uint8Array(await entry.file.arrayBuffer());
      const copy = await annotateWorkbook(original, entry.report.findings, { source: entry.report.file });
      save(copy, name);
      const lost = contentLostInCopy(original, copy);
      note.textContent = lost.length ? t("cli.copyLost", { parts: describeLosses(lost) }) : "";
    } catch (e) {
      note.textContent = t("web.writeFailed", { file: name, message: oneLine(e instanceof Error ? e.message : String(e)) });
    }
  }

  async function downloadSummary(): Promise<void> {
    const name = t("web.summaryName");
    summaryNote.textContent = t("web.writing", { file: name });
    try {
      const entries = checked.map(({ report }) => ({ file: report.file, tables: report.tables.length, findings: report.findings, error: report.error, explained: report.explained }));
      save(await summaryWorkbook(entries), name);
      summaryNote.textContent = "";
    } catch (e) {
      summaryNote.textContent = t("web.writeFailed", { file: name, message: oneLine(e instanceof Error ? e.message : String(e)) });
    }
  }

  pickFiles.addEventListener("click", () => filesInput.click());
  pickFolder.addEventListener("click", () => folderInput.click());
  filesInput.addEventListener("change", () => {
    if (filesInput.files) void run(collectPicked(filesInput.files, false));
    filesInput.value = ""; // picking the same file again checks it again
  });
  folderInput.addEventListener("change", () => {
    if (folderInput.files) void run(collectPicked(folderInput.files, true));
    folderInput.value = "";
  });
  summaryButton.addEventListener("click", () => void downloadSummary());
  clearButton.addEventListener("click", () => {
    clear(results);
    checked = [];
    toolbar.hidden = true;
    status.textContent = "";
  });
  // The whole page takes drops; without preventDefault the browser would open the file instead.
  document.addEventListener("dragover", (e) => {
    e.preventDefault();
    dropZone.classList.add("over");
  });
  document.addEventListener("dragleave", () => dropZone.classList.remove("over"));
  document.addEventListener("drop", (e) => {
    e.preventDefault();
    dropZone.classList.remove("over");
    if (e.dataTransfer && !running) void collectDropped(e.dataTransfer).then(run);
  });
}

async function checkOne(check: Checker, name: string, file: File, onFraction: (f: number) => void): Promise<Checked> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { report: failedReport(name, loadError("unreadable", "load.unreadable", { file: name })) };
  }
  let report: FileReport;
  try {
    report = await check(name, bytes, onFraction);
  } catch (e) {
    report = failedReport(name, e); // the worker failed on this file; the next file gets a new one
  }
  return report.error === undefined ? { report, file } : { report };
}

/** Hands bytes to the browser as a download. */
function save(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME }));
  const link = el("a", { attrs: { href: url, download: name, hidden: "" } });
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

if (typeof document === "undefined") {
  serveChecks(self as unknown as Parameters<typeof serveChecks>[0]);
} else {
  const app = document.getElementById("app");
  // Tests shorten the per-file time limit (a hanging worker would otherwise hold them for minutes).
  const worker = workerChecker(OWN_SCRIPT, (window as { budgetCheckFileTimeoutMs?: number }).budgetCheckFileTimeoutMs);
  document.documentElement.dataset.checker = worker ? "worker" : "page";
  if (app) start(app, worker ?? inPage);
}
