/**
 * The task pane's check results: the outcome, the actions on the findings (highlight, clear, report
 * sheet, blank scores) and the findings list. It comes with the check chunk (./pane-check.ts):
 * nothing here is needed before the first check.
 */
import * as React from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { CheckedTable } from "../../engine/check";
import { countFindings, Finding } from "../../model/findings";
import { useLocale, useT } from "./locale";
import { findingKey, HostPort } from "../../model/host-port";
import { reportPlan } from "../../present/report-plan";
import { FindingsView } from "./FindingsView";
import { sectionsOf, Section, foldSameMessages, TableInfo } from "./findings-model";
import { foldAcrossTables } from "./across-tables";
import { Feedback, FeedbackBar, Perform } from "./feedback";

export interface Checked {
  tables: CheckedTable[];
  findings: Finding[];
}

export interface PaneResultsProps {
  port: HostPort;
  checked: Checked;
  /** Explanations by finding key. */
  notes: Record<string, string>;
  current?: Finding;
  busy: boolean;
  perform: Perform;
  feedback: Feedback | null;
  jump(f: Finding): void;
  /** Saves the whole set of explanations; resolves to an error sentence, or undefined when saved. */
  saveNotes(next: Record<string, string>, message: string): Promise<string | undefined>;
}

const useStyles = makeStyles({
  actions: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  actionButton: { minWidth: 0, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
});

export function PaneResults({ port, checked, notes, current, busy, perform, feedback, jump, saveNotes }: PaneResultsProps): React.ReactElement {
  const locale = useLocale();
  const t = useT();
  const styles = useStyles();
  const open = React.useMemo(() => checked.findings.filter((f) => !(findingKey(f) in notes)), [checked, notes]);
  const explained = React.useMemo(() => checked.findings.filter((f) => findingKey(f) in notes), [checked, notes]);
  const counts = countFindings(open);
  const sections: Section[] = React.useMemo(() => {
    const tableInfo: TableInfo[] = checked.tables;
    const main = foldAcrossTables(sectionsOf(tableInfo, open, locale), locale);
    if (!explained.length) return main;
    const done: Section = {
      key: "explained",
      heading: t("pane.explained", { count: explained.length }),
      sheet: "",
      counts: countFindings(explained),
      items: foldSameMessages(explained, locale).flatMap((i) => (i.kind === "single" ? [i] : i.findings.map((f) => ({ kind: "single" as const, key: findingKey(f), severity: f.severity, finding: f })))),
    };
    return [...main, done];
  }, [checked, open, explained, locale, t]);
  const explanations = React.useMemo(() => new Map(explained.map((f) => [f, notes[findingKey(f)]] as const)), [explained, notes]);

  /** Blank cells whose value the check worked out (a finding's suggestion: self-evaluation scores), unless explained away. */
  const blankScores = open.filter((f) => f.suggestion !== undefined && f.cell).map((f) => ({ sheet: f.sheet, cell: f.cell, value: f.suggestion! }));

  return (
    <>
      <Outcome tables={checked.tables.length} counts={counts} />
      <div className={styles.actions} id="tools" role="group" aria-label={t("ui.actionsLabel")}>
        <Button
          size="small"
          className={styles.actionButton}
          id="highlight"
          disabled={busy}
          onClick={() =>
            void perform("actions", t("ui.act.highlight"), async () => {
              const count = await port.highlight(open.filter((f) => f.cell).map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity })));
              return { intent: "success", text: t("pane.highlighted", { count }) };
            })
          }
        >
          {t("pane.highlight")}
        </Button>
        <Button
          size="small"
          className={styles.actionButton}
          id="clear-highlights"
          disabled={busy}
          onClick={() => void perform("actions", t("ui.act.clear"), async () => ({ intent: "success", text: t("pane.cleared", { count: await port.clearHighlights() }) }))}
        >
          {t("pane.clear")}
        </Button>
        <Button
          size="small"
          className={styles.actionButton}
          id="write-report"
          disabled={busy}
          onClick={() =>
            void perform("actions", t("ui.act.report"), async () => {
              const c = countFindings(open);
              const title = t("pane.reportTitle", { ...c, explained: explained.length });
              const rows = checked.findings.map((finding) => ({ finding, note: notes[findingKey(finding)] }));
              return { intent: "success", text: t("pane.reportWritten", { sheet: await port.writeSheet(reportPlan(rows, title, locale)) }) };
            })
          }
        >
          {t("ui.reportShort")}
        </Button>
        {blankScores.length > 0 && (
          <Button
            size="small"
            className={styles.actionButton}
            id="fill-scores"
            disabled={busy}
            title={t("pane.fillScores", { count: blankScores.length })}
            onClick={() => void perform("actions", t("ui.act.scores"), async () => ({ intent: "success", text: t("pane.scoresFilled", { count: await port.fillBlankCells(blankScores) }) }))}
          >
            {t("ui.fillScoresShort", { count: blankScores.length })}
          </Button>
        )}
      </div>
      <FeedbackBar feedback={feedback} where="actions" />
      <FeedbackBar feedback={feedback} where="list" />
      {sections.length > 0 && (
        <FindingsView
          sections={sections}
          counts={counts}
          label={t("ui.findingsLabel")}
          current={current}
          explanations={explanations}
          jump={jump}
          explain={(f, text) => saveNotes({ ...notes, [findingKey(f)]: text }, t("ui.explainedSaved"))}
          unexplain={(f) => {
            const next = { ...notes };
            delete next[findingKey(f)];
            void saveNotes(next, t("ui.unexplained"));
          }}
          idPrefix="pane"
        />
      )}
    </>
  );
}

/** The result in one line: a clear success when there is no error, else the count of errors. */
function Outcome({ tables, counts }: { tables: number; counts: { error: number; warning: number; info: number } }): React.ReactElement {
  const t = useT();
  if (counts.error === 0) {
    return (
      <MessageBar intent="success" id="outcome" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("ui.noErrors")}</MessageBarTitle>
          {counts.warning || counts.info ? t("ui.noErrorsButOthers", { tables, warning: counts.warning, info: counts.info }) : t("ui.noErrorsDetail", { tables })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" id="outcome" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("ui.hasErrors", { error: counts.error })}</MessageBarTitle>
        {t("pane.summary", { tables })}
      </MessageBarBody>
    </MessageBar>
  );
}
