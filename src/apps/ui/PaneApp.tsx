/**
 * The task pane (Excel and WPS): tabs 检查 | 绩效目标 | 函数. Checking reads the workbook through
 * the host port, runs the core and lists the findings; the accountant goes to cells, highlights
 * and clears them, writes a report sheet, fills blank scores and explains warnings. Every
 * outcome is said next to the action that produced it. No host API here: only the HostPort.
 */
import * as React from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { countFindings, Finding } from "../../model/findings";
import { useLocale, useT } from "./locale";
import { findingKey, HostPort } from "../../model/host-port";
import { hostFailure } from "./host-errors";
import { FunctionsHelp } from "./FunctionsHelp";
import { useConfirm } from "./ConfirmDialog";
import { Feedback, FeedbackBar, LiveRegion, Perform } from "./feedback";
import { loadPaneCheck, prefetchPaneCheck, type PaneCheckModule } from "./pane-check-loader";
import type { Checked } from "./PaneResults";

/** The 绩效目标 tab (its forms, the indicator library and the fill code) loads when first opened: the pane starts lighter. */
const GoalsTab = React.lazy(() => import(/* webpackChunkName: "goals" */ "./GoalsTab").then((m) => ({ default: m.GoalsTab })));

export interface PaneExtras {
  /** An on-device self-test of the host adapter (WPS): one line per check, and the tally. */
  diagnose?: () => Promise<{ lines: string[]; passed: number; total: number }>;
  /** The custom functions' namespace in this host (Excel), shown on the 函数 tab. */
  functionNamespace?: string;
}

export interface PaneAppProps extends PaneExtras {
  port: HostPort;
  /** Start a check at once: 检查 was clicked on the prerendered page before the pane was live (src/apps/pane/early-clicks.ts). */
  checkAtStart?: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100%", minHeight: 0, boxSizing: "border-box" },
  header: { paddingLeft: tokens.spacingHorizontalM, paddingRight: tokens.spacingHorizontalM, paddingTop: tokens.spacingVerticalS },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  panel: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minHeight: 0,
    gap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    overflowY: "auto",
    // Only the findings list gives up height; buttons and messages keep theirs.
    "& > *": { flexShrink: 0 },
    "& > .findings-tree": { flexShrink: 1 },
  },
  findingsPanel: { overflowY: "hidden" },
  intro: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, margin: 0 },
  wide: { width: "100%" },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  list: { margin: 0, paddingLeft: "1.2em", fontSize: tokens.fontSizeBase200 },
});

type TabId = "check" | "goals" | "functions";

export function PaneApp({ port, diagnose, functionNamespace, checkAtStart }: PaneAppProps): React.ReactElement {
  const locale = useLocale();
  const t = useT();
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabId>("check");
  const [busy, setBusy] = React.useState(false);
  const busyRef = React.useRef(false);
  const [progress, setProgress] = React.useState<{ value: number; phase: string } | null>(null);
  const [feedback, setFeedback] = React.useState<Feedback | null>(null);
  const [rawErrors, setRawErrors] = React.useState<string[]>([]);
  const [checked, setChecked] = React.useState<Checked | null>(null);
  const [notes, setNotes] = React.useState<Record<string, string>>({});
  const [current, setCurrent] = React.useState<Finding | undefined>();
  const [announcement, setAnnouncement] = React.useState("");
  const [confirm, confirmDialog] = useConfirm();
  /** The check chunk (engine, rules, findings view), once loaded: fetched on idle after the first paint. */
  const [engine, setEngine] = React.useState<PaneCheckModule | null>(null);
  React.useEffect(() => prefetchPaneCheck(), []);

  /** Runs one host operation at a time; its outcome (or a translated failure) is shown at `where`. */
  const perform: Perform = React.useCallback(async (where, action, work) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setFeedback(null);
    try {
      const outcome = await work();
      if (outcome) setFeedback({ where, ...outcome });
    } catch (e) {
      const failure = hostFailure(e, action, locale);
      setRawErrors((prev) => [...prev.slice(-4), `${action}: ${failure.raw}`]);
      setFeedback({ where, intent: "error", text: failure.text });
      setAnnouncement(failure.text);
    } finally {
      busyRef.current = false;
      setBusy(false);
      setProgress(null);
    }
  }, [locale]);

  const runCheck = () =>
    perform("check", t("ui.act.check"), async () => {
      setProgress({ value: 0, phase: t("ui.phaseRead") });
      // The check chunk loads (if the idle prefetch has not brought it yet) while the workbook is read.
      const loaded = loadPaneCheck();
      loaded.catch(() => undefined);
      const snapshot = await port.readWorkbook((f) => setProgress({ value: 0.5 * f, phase: t("ui.phaseRead") }));
      setProgress({ value: 0.5, phase: t("pane.checking") });
      const { checkWorkbook, migrateNotes } = await loaded;
      const result = await checkWorkbook(snapshot, {
        onProgress: (p) =>
          setProgress({
            value: 0.5 + (0.5 * p.done) / Math.max(1, p.total),
            phase: p.sheet ? t("ui.phaseCheckSheet", { done: Math.min(p.done + 1, p.total), total: p.total, sheet: p.sheet }) : t("ui.phaseCross"),
          }),
      });
      // Explanations saved under the older, wording-based keys move to the current ones (in memory;
      // they are written back with the next explanation, so a check never writes).
      const saved = migrateNotes(await port.loadNotes(), result.findings).notes;
      setEngine(await loaded);
      setNotes(saved);
      setCurrent(undefined);
      setChecked({ tables: result.tables, findings: result.findings });
      const c = countFindings(result.findings.filter((f) => !(findingKey(f) in saved)));
      setAnnouncement(result.tables.length ? t("ui.announce", { ...c }) : t("ui.noTablesTitle"));
      return undefined;
    });

  const checkedAtStart = React.useRef(false);
  React.useEffect(() => {
    if (!checkAtStart || checkedAtStart.current) return;
    checkedAtStart.current = true;
    void runCheck();
  });

  const jump = (f: Finding) => {
    if (!f.cell) return;
    void perform("list", t("ui.act.select"), async () => {
      await port.selectCell(f.sheet, f.cell);
      setCurrent(f);
      return undefined;
    });
  };

  const saveNotes = async (next: Record<string, string>, message: string): Promise<string | undefined> => {
    let error: string | undefined;
    await perform("list", t("ui.act.explain"), async () => {
      try {
        await port.saveNotes(next);
      } catch (e) {
        error = hostFailure(e, t("ui.act.explain"), locale).text;
        throw e;
      }
      setNotes(next);
      setAnnouncement(message);
      return { intent: "success", text: message };
    });
    return error;
  };

  const noTables = checked !== null && checked.tables.length === 0;

  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <h1 className={styles.title}>{t("pane.title")}</h1>
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label={t("ui.tablistLabel")} size="medium">
          <Tab value="check" id="tab-check">
            {t("ui.tabCheck")}
          </Tab>
          <Tab value="goals" id="tab-goals">
            {t("ui.tabGoals")}
          </Tab>
          <Tab value="functions" id="tab-functions">
            {t("ui.tabFunctions")}
          </Tab>
        </TabList>
      </div>

      {tab === "check" && (
        <div className={`${styles.panel} ${checked && !noTables ? styles.findingsPanel : ""}`} role="tabpanel" aria-labelledby="tab-check" id="panel-check">
          {!checked && <p className={styles.intro}>{t("pane.intro")}</p>}
          <Button appearance="primary" id="check" className={styles.wide} disabled={busy} onClick={() => void runCheck()}>
            {checked ? t("pane.recheck") : t("pane.check")}
          </Button>
          {progress && (
            <div className={styles.progress} id="progress">
              <ProgressBar value={progress.value} max={1} thickness="large" aria-label={t("ui.progressTitle")} />
              <Text size={200} id="phase">
                {progress.phase}
              </Text>
            </div>
          )}
          <FeedbackBar feedback={feedback} where="check" />
          {checked && noTables && (
            <MessageBar intent="info" layout="multiline" id="no-tables">
              <MessageBarBody>
                <MessageBarTitle>{t("ui.noTablesTitle")}</MessageBarTitle>
                {t("ui.noTablesDetail")}
                {engine ? engine.recognisedTableNames().join("、") : ""}。{t("ui.noTablesHint")}
              </MessageBarBody>
            </MessageBar>
          )}
          {checked && !noTables && engine && (
            <engine.PaneResults
              port={port}
              checked={checked}
              notes={notes}
              current={current}
              busy={busy}
              perform={perform}
              feedback={feedback}
              jump={jump}
              saveNotes={saveNotes}
            />
          )}
        </div>
      )}

      {tab === "goals" && (
        <div className={styles.panel} role="tabpanel" aria-labelledby="tab-goals" id="panel-goals">
          <React.Suspense fallback={<Text size={200}>{t("ui.loadingTab")}</Text>}>
            <GoalsTab port={port} busy={busy} perform={perform} feedback={feedback} confirm={confirm} />
          </React.Suspense>
        </div>
      )}

      {tab === "functions" && (
        <div className={styles.panel} role="tabpanel" aria-labelledby="tab-functions" id="panel-functions" tabIndex={0}>
          <FunctionsHelp namespace={functionNamespace} />
          <Diagnostics rawErrors={rawErrors} diagnose={diagnose} busy={busy} perform={perform} feedback={feedback} />
        </div>
      )}
      {confirmDialog}
      <LiveRegion text={announcement} />
    </div>
  );
}

function Diagnostics(props: { rawErrors: string[]; diagnose?: PaneExtras["diagnose"]; busy: boolean; perform: Perform; feedback: Feedback | null }): React.ReactElement {
  const t = useT();
  const [lines, setLines] = React.useState<string[]>([]);
  const { diagnose } = props;
  return (
    <section id="diagnostics" aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading" style={{ fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` }}>
        {t("ui.diagnostics")}
      </h2>
      <Text size={200} block>
        {t("ui.diagnosticsIntro")}
      </Text>
      {props.rawErrors.length > 0 && (
        <pre className="raw-errors" style={{ whiteSpace: "pre-wrap", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" }}>
          {props.rawErrors.join("\n")}
        </pre>
      )}
      {diagnose && (
        <>
          <Text size={200} block>
            {t("selftest.intro")}
          </Text>
          <Button
            id="run-selftest"
            size="small"
            disabled={props.busy}
            onClick={() =>
              void props.perform("selftest", t("ui.act.selftest"), async () => {
                const result = await diagnose();
                setLines(result.lines);
                return { intent: result.passed === result.total ? "success" : "warning", text: t("selftest.done", { passed: result.passed, total: result.total }) };
              })
            }
          >
            {t("selftest.run")}
          </Button>
          <FeedbackBar feedback={props.feedback} where="selftest" />
          {lines.length > 0 && (
            <pre id="selftest-result" style={{ whiteSpace: "pre-wrap", fontSize: tokens.fontSizeBase200 }}>
              {lines.join("\n")}
            </pre>
          )}
        </>
      )}
    </section>
  );
}
