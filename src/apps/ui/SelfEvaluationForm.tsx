/**
 * 绩效自评表: create the self-evaluation of the workbook's goal tables (or of the selected sheet's)
 * with the stated, editable points per 一级; fill the 执行率 and 得分 that follow from the figures;
 * list the rows that still need a 偏差原因.
 */
import * as React from "react";
import { Button, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { goalsTranslator, type GoalsPaneKey } from "../../catalog/messages/goals-pane";
import { useLocale } from "./locale";
import { DEFAULT_WEIGHTS, fillSelfEvaluation, readGoalSources, selfEvaluationPlans, type ReasonNeeded } from "../../fill/self-evaluation";
import type { HostPort } from "../../model/host-port";
import { Feedback, FeedbackBar, Perform } from "./feedback";
import { readWeights, WEIGHT_KEYS, type WeightKey } from "./goal-forms";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  // A fieldset is at least as wide as its content unless told otherwise, and a grid track of 1fr at
  // least as wide as its input's default size: both would push the second column past 320 px.
  weights: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS, border: 0, margin: 0, padding: 0, minWidth: 0 },
  weightInput: { minWidth: 0, width: "100%" },
  legend: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, padding: 0, marginBottom: tokens.spacingVerticalXS },
  buttons: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: "1.2em", fontSize: tokens.fontSizeBase200 },
});

const LABELS: Record<WeightKey, GoalsPaneKey> = {
  execution: "gp.weightExecution",
  output: "gp.weightOutput",
  benefit: "gp.weightBenefit",
  satisfaction: "gp.weightSatisfaction",
};

export function SelfEvaluationForm({ port, busy, perform, feedback }: { port: HostPort; busy: boolean; perform: Perform; feedback: Feedback | null }): React.ReactElement {
  const locale = useLocale();
  const tg = goalsTranslator(locale);
  const styles = useStyles();
  const [typed, setTyped] = React.useState<Record<WeightKey, string>>({
    execution: String(DEFAULT_WEIGHTS.execution),
    output: String(DEFAULT_WEIGHTS.output),
    benefit: String(DEFAULT_WEIGHTS.benefit),
    satisfaction: String(DEFAULT_WEIGHTS.satisfaction),
  });
  const [scope, setScope] = React.useState<"all" | "selection">("all");
  const [reasons, setReasons] = React.useState<ReasonNeeded[] | null>(null);
  const read = readWeights(typed);
  const sumWrong = !read.invalid.length && !read.weights;

  const create = () => {
    const weights = read.weights;
    if (!weights) return;
    void perform("self", tg("gp.act.selfCreate"), async () => {
      let sources = readGoalSources(await port.readWorkbook());
      if (scope === "selection") {
        const { sheet } = await port.readSelection();
        sources = sources.filter((s) => s.sheet === sheet);
        if (!sources.length) return { intent: "warning", text: tg("gp.selfNoGoalsOnSheet", { sheet }) };
      }
      if (!sources.length) return { intent: "warning", text: tg("gp.selfNoGoals") };
      const sheets = await port.writeSheets(selfEvaluationPlans(sources, { weights, locale }));
      return { intent: "success", text: tg("gp.selfCreated", { count: sheets.length, sheets: sheets.join("、") }) };
    });
  };

  const fill = () =>
    perform("self", tg("gp.act.selfFill"), async () => {
      const found = fillSelfEvaluation(await port.readWorkbook(), locale);
      const written = found.cells.length ? await port.fillBlankCells(found.cells) : 0;
      setReasons(found.reasons);
      if (!written && !found.reasons.length && !found.toJudge.length) return { intent: "info", text: tg("gp.selfNothing") };
      return { intent: "success", text: tg("gp.selfFilled", { count: written, judge: found.toJudge.length }) };
    });

  return (
    <section className={styles.form} id="self" aria-labelledby="self-heading">
      <h2 className={styles.heading} id="self-heading">
        {tg("gp.selfHeading")}
      </h2>
      <Text size={200}>{tg("gp.selfIntro")}</Text>
      <fieldset className={styles.weights} id="self-weights">
        <legend className={styles.legend}>{tg("gp.weights")}</legend>
        {WEIGHT_KEYS.map((k) => (
          <Field key={k} label={tg(LABELS[k])} validationState={read.invalid.indexOf(k) >= 0 ? "error" : "none"} validationMessage={read.invalid.indexOf(k) >= 0 ? tg("gp.weightInvalid") : undefined}>
            <Input className={styles.weightInput} id={`self-weight-${k}`} inputMode="numeric" value={typed[k]} onChange={(_, d) => setTyped((x) => ({ ...x, [k]: d.value }))} />
          </Field>
        ))}
      </fieldset>
      {sumWrong && (
        <Text size={200} id="self-weights-sum" role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
          {tg("gp.weightsSum", { total: read.total ?? 0 })}
        </Text>
      )}
      <Field label={tg("gp.scope")}>
        <Select id="self-scope" value={scope} onChange={(_, d) => setScope(d.value === "selection" ? "selection" : "all")}>
          <option value="all">{tg("gp.scopeAll")}</option>
          <option value="selection">{tg("gp.scopeSelection")}</option>
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" id="self-create" disabled={busy || !read.weights} onClick={create}>
          {tg("gp.act.selfCreate")}
        </Button>
        <Button id="self-fill" disabled={busy} onClick={() => void fill()}>
          {tg("gp.act.selfFill")}
        </Button>
      </div>
      <FeedbackBar feedback={feedback} where="self" />
      {reasons && reasons.length > 0 && (
        <div id="self-reasons">
          <Text size={200}>{tg("gp.reasons", { count: reasons.length })}</Text>
          <ul className={styles.list}>
            {reasons.map((r) => (
              <li key={`${r.sheet}!${r.cell}`}>{`${r.sheet}!${r.cell} ${r.indicator}（${tg(r.kind === "unmet" ? "gp.reasonUnmet" : "gp.reasonExecution")}）`}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
