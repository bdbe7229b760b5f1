/**
 * 插入标准指标模板: search or pick a library type, preview its rows, then insert it as a new sheet or
 * at the selected cell. A non-empty cell is never overwritten without a confirmation that lists
 * the cells. Host work goes through the port only.
 */
import * as React from "react";
import {
  Button,
  Field,
  Input,
  makeStyles,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { goalsTranslator } from "../../catalog/messages/goals-pane";
import { useLocale } from "./locale";
import { PROJECT_TYPES, projectTypeById } from "../../catalog/indicator-library";
import type { Framework } from "../../catalog/indicator-frameworks";
import { moneyFromNumber } from "../../model/money";
import type { WritePlan } from "../../model/write-plan";
import { toA1 } from "../../model/a1";
import { FeedbackBar } from "./feedback";
import type { GoalFormProps } from "./GoalsTab";
import { parseAmountWan } from "./GoalTemplateForm";
import { libraryPlan, previewRows, typesMatching } from "./goal-forms";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  preview: { maxHeight: "240px", overflowY: "auto", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  caption: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, textAlign: "left" },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": { textAlign: "left", verticalAlign: "top", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
    "& th": { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  },
  toFill: { color: tokens.colorPaletteMarigoldForeground2, fontStyle: "italic" },
  buttons: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
});

/** A write at the selection waiting for the user's confirmation. */
interface Pending {
  sheet: string;
  at: { row: number; col: number };
  plan: WritePlan;
  occupied: string[];
}

const SHOWN_CELLS = 30;

export function LibraryTemplateForm({ port, busy, perform, feedback, confirm }: GoalFormProps): React.ReactElement {
  const locale = useLocale();
  const tg = goalsTranslator(locale);
  const styles = useStyles();
  const [query, setQuery] = React.useState("");
  const [chosen, setChosen] = React.useState<string | undefined>();
  // Searching again picks the best match again.
  React.useEffect(() => setChosen(undefined), [query]);
  const [framework, setFramework] = React.useState<Framework>("classic");
  const [project, setProject] = React.useState("");
  const [amount, setAmount] = React.useState("");
  const [amountError, setAmountError] = React.useState<string | undefined>();
  const amountRef = React.useRef<HTMLInputElement>(null);

  const matching = React.useMemo(() => typesMatching(query), [query]);
  // The chosen type while the search still lists it, else the best match.
  const type = (chosen && matching.some((m) => m.id === chosen) ? projectTypeById(chosen) : undefined) ?? matching[0];
  const parsed = parseAmountWan(amount);
  const amountMoney = parsed.ok && parsed.value !== undefined ? moneyFromNumber(parsed.value) : undefined;
  const rows = React.useMemo(() => (type ? previewRows(type, framework, amountMoney) : []), [type, framework, amountMoney]);

  /** The plan to write, or undefined after saying under the amount field what is missing. */
  const planOrSay = (): WritePlan | undefined => {
    if (!type) return undefined;
    const error = !amount.trim() ? tg("gp.libAmountRequired") : parsed.ok ? undefined : tg("gp.libAmountInvalid", { text: amount.trim() });
    setAmountError(error);
    if (error || !parsed.ok || parsed.value === undefined) {
      amountRef.current?.focus();
      return undefined;
    }
    return libraryPlan(type, project, parsed.value, framework, locale);
  };

  const insertSheet = () => {
    const plan = planOrSay();
    if (!plan) return;
    void perform("library", tg("gp.act.library"), async () => {
      const sheet = await port.writeSheet(plan);
      return { intent: "success", text: tg("gp.libInserted", { sheet, count: plan.highlights?.length ?? 0 }) };
    });
  };

  const insertHere = () => {
    const plan = planOrSay();
    if (!plan) return;
    let pending: Pending | undefined;
    void perform("library", tg("gp.act.library"), async () => {
      const selection = await port.readSelection();
      const at = { row: selection.range.top, col: selection.range.left };
      const result = await port.writeAt(selection.sheet, at, plan);
      if (result.written) return { intent: "success", text: tg("gp.libInsertedAt", { sheet: selection.sheet, cell: toA1(at.row, at.col) }) };
      pending = { sheet: selection.sheet, at, plan, occupied: result.occupied };
      return { intent: "warning", text: tg("gp.libAsk") };
    }).then(async () => {
      if (!pending) return;
      const p = pending;
      // Ask first, listing the cells that would be overwritten.
      const yes = await confirm({
        title: tg("gp.libConfirmTitle"),
        question: tg("gp.libOccupied", { count: p.occupied.length }),
        items: p.occupied.slice(0, SHOWN_CELLS).map((c) => `${p.sheet}!${c}`),
        more: p.occupied.length > SHOWN_CELLS ? tg("gp.libOccupiedMore", { count: p.occupied.length }) : undefined,
        confirm: tg("gp.libOverwrite"),
        cancel: tg("gp.libCancel"),
      });
      await perform("library", tg("gp.act.library"), async () => {
        if (!yes) return { intent: "info", text: tg("gp.libCancelled") };
        const again = await port.writeAt(p.sheet, p.at, p.plan, p.occupied);
        return again.written
          ? { intent: "success", text: tg("gp.libInsertedAt", { sheet: p.sheet, cell: toA1(p.at.row, p.at.col) }) }
          : { intent: "warning", text: tg("gp.libChanged") };
      });
    });
  };

  return (
    <section className={styles.form} id="library" aria-labelledby="library-heading">
      <h2 className={styles.heading} id="library-heading">
        {tg("gp.libHeading")}
      </h2>
      <Text size={200}>{tg("gp.libIntro")}</Text>
      <Field
        label={tg("gp.libSearch")}
        hint={tg("gp.libTypeHint", { count: PROJECT_TYPES.length })}
        validationState={matching.length ? "none" : "error"}
        validationMessage={matching.length ? undefined : tg("gp.libNoMatch", { query: query.trim() })}
      >
        <Input id="lib-search" type="search" value={query} placeholder={tg("gp.libTypePlaceholder")} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      <Field label={tg("gp.libType")}>
        <Select id="lib-type" value={type?.id ?? ""} disabled={!matching.length} onChange={(_, d) => setChosen(d.value)}>
          {matching.map((m) => (
            <option key={m.id} value={m.id}>
              {`${m.name}（${m.group}）`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={tg("gp.framework")}>
        <Select id="lib-framework" value={framework} onChange={(_, d) => setFramework(d.value === "2021" ? "2021" : "classic")}>
          <option value="classic">{tg("gp.frameworkClassic")}</option>
          <option value="2021">{tg("gp.framework2021")}</option>
        </Select>
      </Field>
      <Field label={tg("gp.libProject")}>
        <Input id="lib-project" value={project} placeholder={type?.name} onChange={(_, d) => setProject(d.value)} />
      </Field>
      <Field label={tg("gp.libAmount")} required validationState={amountError ? "error" : "none"} validationMessage={amountError}>
        <Input
          id="lib-amount"
          ref={amountRef}
          inputMode="decimal"
          value={amount}
          onChange={(_, d) => {
            setAmount(d.value);
            if (d.value.trim() && parseAmountWan(d.value).ok) setAmountError(undefined);
          }}
        />
      </Field>
      {type && (
        <div className={styles.preview} id="lib-preview" tabIndex={0} role="region" aria-label={tg("gp.libPreview", { type: type.name, count: rows.length })}>
          <table className={styles.table}>
            <caption className={styles.caption}>{tg("gp.libPreview", { type: type.name, count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{tg("gp.libPreviewLevel2")}</th>
                <th scope="col">{tg("gp.libPreviewName")}</th>
                <th scope="col">{tg("gp.libPreviewTarget")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i} data-kind={r.kind}>
                  <td>{r.level2}</td>
                  <td>{r.name}</td>
                  <td>
                    {r.kind === "filled" ? (
                      r.target
                    ) : (
                      <span className={styles.toFill}>{r.kind === "to-fill" ? tg("gp.libToFill", { pattern: r.pattern ?? "" }) : tg("gp.libCapPending", { pattern: r.pattern ?? "" })}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" id="lib-insert-sheet" disabled={busy || !type} onClick={insertSheet}>
          {tg("gp.libInsertSheet")}
        </Button>
        <Button id="lib-insert-here" disabled={busy || !type} onClick={insertHere}>
          {tg("gp.libInsertHere")}
        </Button>
      </div>
      <FeedbackBar feedback={feedback} where="library" />
    </section>
  );
}
