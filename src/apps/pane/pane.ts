/**
 * The task pane: one button checks the open workbook; the findings are listed by table (the
 * browser page's view), a click goes to the cell, and the accountant can highlight the cells,
 * clear the highlights, write a report sheet, and explain a warning so that later checks file it
 * under "已说明". It also inserts a blank 绩效目标表 for a project. Talks to the host only through
 * a HostPort.
 */
import { checkWorkbook, type CheckedTable } from "../../engine/check";
import { countFindings, Finding } from "../../model/findings";
import { t } from "../../catalog/messages";
import { groupByTable, oneLine } from "../../present/groups";
import { clear, el } from "../ui/dom";
import { countBadges, renderFinding, severityFilters } from "../ui/render";
import { findingKey, HostPort } from "../../model/host-port";
import { reportPlan } from "../../present/report-plan";
import { goalTemplatePlan } from "../../fill/goal-template";
import { parseText } from "../../model/values";

interface Checked {
  tables: CheckedTable[];
  findings: Finding[];
}

/** What one host adds to the pane. */
export interface PaneExtras {
  /** An on-device self-test of the host adapter (WPS): one line per check, and the tally. */
  diagnose?: () => Promise<{ lines: string[]; passed: number; total: number }>;
}

export function startPane(root: HTMLElement, port: HostPort, extras: PaneExtras = {}): void {
  const checkButton = el("button", { className: "primary", text: t("pane.check"), attrs: { type: "button", id: "check" } });
  const highlightButton = el("button", { text: t("pane.highlight"), attrs: { type: "button", id: "highlight" } });
  const clearButton = el("button", { text: t("pane.clear"), attrs: { type: "button", id: "clear-highlights" } });
  const reportButton = el("button", { text: t("pane.report"), attrs: { type: "button", id: "write-report" } });
  const scoresButton = el("button", { attrs: { type: "button", id: "fill-scores", hidden: "" } });
  const progress = el("progress", { attrs: { max: "1", value: "0", hidden: "" } });
  const status = el("p", { attrs: { id: "status", role: "status" } });
  const summary = el("div", { attrs: { id: "summary" } });
  const results = el("div", { attrs: { id: "results" } });
  const filters = severityFilters(results);
  // Filling: a blank goal table for a project, in the chosen framework.
  const projectInput = el("input", { attrs: { type: "text", id: "goal-project", placeholder: t("pane.goalProjectPlaceholder") } });
  const frameworkSelect = el("select", { attrs: { id: "goal-framework" } }, [
    el("option", { text: t("pane.frameworkClassic"), attrs: { value: "classic" } }),
    el("option", { text: t("pane.framework2021"), attrs: { value: "2021" } }),
  ]);
  const amountInput = el("input", { attrs: { type: "text", id: "goal-amount", inputmode: "decimal", placeholder: t("pane.goalAmountPlaceholder") } });
  const examplesBox = el("input", { attrs: { type: "checkbox", id: "goal-examples" } });
  const insertButton = el("button", { text: t("pane.insertGoal"), attrs: { type: "button", id: "insert-goal" } });
  const fillSection = el("details", { className: "fill", attrs: { id: "fill" } }, [
    el("summary", { text: t("pane.fillHeading") }),
    el("p", { className: "note", text: t("pane.fillIntro") }),
    el("label", { text: t("pane.goalProject") }, [projectInput]),
    el("label", { text: t("pane.framework") }, [frameworkSelect]),
    el("label", { text: t("pane.goalAmount") }, [amountInput]),
    el("label", { className: "inline" }, [examplesBox, t("pane.goalExamples")]),
    insertButton,
  ]);
  const tools = el("div", { className: "tools", attrs: { id: "tools", hidden: "" } }, [highlightButton, clearButton, reportButton, scoresButton, el("span", { className: "filters" }, filters)]);
  const diagnoseButton = el("button", { text: t("selftest.run"), attrs: { type: "button", id: "run-selftest" } });
  const diagnoseOutput = el("pre", { className: "selftest", attrs: { id: "selftest-result" } });
  const diagnoseSection = extras.diagnose
    ? el("details", { className: "fill", attrs: { id: "diagnose" } }, [
        el("summary", { text: t("selftest.heading") }),
        el("p", { className: "note", text: t("selftest.intro") }),
        diagnoseButton,
        diagnoseOutput,
      ])
    : null;
  root.append(
    el("header", {}, [el("h1", { text: t("pane.title") }), el("p", { className: "scope", text: t("pane.intro") })]),
    el("div", { className: "actions" }, [checkButton]),
    el("div", { className: "progress" }, [progress, status]),
    summary,
    tools,
    results,
    fillSection,
    ...(diagnoseSection ? [diagnoseSection] : []),
  );

  let checked: Checked | null = null;
  let notes: Record<string, string> = {};
  let busy = false;

  /** Runs one host operation at a time, with its outcome (or failure) in the status line. */
  const act = async (work: () => Promise<string | void>) => {
    if (busy) return;
    busy = true;
    for (const b of [checkButton, highlightButton, clearButton, reportButton, scoresButton, insertButton, diagnoseButton]) b.disabled = true;
    try {
      const message = await work();
      if (typeof message === "string") status.textContent = message;
    } catch (e) {
      status.textContent = t("pane.failed", { message: oneLine(e instanceof Error ? e.message : String(e)) });
    } finally {
      busy = false;
      progress.hidden = true;
      for (const b of [checkButton, highlightButton, clearButton, reportButton, scoresButton, insertButton, diagnoseButton]) b.disabled = false;
    }
  };

  const open = () => (checked ? checked.findings.filter((f) => !(findingKey(f) in notes)) : []);
  const explained = () => (checked ? checked.findings.filter((f) => findingKey(f) in notes) : []);
  /** Blank 得分 cells whose score the check worked out (self-evaluation-score's notes), unless explained away. */
  const blankScores = () =>
    open()
      .filter((f) => f.ruleId === "self-evaluation-score" && f.severity === "info" && f.expected !== undefined && f.cell)
      .map((f) => ({ sheet: f.sheet, cell: f.cell, value: Number(f.expected) }))
      .filter((c) => Number.isFinite(c.value));

  function render(): void {
    clear(summary);
    clear(results);
    if (!checked) return;
    const list = open();
    const scores = blankScores();
    scoresButton.hidden = scores.length === 0;
    scoresButton.textContent = t("pane.fillScores", { count: scores.length });
    summary.append(countBadges(countFindings(list)), el("span", { className: "note", text: " " + t("pane.summary", { tables: checked.tables.length }) }));
    tools.hidden = false;
    if (!checked.tables.length) results.appendChild(el("p", { className: "clean", text: t("pane.noTables") }));
    else if (!list.length) results.appendChild(el("p", { className: "clean", text: t("pane.noFindings") }));
    else results.appendChild(el("p", { className: "note", text: t("pane.jumpHint") }));
    for (const group of groupByTable({ file: "", tables: checked.tables, findings: list })) {
      if (!group.findings.length) continue;
      results.appendChild(el("section", { className: "table" }, [el("h3", { text: group.heading }), el("ul", { className: "findings" }, group.findings.map(item))]));
    }
    const done = explained();
    if (done.length) {
      const details = el("details", { className: "explained", attrs: { id: "explained" } }, [el("summary", { text: t("pane.explained", { count: done.length }) })]);
      details.appendChild(el("ul", { className: "findings" }, done.map(explainedItem)));
      results.appendChild(details);
    }
  }

  /** A finding that goes to its cell when clicked; warnings and notes can be explained. */
  function item(f: Finding): HTMLLIElement {
    const li = renderFinding(f);
    li.classList.add("jump");
    li.tabIndex = 0;
    const go = () => void act(() => port.selectCell(f.sheet, f.cell));
    li.addEventListener("click", (e) => {
      if (!(e.target as HTMLElement).closest("button, input, form")) go();
    });
    li.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && e.target === li) go();
    });
    if (f.severity !== "error") {
      const button = el("button", { className: "explain", text: t("pane.explain"), attrs: { type: "button" } });
      button.addEventListener("click", () => {
        button.hidden = true;
        li.appendChild(explainForm(f, () => (button.hidden = false)));
      });
      li.appendChild(button);
    }
    return li;
  }

  function explainForm(f: Finding, onCancel: () => void): HTMLFormElement {
    const input = el("input", { attrs: { type: "text", placeholder: t("pane.explainPlaceholder"), required: "" } });
    const cancel = el("button", { text: t("pane.cancel"), attrs: { type: "button" } });
    const form = el("form", { className: "explain-form" }, [el("label", { text: t("pane.explainLabel") }, [input]), el("button", { text: t("pane.save"), attrs: { type: "submit" } }), cancel]);
    cancel.addEventListener("click", () => {
      form.remove();
      onCancel();
    });
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const text = input.value.trim();
      if (!text) return;
      void act(async () => {
        const next = { ...notes, [findingKey(f)]: text };
        await port.saveNotes(next);
        notes = next;
        render();
      });
    });
    setTimeout(() => input.focus(), 0);
    return form;
  }

  function explainedItem(f: Finding): HTMLLIElement {
    const li = renderFinding(f);
    li.appendChild(el("div", { className: "explanation", text: t("pane.explainedNote", { note: notes[findingKey(f)] }) }));
    const undo = el("button", { className: "unexplain", text: t("pane.unexplain"), attrs: { type: "button" } });
    undo.addEventListener("click", () =>
      void act(async () => {
        const next = { ...notes };
        delete next[findingKey(f)];
        await port.saveNotes(next);
        notes = next;
        render();
      }),
    );
    li.appendChild(undo);
    return li;
  }

  checkButton.addEventListener("click", () =>
    void act(async () => {
      progress.hidden = false;
      progress.value = 0;
      status.textContent = t("pane.reading");
      const snapshot = await port.readWorkbook((f) => (progress.value = 0.5 * f));
      status.textContent = t("pane.checking");
      const result = await checkWorkbook(snapshot, { onProgress: (p) => (progress.value = 0.5 + (0.5 * p.done) / Math.max(1, p.total)) });
      notes = await port.loadNotes();
      checked = { tables: result.tables, findings: result.findings };
      checkButton.textContent = t("pane.recheck");
      render();
      return "";
    }),
  );
  highlightButton.addEventListener("click", () =>
    void act(async () => {
      const count = await port.highlight(open().filter((f) => f.cell).map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity })));
      return t("pane.highlighted", { count });
    }),
  );
  const diagnose = extras.diagnose;
  if (diagnose) {
    diagnoseButton.addEventListener("click", () =>
      void act(async () => {
        status.textContent = t("selftest.running");
        const result = await diagnose();
        diagnoseOutput.textContent = result.lines.join("\n");
        return t("selftest.done", { passed: result.passed, total: result.total });
      }),
    );
  }
  scoresButton.addEventListener("click", () =>
    void act(async () => t("pane.scoresFilled", { count: await port.fillBlankCells(blankScores()) })),
  );
  insertButton.addEventListener("click", () =>
    void act(async () => {
      const project = projectInput.value.trim();
      if (!project) {
        projectInput.focus();
        return t("pane.goalNeedsProject");
      }
      // The amount as accountants type it: "1,234.5", full-width digits, blank for none.
      const amountText = amountInput.value.trim();
      const amount = amountText ? parseText(amountText) : null;
      if (amountText && (amount?.kind !== "number" || amount.percent || amount.value <= 0)) {
        amountInput.focus();
        return t("pane.goalAmountInvalid", { text: amountText });
      }
      const options = { amountWan: amount?.kind === "number" ? amount.value : undefined, examples: examplesBox.checked };
      const sheet = await port.writeSheet(goalTemplatePlan(project, frameworkSelect.value === "2021" ? "2021" : "classic", options));
      return t("pane.goalInserted", { sheet });
    }),
  );
  clearButton.addEventListener("click", () => void act(async () => t("pane.cleared", { count: await port.clearHighlights() })));
  reportButton.addEventListener("click", () =>
    void act(async () => {
      if (!checked) return;
      const c = countFindings(open());
      const title = t("pane.reportTitle", { ...c, explained: explained().length });
      const rows = checked.findings.map((finding) => ({ finding, note: notes[findingKey(finding)] }));
      return t("pane.reportWritten", { sheet: await port.writeSheet(reportPlan(rows, title)) });
    }),
  );
}
