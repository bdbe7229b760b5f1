/**
 * 为全部项目生成绩效目标表: read the project list (the workbook's list or goal tables, or the
 * selection), show each project with its suggested type (the three best first, and why), let the
 * user correct the types, then generate one sheet per project or one consolidated table, all or
 * none. Afterwards, the 指标值 cells left to fill, each a link to its cell.
 */
import * as React from "react";
import { Button, Checkbox, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { goalsTranslator } from "../../catalog/messages/goals-pane";
import { useLocale } from "./locale";
import { PROJECT_TYPES } from "../../catalog/indicator-library";
import type { Framework } from "../../catalog/indicator-frameworks";
import { generateGoalTables, type GoalLayout, type Placeholder } from "../../fill/goal-sheets";
import { readProjectList, type ListedProject, type ListProblem } from "../../fill/project-list";
import type { TypeSuggestion } from "../../fill/type-match";
import type { HostPort } from "../../model/host-port";
import { formatMoney } from "../../model/money";
import { Feedback, FeedbackBar, Perform } from "./feedback";
import { suggestionsFor } from "./goal-forms";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  projects: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  project: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  dropdown: { minWidth: 0, width: "100%" },
  cellLink: { minWidth: 0, padding: 0, height: "auto", color: tokens.colorBrandForegroundLink, textDecorationLine: "underline", fontWeight: tokens.fontWeightRegular, verticalAlign: "baseline" },
  list: { margin: 0, paddingLeft: "1.2em", fontSize: tokens.fontSizeBase200 },
});

interface Row {
  project: ListedProject;
  suggestions: TypeSuggestion[];
  typeId: string;
}

interface Generated {
  sheets: string[];
  placeholders: Placeholder[];
}

export function ProjectGoalsForm({ port, busy, perform, feedback }: { port: HostPort; busy: boolean; perform: Perform; feedback: Feedback | null }): React.ReactElement {
  const locale = useLocale();
  const tg = goalsTranslator(locale);
  const styles = useStyles();
  const [fromSelection, setFromSelection] = React.useState(false);
  const [rows, setRows] = React.useState<Row[] | null>(null);
  const [problems, setProblems] = React.useState<ListProblem[]>([]);
  const [layout, setLayout] = React.useState<GoalLayout>("per-project");
  const [framework, setFramework] = React.useState<Framework>("classic");
  const [unitName, setUnitName] = React.useState("");
  const [missing, setMissing] = React.useState(false);
  const [generated, setGenerated] = React.useState<Generated | null>(null);

  const read = () =>
    perform("projects", tg("gp.act.read"), async () => {
      const snapshot = await port.readWorkbook();
      const selection = fromSelection ? await port.readSelection() : undefined;
      const found = readProjectList(snapshot, selection ? { selection, locale } : { locale });
      setRows(found.projects.map((project) => ({ project, ...suggestionsFor(project.name) })));
      setProblems(found.problems);
      setGenerated(null);
      setMissing(false);
      return found.projects.length
        ? { intent: "info", text: tg("gp.projectsFound", { count: found.projects.length }) }
        : { intent: "warning", text: tg("gp.projectsNone") };
    });

  const generate = () => {
    if (!rows) return;
    if (rows.some((r) => !r.typeId)) {
      setMissing(true);
      return;
    }
    void perform("projects", tg("gp.act.generate"), async () => {
      const projects = rows.map((r) => ({ name: r.project.name, typeId: r.typeId, total: r.project.total, fiscal: r.project.fiscal, other: r.project.other }));
      const { plans, placeholders } = generateGoalTables(projects, { framework, layout, unitName: unitName.trim() || undefined, locale });
      const sheets = await port.writeSheets(plans);
      // The host may have named a sheet differently (a name already taken): list the cells where they are.
      const renamed = new Map(plans.map((p, i) => [p.name, sheets[i]] as const));
      setGenerated({ sheets, placeholders: placeholders.map((p) => ({ ...p, sheet: renamed.get(p.sheet) ?? p.sheet })) });
      setRows(null);
      return { intent: "success", text: tg("gp.generated", { count: sheets.length }) };
    });
  };

  const setType = (index: number, typeId: string) => {
    setRows((prev) => (prev ? prev.map((r, i) => (i === index ? { ...r, typeId } : r)) : prev));
    setMissing(false);
  };
  const untyped = rows ? rows.filter((r) => !r.typeId).length : 0;

  return (
    <section className={styles.form} id="projects" aria-labelledby="projects-heading">
      <h2 className={styles.heading} id="projects-heading">
        {tg("gp.projectsHeading")}
      </h2>
      <Text size={200}>{tg("gp.projectsIntro")}</Text>
      <Checkbox id="goals-from-selection" checked={fromSelection} onChange={(_, d) => setFromSelection(d.checked === true)} label={tg("gp.fromSelection")} />
      <Button id="goals-read" disabled={busy} onClick={() => void read()}>
        {tg("gp.act.read")}
      </Button>
      {rows && rows.length > 0 && (
        <>
          <ul className={styles.projects} id="goals-list" aria-label={tg("gp.projectsListLabel")}>
            {rows.map((r, i) => (
              <ProjectRow key={`${r.project.sheet}!${r.project.cell}`} row={r} index={i} onType={setType} />
            ))}
          </ul>
          {problems.length > 0 && (
            <div id="goals-problems">
              <Text size={200}>{tg("gp.problems", { count: problems.length })}</Text>
              <ul className={styles.list}>
                {problems.map((p, i) => (
                  <li key={i}>{`${p.sheet}!${p.cell} ${p.message}`}</li>
                ))}
              </ul>
            </div>
          )}
          <Field label={tg("gp.layout")}>
            <Select id="goals-layout" value={layout} onChange={(_, d) => setLayout(d.value === "consolidated" ? "consolidated" : "per-project")}>
              <option value="per-project">{tg("gp.layoutPerProject")}</option>
              <option value="consolidated">{tg("gp.layoutConsolidated")}</option>
            </Select>
          </Field>
          {layout === "consolidated" && (
            <Field label={tg("gp.unitName")}>
              <Input id="goals-unit" value={unitName} onChange={(_, d) => setUnitName(d.value)} />
            </Field>
          )}
          <Field label={tg("gp.framework")}>
            <Select id="goals-framework" value={framework} onChange={(_, d) => setFramework(d.value === "2021" ? "2021" : "classic")}>
              <option value="classic">{tg("gp.frameworkClassic")}</option>
              <option value="2021">{tg("gp.framework2021")}</option>
            </Select>
          </Field>
          <Field validationState={missing && untyped ? "error" : "none"} validationMessage={missing && untyped ? tg("gp.projectsTypesMissing", { count: untyped }) : undefined}>
            <Button appearance="primary" id="goals-generate" disabled={busy} onClick={generate}>
              {tg("gp.act.generate")}
            </Button>
          </Field>
        </>
      )}
      <FeedbackBar feedback={feedback} where="projects" />
      {generated && <ToFill port={port} busy={busy} perform={perform} placeholders={generated.placeholders} />}
    </section>
  );
}

function ProjectRow({ row, index, onType }: { row: Row; index: number; onType: (index: number, typeId: string) => void }): React.ReactElement {
  const tg = goalsTranslator(useLocale());
  const styles = useStyles();
  const suggested = row.suggestions.map((s) => s.type);
  const others = PROJECT_TYPES.filter((type) => suggested.indexOf(type) < 0);
  const why = row.suggestions.find((s) => s.type.id === row.typeId);
  const id = `goals-type-${index}`;
  return (
    <li className={styles.project} data-project={index}>
      <span className={styles.name} id={`${id}-name`}>
        {row.project.name}
      </span>
      <Text size={200}>{tg("gp.projectAmount", { amount: formatMoney(row.project.total) })}</Text>
      <Field
        validationState={row.typeId ? "none" : "warning"}
        validationMessage={row.typeId ? undefined : tg("gp.projectTypeMissing")}
        hint={why ? (why.keywords.length ? tg("gp.why", { keywords: why.keywords.join("、") }) : tg("gp.whyResemblance")) : undefined}
      >
        <Select id={id} className={styles.dropdown} aria-label={tg("gp.projectType", { project: row.project.name })} value={row.typeId} onChange={(_, d) => d.value && onType(index, d.value)}>
          {!row.typeId && (
            <option value="" disabled>
              {tg("gp.projectTypePlaceholder")}
            </option>
          )}
          {suggested.length > 0 && (
            <optgroup label={tg("gp.suggested")}>
              {suggested.map((type) => (
                <option key={type.id} value={type.id}>
                  {type.name}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={tg("gp.otherTypes")}>
            {others.map((type) => (
              <option key={type.id} value={type.id}>
                {type.name}
              </option>
            ))}
          </optgroup>
        </Select>
      </Field>
    </li>
  );
}

function ToFill({ port, busy, perform, placeholders }: { port: HostPort; busy: boolean; perform: Perform; placeholders: Placeholder[] }): React.ReactElement {
  const tg = goalsTranslator(useLocale());
  const styles = useStyles();
  if (!placeholders.length) return <Text size={200} id="goals-placeholders-none">{tg("gp.noneToFill")}</Text>;
  return (
    <div>
      <Text size={200}>{tg("gp.toFill", { count: placeholders.length })}</Text>
      <ul className={styles.list} id="goals-placeholders">
        {placeholders.map((p) => (
          <li key={`${p.sheet}!${p.cell}`}>
            <Button appearance="transparent" size="small" className={styles.cellLink} disabled={busy} onClick={() => void perform("projects", tg("gp.act.go"), async () => (await port.selectCell(p.sheet, p.cell), undefined))}>
              {`${p.sheet}!${p.cell}`}
            </Button>
            {` ${p.project}：${p.indicator}（${p.pattern}）`}
          </li>
        ))}
      </ul>
    </div>
  );
}
