/**
 * The findings list: severity counts that filter when clicked, then a tree of tables (errors
 * first) with their findings; the same message on many cells is one expandable row. Only the rows
 * in view are rendered (a county workbook has thousands). The tree is one tab stop: arrow keys move
 * between rows, Right/Left open and close, Enter or Space goes to the cell.
 */
import * as React from "react";
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, ToggleButton, tokens } from "@fluentui/react-components";
import type { Finding, FindingCounts, Severity } from "../../model/findings";
import { filterSections, Row, rowsOf, Section, SEVERITIES } from "./findings-model";
import { cellName, Figures, RelatedCells, RuleInfo, SeverityMark } from "./FindingParts";
import { VirtualRows } from "./VirtualRows";
import { renderMessage } from "../../present/render";
import { useLocale, useT } from "./locale";

const useStyles = makeStyles({
  counts: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  tree: {
    flexGrow: 1,
    minHeight: "120px",
    overflowY: "auto",
    position: "relative",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    marginTop: tokens.spacingVerticalS,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  row: {
    display: "block",
    boxSizing: "border-box",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingRight: tokens.spacingHorizontalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: "pointer",
    outlineStyle: "none",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px", borderRadius: tokens.borderRadiusMedium },
  },
  level1: { paddingLeft: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground2, fontWeight: tokens.fontWeightSemibold },
  level2: { paddingLeft: "20px" },
  level3: { paddingLeft: "36px" },
  /** A finding with nothing to go to (the page has no workbook to select in; a whole-sheet finding has no cell). */
  noJump: { cursor: "default" },
  current: { boxShadow: `inset 4px 0 0 ${tokens.colorBrandBackground}`, backgroundColor: tokens.colorBrandBackground2 },
  line: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  chevron: { width: "1em", flexShrink: 0, color: tokens.colorNeutralForeground2 },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2, flexShrink: 0 },
  message: { wordBreak: "break-word", whiteSpace: "pre-wrap", flexGrow: 1 },
  tail: { display: "flex", gap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalXXS, alignItems: "center", flexWrap: "wrap" },
  sectionCounts: { marginLeft: "auto", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, flexShrink: 0, fontSize: tokens.fontSizeBase200 },
  currentTag: { fontSize: tokens.fontSizeBase200, color: tokens.colorBrandForeground1 },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXXS },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS, cursor: "auto" },
  formButtons: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** What the pane adds to a finding (the page has neither). */
export interface FindingActions {
  /** Goes to the finding's cell. */
  jump?(f: Finding): void;
  /** Saves an explanation of a warning or note; resolves to an error sentence, or undefined when saved. */
  explain?(f: Finding, text: string): Promise<string | undefined>;
  /** Withdraws the explanation of an explained finding. */
  unexplain?(f: Finding): void;
}

export interface FindingsViewProps extends FindingActions {
  sections: readonly Section[];
  counts: FindingCounts;
  /** The explanation of each explained finding (shown in the 已说明 section), by row key. */
  explanations?: ReadonlyMap<Finding, string>;
  /** Key of the finding last jumped to: it stays marked. */
  current?: Finding;
  /** Accessible name of the list (e.g. the file's name on the page). */
  label: string;
  /** Fixed height for the scroll area (the page); the pane lets it fill the space left. */
  maxHeight?: string;
  idPrefix?: string;
}

/** The 错误 3 · 警告 6 · 提示 2 buttons: one pressed shows only that severity. */
export function SeverityCounts({ counts, only, onChange }: { counts: FindingCounts; only: Severity | null; onChange(s: Severity | null): void }): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  return (
    <div className={`${styles.counts} counts`} role="group" aria-label={t("ui.filterLabel")} title={t("ui.filterHint")}>
      {SEVERITIES.map((sev) => (
        <ToggleButton
          key={sev}
          size="small"
          shape="circular"
          appearance={only === sev ? "primary" : "outline"}
          checked={only === sev}
          className={`count sev-${sev}`}
          data-severity={sev}
          disabled={counts[sev] === 0 && only !== sev}
          onClick={() => onChange(only === sev ? null : sev)}
        >
          {t("ui.countButton", { severity: t(`severity.${sev}`), count: counts[sev] })}
        </ToggleButton>
      ))}
    </div>
  );
}

export function FindingsView(props: FindingsViewProps): React.ReactElement {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const [only, setOnly] = React.useState<Severity | null>(null);
  const [toggled, setToggled] = React.useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = React.useState(0);
  const [explaining, setExplaining] = React.useState<string | null>(null);
  const focusPending = React.useRef(false);
  const rowRefs = React.useRef(new Map<number, HTMLElement>());
  const scrollTo = React.useRef<((index: number) => void) | null>(null);

  const shown = React.useMemo(() => new Set<Severity>(only ? [only] : SEVERITIES), [only]);
  const sections = React.useMemo(() => filterSections(props.sections, shown), [props.sections, shown]);
  const rows = React.useMemo(() => rowsOf(sections, toggled), [sections, toggled]);
  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));

  const toggle = (key: string) =>
    setToggled((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const moveTo = (index: number) => {
    const i = Math.max(0, Math.min(rows.length - 1, index));
    setActive(i);
    focusPending.current = true;
    scrollTo.current?.(i);
  };

  React.useLayoutEffect(() => {
    if (!focusPending.current) return;
    const el = rowRefs.current.get(activeIndex);
    if (el) {
      focusPending.current = false;
      el.focus();
    }
  });

  const activate = (row: Row, index: number) => {
    setActive(index);
    if (row.type === "finding") props.jump?.(row.finding);
    else toggle(row.key);
  };

  const parentIndex = (index: number) => {
    const level = rows[index].level;
    for (let i = index - 1; i >= 0; i--) if (rows[i].level < level) return i;
    return index;
  };

  const onKeyDown = (e: React.KeyboardEvent, row: Row, index: number) => {
    if (e.target !== e.currentTarget) return; // keys in the explanation form are the form's
    const open = row.type !== "finding" && row.open;
    switch (e.key) {
      case "ArrowDown":
        moveTo(index + 1);
        break;
      case "ArrowUp":
        moveTo(index - 1);
        break;
      case "Home":
        moveTo(0);
        break;
      case "End":
        moveTo(rows.length - 1);
        break;
      case "ArrowRight":
        if (row.type !== "finding" && !open) toggle(row.key);
        else if (open) moveTo(index + 1);
        break;
      case "ArrowLeft":
        if (open) toggle(row.key);
        else moveTo(parentIndex(index));
        break;
      case "Enter":
      case " ":
        activate(row, index);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const currentKey = props.current;
  // The page has no cells to go to: its hint only says how to move.
  const label = `${props.label}（${t(props.jump ? "ui.jumpHint" : "ui.moveHint")}）`;

  const renderRow = (row: Row, index: number) => {
    const isActive = index === activeIndex;
    const common = {
      role: "treeitem",
      "aria-level": row.level,
      "aria-posinset": row.posinset,
      "aria-setsize": row.setsize,
      tabIndex: isActive ? 0 : -1,
      onKeyDown: (e: React.KeyboardEvent) => onKeyDown(e, row, index),
      onFocus: (e: React.FocusEvent) => {
        if (e.target === e.currentTarget && index !== activeIndex) setActive(index);
      },
      ref: (el: HTMLElement | null) => {
        if (el) rowRefs.current.set(index, el);
        else if (rowRefs.current.get(index)) rowRefs.current.delete(index);
      },
    };
    if (row.type === "section") {
      const c = row.section.counts;
      const parts = SEVERITIES.filter((s) => c[s]).map((s) => `${t(`severity.${s}`)} ${c[s]}`);
      return (
        <div {...common} aria-expanded={row.open} className={`${styles.row} ${styles.level1} table-section`} data-section={row.section.key} onClick={() => activate(row, index)}>
          <div className={styles.line}>
            <span className={styles.chevron} aria-hidden="true">{row.open ? "▾" : "▸"}</span>
            <span className={styles.message}>{row.section.heading}</span>
            <span className={styles.sectionCounts}>{parts.join(" · ")}</span>
          </div>
        </div>
      );
    }
    if (row.type === "group") {
      const g = row.group;
      const cells = g.findings.map((f) => cellName(f, row.section.sheet));
      return (
        <div {...common} aria-expanded={row.open} className={`${styles.row} ${styles.level2} finding-group sev-${g.severity}`} data-rule={g.ruleId} onClick={() => activate(row, index)}>
          <div className={styles.line}>
            <span className={styles.chevron} aria-hidden="true">{row.open ? "▾" : "▸"}</span>
            <SeverityMark severity={g.severity} />
            <span className={styles.message}>{g.message}</span>
          </div>
          <div className={styles.note}>{t("ui.groupCells", { count: g.findings.length, cells: cells.slice(0, 6).join("、") + (cells.length > 6 ? "…" : "") })}</div>
          <div className={styles.tail}>
            <RuleInfo ruleId={g.ruleId} tabbable={isActive} />
          </div>
        </div>
      );
    }
    const f = row.finding;
    const isCurrent = currentKey === f;
    const note = props.explanations?.get(f);
    const canExplain = !!props.explain && f.severity !== "error" && note === undefined;
    return (
      <div
        {...common}
        aria-current={isCurrent ? "true" : undefined}
        className={`${styles.row} ${row.level === 3 ? styles.level3 : styles.level2} ${isCurrent ? styles.current : ""} ${props.jump && f.cell ? "" : styles.noJump} finding sev-${f.severity}`}
        data-rule={f.ruleId}
        data-cell={f.cell}
        data-sheet={f.sheet}
        onClick={(e) => {
          if ((e.target as HTMLElement).closest("button, input, textarea, a, form")) return;
          activate(row, index);
        }}
      >
        <div className={styles.line}>
          <SeverityMark severity={f.severity} />
          <span className={`${styles.cell} cell`}>{f.cell ? (f.sheet === row.section.sheet ? f.cell : `${f.sheet}!${f.cell}`) : t("ui.wholeSheet")}</span>
          <span className={`${styles.message} message`}>{renderMessage(f, locale)}</span>
        </div>
        <Figures finding={f} unit={row.section.unit} />
        <RelatedCells finding={f} tabbable={isActive} />
        {note !== undefined && <div className={`${styles.note} explanation`}>{t("pane.explainedNote", { note })}</div>}
        <div className={styles.tail}>
          {isCurrent && <span className={styles.currentTag}>● {t("ui.current")}</span>}
          <RuleInfo ruleId={f.ruleId} tabbable={isActive} />
          {canExplain && explaining !== row.key && (
            <Button
              size="small"
              appearance="subtle"
              className="explain"
              tabIndex={isActive ? 0 : -1}
              onClick={(e) => {
                e.stopPropagation();
                setActive(index);
                setExplaining(row.key);
              }}
            >
              {t("ui.explainButton")}
            </Button>
          )}
          {note !== undefined && props.unexplain && (
            <Button size="small" appearance="subtle" className="unexplain" tabIndex={isActive ? 0 : -1} onClick={() => props.unexplain?.(f)}>
              {t("pane.unexplain")}
            </Button>
          )}
        </div>
        {canExplain && explaining === row.key && props.explain && (
          <ExplainForm
            finding={f}
            save={props.explain}
            onDone={() => {
              setExplaining(null);
              focusPending.current = true;
            }}
          />
        )}
      </div>
    );
  };

  return (
    <>
      <SeverityCounts
        counts={props.counts}
        only={only}
        onChange={(s) => {
          setOnly(s);
          setActive(0);
        }}
      />
      <VirtualRows
        rows={rows}
        rowKey={(r) => r.key}
        estimate={(r) => (r.type === "section" ? 38 : r.type === "group" ? 84 : 96)}
        render={renderRow}
        className={`${styles.tree} findings-tree`}
        style={props.maxHeight ? { maxHeight: props.maxHeight } : undefined}
        role="tree"
        label={label}
        id={props.idPrefix ? `${props.idPrefix}-tree` : undefined}
        activeIndex={activeIndex}
        onFocusFallback={() => moveTo(activeIndex)}
        scrollToRef={scrollTo}
      />
    </>
  );
}

function ExplainForm({ finding, save, onDone }: { finding: Finding; save: NonNullable<FindingActions["explain"]>; onDone(): void }): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  const [text, setText] = React.useState("");
  const [invalid, setInvalid] = React.useState(false);
  const [failure, setFailure] = React.useState<string | undefined>();
  const [saving, setSaving] = React.useState(false);
  const input = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => input.current?.focus(), []);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    e.stopPropagation();
    if (!text.trim()) {
      setInvalid(true);
      input.current?.focus();
      return;
    }
    setSaving(true);
    const error = await save(finding, text.trim());
    setSaving(false);
    if (error) setFailure(error);
    else onDone();
  };
  return (
    <form className={`${styles.form} explain-form`} onSubmit={submit} onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
      <Field
        label={t("ui.explainTitle")}
        hint={t("ui.explainHint")}
        validationState={invalid ? "error" : "none"}
        validationMessage={invalid ? t("ui.explainRequired") : undefined}
      >
        <Input
          ref={input}
          value={text}
          placeholder={t("pane.explainPlaceholder")}
          onChange={(_, d) => {
            setText(d.value);
            if (d.value.trim()) setInvalid(false);
          }}
          onKeyDown={(e) => {
            if (e.key === "Escape") onDone();
          }}
        />
      </Field>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.formButtons}>
        <Button type="submit" appearance="primary" size="small" disabled={saving}>
          {t("pane.save")}
        </Button>
        <Button type="button" size="small" onClick={onDone}>
          {t("pane.cancel")}
        </Button>
      </div>
    </form>
  );
}

export function EmptyNote({ children }: { children: React.ReactNode }): React.ReactElement {
  return <Text>{children}</Text>;
}
