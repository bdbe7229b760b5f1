/**
 * The browser page's app, on the pane's component set (React + Fluent UI, src/apps/ui): a file
 * picker (files, a folder, or a drop anywhere), progress while the files are checked one after
 * another, then one collapsible section per file with the pane's findings view, the annotated
 * copy and the batch summary. Everything it needs from the browser goes through the PagePort.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  AccordionToggleEventHandler,
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import { translator, type Locale } from "../../catalog/messages";
import { useLocale, useT } from "../ui/locale";
import type { FileReport } from "../../engine/file-report";
import { countFindings, type FindingCounts } from "../../model/findings";
import { findingKey } from "../../model/host-port";
import { oneLine, placedGroups } from "../../present/groups";
import { overallLine } from "../../present/overall";
import { fileStem } from "../../present/spreadsheet-names";
import { foldAcrossTables } from "../ui/across-tables";
import { FindingsView } from "../ui/FindingsView";
import { useFindingStyles } from "../ui/FindingParts";
import { foldSameMessages, Section, sectionsOf, SEVERITIES } from "../ui/findings-model";
import { LiveRegion, Outcome } from "../ui/feedback";
import type { Collected } from "./collect-files";
import type { CheckedFile, PagePort } from "./page-port";

export const ACCEPT = ".xlsx,.xlsm,.xls,.et,.ett,.xlsb,.ods";

const useStyles = makeStyles({
  page: {
    maxWidth: "1100px",
    marginLeft: "auto",
    marginRight: "auto",
    paddingTop: tokens.spacingVerticalL,
    paddingBottom: "48px",
    paddingLeft: tokens.spacingHorizontalXL,
    paddingRight: tokens.spacingHorizontalXL,
    boxSizing: "border-box",
    "@media (max-width: 480px)": { paddingLeft: tokens.spacingHorizontalM, paddingRight: tokens.spacingHorizontalM },
  },
  title: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, marginTop: 0, marginBottom: tokens.spacingVerticalS },
  privacy: { color: tokens.colorPaletteGreenForeground1, marginTop: 0, marginBottom: tokens.spacingVerticalXS },
  scope: { color: tokens.colorNeutralForeground2, marginTop: 0, marginBottom: tokens.spacingVerticalM },
  drop: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    alignItems: "center",
    padding: tokens.spacingHorizontalL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalM, minHeight: "1.5em" },
  toolbar: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tools: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  file: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusLarge, marginTop: tokens.spacingVerticalS },
  fileBad: { border: `1px solid ${tokens.colorPaletteRedBorder2}` },
  header: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "baseline", minWidth: 0 },
  fileName: { fontWeight: tokens.fontWeightSemibold, wordBreak: "break-all" },
  marks: { display: "inline-flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  zero: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2 },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
  clean: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface PageAppProps {
  port: PagePort;
}

interface Progress {
  value: number;
  text: string;
}

/** The sections of one file's findings: the pane's, and the explained ones (listed apart, not counted) last. */
function fileSections(report: FileReport, locale: Locale): Section[] {
  const t = translator(locale);
  const main = foldAcrossTables(sectionsOf(report.tables, report.findings, locale), locale);
  const explained = report.explained ?? [];
  if (!explained.length) return main;
  const findings = explained.map((e) => e.finding);
  return [
    ...main,
    {
      key: "explained",
      heading: t("pane.explained", { count: findings.length }),
      sheet: "",
      counts: countFindings(findings),
      items: foldSameMessages(findings, locale).flatMap((i) => (i.kind === "single" ? [i] : i.findings.map((f) => ({ kind: "single" as const, key: findingKey(f), severity: f.severity, finding: f })))),
    },
  ];
}

/** 错误 3 · 警告 6 · 提示 2 in the file's heading, in the severity colours of the findings list. */
function CountMarks({ counts }: { counts: FindingCounts }): React.ReactElement {
  const t = useT();
  const s = useFindingStyles();
  const styles = useStyles();
  return (
    <span className={mergeClasses("counts", styles.marks)}>
      {SEVERITIES.map((sev) => (
        <span key={sev} className={mergeClasses("count", `sev-${sev}`, s.sev, counts[sev] ? s[sev] : styles.zero)}>
          {t(`severity.${sev}`)} {counts[sev]}
        </span>
      ))}
    </span>
  );
}

function NotChecked(): React.ReactElement {
  const t = useT();
  const s = useFindingStyles();
  return <span className={mergeClasses("count sev-error", s.sev, s.error)}>{t("web.notChecked")}</span>;
}

function FileResult({ entry, port }: { entry: CheckedFile; port: PagePort }): React.ReactElement {
  const locale = useLocale();
  const t = useT();
  const styles = useStyles();
  const { report } = entry;
  const sections = React.useMemo(() => fileSections(report, locale), [report, locale]);
  const explanations = React.useMemo(() => new Map((report.explained ?? []).map((e) => [e.finding, e.note] as const)), [report]);
  // Once per report, not on every render (a county workbook has thousands of tables).
  const groups = React.useMemo(() => placedGroups(report), [report]);
  const [copy, setCopy] = React.useState<Outcome | null>(null);
  const [writing, setWriting] = React.useState(false);

  if (report.error !== undefined) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody className="load-error">{report.error}</MessageBarBody>
      </MessageBar>
    );
  }
  const clean = groups.filter((g) => !g.findings.length).length;
  const downloadCopy = async () => {
    const name = t("web.copyName", { stem: fileStem(report.file) });
    setWriting(true);
    setCopy({ intent: "info", text: t("web.writing", { file: name }) });
    try {
      const lost = await port.downloadCopy(entry);
      setCopy(lost ? { intent: "warning", text: lost } : { intent: "success", text: t("web.copyDone", { file: name }) });
    } catch (e) {
      setCopy({ intent: "error", text: t("web.writeFailed", { file: name, message: oneLine(e instanceof Error ? e.message : String(e)) }) });
    } finally {
      setWriting(false);
    }
  };
  return (
    <div className={styles.panel}>
      {sections.length > 0 && (
        <FindingsView
          sections={sections}
          counts={countFindings(report.findings)}
          label={t("ui.findingsLabel") + "：" + report.file}
          explanations={explanations}
          maxHeight="min(70vh, 640px)"
        />
      )}
      {clean > 0 && <Text className={mergeClasses("clean", styles.clean)}>{t(clean === groups.length ? "cli.allTablesClean" : "cli.otherTablesClean", { count: clean })}</Text>}
      {!report.tables.length && <Text className={mergeClasses("clean", styles.clean)}>{t("cli.noTables")}</Text>}
      {entry.file && (
        <div className={styles.actions}>
          <Button className="download-copy" title={t("web.downloadCopyHint")} disabled={writing} onClick={() => void downloadCopy()}>
            {t("web.downloadCopy")}
          </Button>
        </div>
      )}
      {copy && (
        <MessageBar intent={copy.intent} layout="multiline" className="copy-note">
          <MessageBarBody>{copy.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/** A file's section opens by itself when it needs attention (errors, unreadable) or is the only one. */
function opensByItself(report: FileReport, alone: boolean): boolean {
  return alone || report.error !== undefined || report.findings.some((f) => f.severity === "error");
}

export function PageApp({ port }: PageAppProps): React.ReactElement {
  const locale = useLocale();
  const t = useT();
  const styles = useStyles();
  const [checked, setChecked] = React.useState<CheckedFile[]>([]);
  const [running, setRunning] = React.useState(false);
  const runningRef = React.useRef(false);
  const [progress, setProgress] = React.useState<Progress | null>(null);
  const [status, setStatus] = React.useState("");
  const [openItems, setOpenItems] = React.useState<string[]>([]);
  const [over, setOver] = React.useState(false);
  const [summary, setSummary] = React.useState<Outcome | null>(null);
  const [announcement, setAnnouncement] = React.useState("");
  /** Runs finished so far: lets a reader of the page (a test) tell one run's results from the next's. */
  const [runs, setRuns] = React.useState(0);
  const filesInput = React.useRef<HTMLInputElement>(null);
  const folderInput = React.useRef<HTMLInputElement>(null);

  const run = React.useCallback(
    async (collected: Collected) => {
      if (runningRef.current) return;
      setChecked([]);
      setOpenItems([]);
      setSummary(null);
      const skippedText = collected.skipped.length ? t("web.skipped", { count: collected.skipped.length, file: collected.skipped[0] }) : "";
      if (!collected.files.length) {
        setStatus([t("web.noSpreadsheets"), skippedText].filter(Boolean).join(" "));
        return;
      }
      runningRef.current = true;
      setRunning(true);
      const total = collected.files.length;
      const done: CheckedFile[] = [];
      try {
        for (let i = 0; i < total; i++) {
          const picked = collected.files[i];
          const text = t("web.progress", { index: i + 1, total, file: picked.name });
          setStatus(text);
          setProgress({ value: i / total, text });
          const entry = await port.check(picked, (fraction) => setProgress({ value: (i + fraction) / total, text }));
          done.push(entry);
          setChecked(done.slice());
          if (opensByItself(entry.report, total === 1)) setOpenItems((prev) => [...prev, String(i)]);
        }
        setStatus(skippedText);
      } catch (e) {
        setStatus(t("web.checkFailedAll", { message: oneLine(e instanceof Error ? e.message : String(e)) }));
      } finally {
        runningRef.current = false;
        setRunning(false);
        setProgress(null);
        setRuns((n) => n + 1);
        if (done.length) setAnnouncement(overallLine(done.map((c) => c.report), locale));
      }
    },
    [port, locale, t],
  );

  // The whole page takes drops; without preventDefault the browser would open the file instead.
  React.useEffect(() => {
    const onOver = (e: DragEvent) => {
      e.preventDefault();
      setOver(true);
    };
    const onLeave = () => setOver(false);
    const onDrop = (e: DragEvent) => {
      e.preventDefault();
      setOver(false);
      if (e.dataTransfer && !runningRef.current) void port.collectDropped(e.dataTransfer).then(run);
    };
    document.addEventListener("dragover", onOver);
    document.addEventListener("dragleave", onLeave);
    document.addEventListener("drop", onDrop);
    return () => {
      document.removeEventListener("dragover", onOver);
      document.removeEventListener("dragleave", onLeave);
      document.removeEventListener("drop", onDrop);
    };
  }, [port, run]);

  const picked = (input: HTMLInputElement | null, fromFolder: boolean) => {
    if (!input) return;
    if (input.files) void run(port.collectPicked(input.files, fromFolder));
    input.value = ""; // picking the same file again checks it again
  };

  const downloadSummary = async () => {
    const name = t("web.summaryName");
    setSummary({ intent: "info", text: t("web.writing", { file: name }) });
    try {
      await port.downloadSummary(checked.map((c) => c.report));
      setSummary(null);
    } catch (e) {
      setSummary({ intent: "error", text: t("web.writeFailed", { file: name, message: oneLine(e instanceof Error ? e.message : String(e)) }) });
    }
  };

  const reports = checked.map((c) => c.report);
  const bad = reports.some((r) => r.error !== undefined || r.findings.some((f) => f.severity === "error"));
  const finished = !running && checked.length > 0;
  const onToggle: AccordionToggleEventHandler<string> = (_, data) => setOpenItems(data.openItems);

  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>{t("web.heading")}</h1>
        <p className={mergeClasses("privacy", styles.privacy)}>{t("web.privacy")}</p>
        <p className={mergeClasses("scope", styles.scope)}>{t("web.scope")}</p>
      </header>
      <div id="drop" className={mergeClasses("drop", styles.drop, over && styles.over)} role="group" aria-label={t("ui.pageDropLabel")}>
        <Button appearance="primary" id="pick-files" disabled={running} onClick={() => filesInput.current?.click()}>
          {t("web.pickFiles")}
        </Button>
        <Button id="pick-folder" disabled={running} onClick={() => folderInput.current?.click()}>
          {t("web.pickFolder")}
        </Button>
        <Text>{t("web.drop")}</Text>
      </div>
      <input ref={filesInput} type="file" id="files" multiple accept={ACCEPT} hidden onChange={(e) => picked(e.currentTarget, false)} />
      {/* webkitdirectory is not in React's types; React 18 passes it on as an attribute. */}
      <input ref={folderInput} type="file" id="folder" hidden onChange={(e) => picked(e.currentTarget, true)} {...{ webkitdirectory: "" }} />
      <div className={styles.progress}>
        {progress && <ProgressBar value={progress.value} max={1} thickness="large" aria-label={t("web.progressLabel")} id="progress" />}
        <Text id="status" role="status">
          {status}
        </Text>
      </div>
      <div id="toolbar" className={styles.toolbar} hidden={!finished}>
        <MessageBar intent={bad ? "error" : "success"} layout="multiline">
          <MessageBarBody>
            <span id="overall" className={bad ? "bad" : "good"}>
              {finished ? overallLine(reports, locale) : ""}
            </span>
          </MessageBarBody>
        </MessageBar>
        <div className={styles.tools}>
          <Button id="download-summary" disabled={running} onClick={() => void downloadSummary()}>
            {t("web.downloadSummary")}
          </Button>
          <Button
            id="clear"
            appearance="subtle"
            disabled={running}
            onClick={() => {
              setChecked([]);
              setOpenItems([]);
              setStatus("");
              setSummary(null);
            }}
          >
            {t("web.clear")}
          </Button>
        </div>
        {summary && (
          <MessageBar intent={summary.intent} layout="multiline" className="summary-note">
            <MessageBarBody>{summary.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div id="results" role="region" aria-label={t("web.filesLabel")} data-runs={runs}>
        {checked.length > 0 && (
          <Accordion multiple collapsible openItems={openItems} onToggle={onToggle}>
            {checked.map((entry, i) => {
              const failed = entry.report.error !== undefined;
              const counts = countFindings(entry.report.findings);
              return (
                <AccordionItem
                  key={i}
                  value={String(i)}
                  className={mergeClasses("file", failed ? "failed" : counts.error ? "has-errors" : undefined, styles.file, (failed || counts.error > 0) && styles.fileBad)}
                  data-file={entry.report.file}
                >
                  <AccordionHeader as="h2" expandIconPosition="start">
                    <span className={styles.header}>
                      <span className={mergeClasses("file-name", styles.fileName)}>{entry.report.file}</span>
                      {failed ? (
                        <NotChecked />
                      ) : (
                        <CountMarks counts={counts} />
                      )}
                    </span>
                  </AccordionHeader>
                  <AccordionPanel>
                    <FileResult entry={entry} port={port} />
                  </AccordionPanel>
                </AccordionItem>
              );
            })}
          </Accordion>
        )}
      </div>
      <LiveRegion text={announcement} />
    </div>
  );
}
