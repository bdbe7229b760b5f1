/**
 * The page's view of the reports: one collapsible section per file, its findings by table and
 * severity (the CLI's grouping), a severity label, the cell, the message and the rule. Built with
 * DOM calls and text nodes only.
 */
import { countFindings, Finding, FindingCounts, Severity } from "../../model/findings";
import { t } from "../../catalog/messages";
import type { FileReport } from "../../engine/file-report";
import { groupByTable } from "../../present/groups";
import { el } from "./dom";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** "错误 3 · 警告 6 · 提示 2", each count coloured when it is not zero. */
export function countBadges(c: FindingCounts): HTMLElement {
  return el(
    "span",
    { className: "counts" },
    SEVERITIES.map((sev) => el("span", { className: `count sev-${sev}${c[sev] ? "" : " zero"}`, text: `${t(`severity.${sev}`)} ${c[sev]}` })),
  );
}

export interface FileActions {
  /** Builds and downloads the annotated copy, saying how it went in `note`; absent when the file could not be read. */
  downloadCopy?: (note: HTMLElement) => void;
}

/**
 * One file's section. Open when it has errors or could not be read, or when it is the only file:
 * a batch of hundreds reads as the files that need attention.
 */
export function renderFile(report: FileReport, actions: FileActions, alone: boolean): HTMLDetailsElement {
  const counts = countFindings(report.findings);
  const failed = report.error !== undefined;
  const details = el("details", { className: `file${failed ? " failed" : counts.error ? " has-errors" : ""}` });
  details.open = alone || failed || counts.error > 0;
  const summary = el("summary", {}, [el("span", { className: "file-name", text: report.file })]);
  summary.appendChild(failed ? el("span", { className: "count sev-error", text: t("web.notChecked") }) : countBadges(counts));
  details.appendChild(summary);

  if (failed) {
    details.appendChild(el("p", { className: "load-error", text: report.error }));
    return details;
  }
  const groups = groupByTable(report);
  let clean = 0;
  for (const group of groups) {
    if (!group.findings.length) {
      clean += 1;
      continue;
    }
    details.appendChild(
      el("section", { className: "table" }, [el("h3", { text: group.heading }), el("ul", { className: "findings" }, group.findings.map(renderFinding))]),
    );
  }
  if (clean) {
    details.appendChild(el("p", { className: "clean", text: t(clean === groups.length ? "cli.allTablesClean" : "cli.otherTablesClean", { count: clean }) }));
  }
  if (!report.tables.length) details.appendChild(el("p", { className: "clean", text: t("cli.noTables") }));
  if (report.explained?.length) {
    // Explained in the workbook (Excel, WPS or the page): listed apart, not counted.
    const items = report.explained.map(({ finding, note }) => {
      const li = renderFinding(finding);
      li.appendChild(el("div", { className: "explanation", text: t("pane.explainedNote", { note }) }));
      return li;
    });
    details.appendChild(el("details", { className: "explained" }, [el("summary", { text: t("pane.explained", { count: items.length }) }), el("ul", { className: "findings" }, items)]));
  }
  if (actions.downloadCopy) {
    const download = actions.downloadCopy;
    const button = el("button", { className: "download-copy", text: t("web.downloadCopy"), title: t("web.downloadCopyHint"), attrs: { type: "button" } });
    const note = el("span", { className: "note" });
    button.addEventListener("click", () => download(note));
    details.appendChild(el("div", { className: "actions" }, [button, note]));
  }
  return details;
}

export function renderFinding(f: Finding): HTMLLIElement {
  const related = f.related.filter((r) => r.cell);
  return el("li", { className: `finding sev-${f.severity}`, attrs: { "data-rule": f.ruleId, "data-cell": f.cell } }, [
    el("span", { className: "severity", text: t(`severity.${f.severity}`) }),
    el("span", { className: "cell", text: f.cell || "—" }),
    el("span", { className: "message", text: f.message }),
    el("span", { className: "rule", text: f.ruleId }),
    related.length
      ? el("div", { className: "related", text: t("web.related", { cells: related.map((r) => (r.sheet === f.sheet ? r.cell : `${r.sheet}!${r.cell}`)).join("、") }) })
      : null,
  ]);
}

/** The 错误/警告/提示 boxes: unticking one hides that severity in `list` (by a class, so it is instant). */
export function severityFilters(list: HTMLElement): HTMLLabelElement[] {
  return SEVERITIES.map((sev) => {
    const box = el("input", { attrs: { type: "checkbox", id: `show-${sev}` } });
    box.checked = true;
    box.addEventListener("change", () => list.classList.toggle(`hide-${sev}`, !box.checked));
    return el("label", { className: `filter sev-${sev}` }, [box, t(`severity.${sev}`)]);
  });
}
