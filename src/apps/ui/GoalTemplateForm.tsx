/**
 * The 绩效目标 tab's first form: a blank goal table for a project, in the chosen indicator
 * framework, optionally with the yearly amount and example indicators. Validation messages sit
 * under their fields; the outcome sits under the button.
 */
import * as React from "react";
import { Button, Checkbox, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useLocale, useT } from "./locale";
import type { HostPort } from "../../model/host-port";
import { goalTemplatePlan } from "../../fill/goal-template";
import { parseText } from "../../model/values";
import { Feedback, FeedbackBar, Perform } from "./feedback";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

/** The amount as accountants type it ("1,234.5", full-width digits); blank is none, anything else not positive is invalid. */
export function parseAmountWan(text: string): { ok: true; value?: number } | { ok: false } {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true };
  const parsed = parseText(trimmed);
  if (parsed.kind !== "number" || parsed.percent || !(parsed.value > 0)) return { ok: false };
  return { ok: true, value: parsed.value };
}

export function GoalTemplateForm({ port, busy, perform, feedback }: { port: HostPort; busy: boolean; perform: Perform; feedback: Feedback | null }): React.ReactElement {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const [project, setProject] = React.useState("");
  const [framework, setFramework] = React.useState<"classic" | "2021">("classic");
  const [amount, setAmount] = React.useState("");
  const [examples, setExamples] = React.useState(false);
  const [errors, setErrors] = React.useState<{ project?: string; amount?: string }>({});
  const projectRef = React.useRef<HTMLInputElement>(null);
  const amountRef = React.useRef<HTMLInputElement>(null);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const name = project.trim();
    const parsed = parseAmountWan(amount);
    const found = {
      project: name ? undefined : t("pane.goalNeedsProject"),
      amount: parsed.ok ? undefined : t("pane.goalAmountInvalid", { text: amount.trim() }),
    };
    setErrors(found);
    if (found.project) return projectRef.current?.focus();
    if (found.amount || !parsed.ok) return amountRef.current?.focus();
    void perform("goal", t("ui.act.insertGoal"), async () => {
      const sheet = await port.writeSheet(goalTemplatePlan(name, framework, { amountWan: parsed.value, examples, locale }));
      return { intent: "success", text: t("pane.goalInserted", { sheet }) };
    });
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate id="goal-form" aria-labelledby="goal-heading">
      <h2 className={styles.heading} id="goal-heading">
        {t("pane.fillHeading")}
      </h2>
      <Text size={200}>{t("ui.goalsIntro")}</Text>
      <Field label={t("pane.goalProject")} required validationState={errors.project ? "error" : "none"} validationMessage={errors.project}>
        <Input
          id="goal-project"
          ref={projectRef}
          value={project}
          placeholder={t("pane.goalProjectPlaceholder")}
          onChange={(_, d) => {
            setProject(d.value);
            if (d.value.trim()) setErrors((x) => ({ ...x, project: undefined }));
          }}
        />
      </Field>
      <Field label={t("pane.framework")}>
        <Select id="goal-framework" style={{ maxWidth: "100%" }} value={framework} onChange={(_, d) => setFramework(d.value === "2021" ? "2021" : "classic")}>
          <option value="classic">{t("pane.frameworkClassic")}</option>
          <option value="2021">{t("pane.framework2021")}</option>
        </Select>
      </Field>
      <Field label={t("pane.goalAmount")} validationState={errors.amount ? "error" : "none"} validationMessage={errors.amount}>
        <Input
          id="goal-amount"
          ref={amountRef}
          inputMode="decimal"
          value={amount}
          placeholder={t("pane.goalAmountPlaceholder")}
          onChange={(_, d) => {
            setAmount(d.value);
            if (parseAmountWan(d.value).ok) setErrors((x) => ({ ...x, amount: undefined }));
          }}
        />
      </Field>
      <Checkbox id="goal-examples" checked={examples} onChange={(_, d) => setExamples(d.checked === true)} label={t("pane.goalExamples")} />
      <Button type="submit" appearance="primary" id="insert-goal" disabled={busy}>
        {t("pane.insertGoal")}
      </Button>
      <FeedbackBar feedback={feedback} where="goal" />
    </form>
  );
}
