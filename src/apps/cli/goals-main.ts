/**
 * budget-goals: goal tables for every project of a list, or the self-evaluation tables of goal
 * tables, written to a new workbook (the input is never changed). Prints the type chosen for each
 * project and why, and the targets left for the user. `main` takes its streams as arguments so tests
 * run it in-process; `runFromProcess` wires it to the real process (bin/budget-goals.js).
 */
import * as path from "path";
import { translator, type Locale, type Translate } from "../../catalog/messages";
import { projectTypeById } from "../../catalog/indicator-library";
import { loadWorkbookFile, WorkbookLoadError } from "../../adapters/xlsx/load";
import { OutputError, sameFile, writeWhole } from "../../adapters/xlsx/write";
import { plansWorkbook } from "../../adapters/xlsx/plans-workbook";
import { generateGoalTables, type GoalProject } from "../../fill/goal-sheets";
import { readProjectList } from "../../fill/project-list";
import { suggestTypes } from "../../fill/type-match";
import { DEFAULT_WEIGHTS, readGoalSources, selfEvaluationPlans } from "../../fill/self-evaluation";
import { formatMoney } from "../../model/money";
import type { WritePlan } from "../../model/write-plan";
import { oneLine } from "../../present/groups";
import { parseGoalsArgs, type GoalsArgs } from "./goals-args";

export interface GoalsIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

export const GOALS_OK = 0;
export const GOALS_SOME_LEFT_OUT = 1;
export const GOALS_FAILED = 2;

export async function goalsMain(argv: readonly string[], io: GoalsIo): Promise<number> {
  const parsed = parseGoalsArgs(argv);
  // Arguments that do not parse are reported in zh-CN: --lang may be among them.
  if (!parsed.ok) return usage(io, translator("zh-CN")(parsed.error.key, parsed.error.params), translator("zh-CN"));
  const args = parsed.args;
  const locale: Locale = args.lang ?? "zh-CN";
  const t = translator(locale);
  if (args.help) {
    io.stdout.write(t("goals.help") + "\n");
    return GOALS_OK;
  }
  const input = args.input!;
  const out = args.out!;
  if (await sameFile(input, out)) return usage(io, t("goals.argSameFile", { file: out }), t);
  let workbook;
  try {
    workbook = await loadWorkbookFile(input);
  } catch (e) {
    if (e instanceof WorkbookLoadError) return fail(io, e.text(locale));
    throw e;
  }
  const say = (s: string) => io.stdout.write(s + "\n");
  let plans: WritePlan[];
  let leftOut = 0;
  if (args.selfEval) {
    const sources = readGoalSources(workbook);
    if (!sources.length) return fail(io, t("goals.noGoalTables", { file: input }));
    sources.forEach((s, i) => say(t("goals.selfProject", { index: i + 1, project: s.project, amount: formatMoney(s.total), count: s.indicators.length })));
    plans = selfEvaluationPlans(sources, { locale });
    if (!(await write(io, out, plans, t))) return GOALS_FAILED;
    say(t("goals.selfWritten", { file: out, count: plans.length, ...DEFAULT_WEIGHTS }));
    return GOALS_OK;
  }
  const list = readProjectList(workbook, { locale });
  for (const p of list.problems) io.stderr.write(t("goals.left", { sheet: p.sheet, cell: p.cell, message: p.message }) + "\n");
  leftOut = list.problems.length;
  if (!list.projects.length) return fail(io, t("goals.noProjects", { file: input }));
  const sheets = [...new Set(list.projects.map((p) => p.sheet))];
  say(list.source === "list" ? t("goals.source.list", { sheet: sheets.join("、"), count: list.projects.length }) : t("goals.source.goal-tables", { count: list.projects.length }));
  const projects: GoalProject[] = list.projects.map((p, i) => ({ ...p, typeId: chooseType(p.name, formatMoney(p.total), i, args, say, t) }));
  const generated = generateGoalTables(projects, { framework: args.framework, layout: args.layout, examples: args.examples, unitName: args.unit, locale });
  plans = generated.plans;
  if (!(await write(io, out, plans, t))) return GOALS_FAILED;
  say(t("goals.written", { file: out, count: plans.length, layout: t(`goals.layout.${args.layout}`), framework: t(`goals.framework.${args.framework}`) }));
  if (generated.placeholders.length) {
    say(t("goals.placeholders", { count: generated.placeholders.length }));
    for (const p of generated.placeholders) {
      const example = p.example === undefined ? "" : p.pattern.replace("{数量}", String(p.example));
      say(t("goals.placeholder", { sheet: p.sheet, cell: p.cell, indicator: p.indicator, pattern: p.pattern.replace("{数量}", "□"), example }));
    }
  }
  return leftOut ? GOALS_SOME_LEFT_OUT : GOALS_OK;
}

/** The type of a project: the user's --type, else the best suggestion; printed with the reason. */
function chooseType(name: string, amount: string, index: number, args: GoalsArgs, say: (s: string) => void, t: Translate): string {
  const suggestions = suggestTypes(name);
  // --type names the project, or a part of its name.
  const given = args.types[name] ?? Object.keys(args.types).filter((k) => name.indexOf(k) >= 0).map((k) => args.types[k])[0];
  const chosen = given ?? suggestions[0]?.type.id ?? "office-heating";
  say(t("goals.project", { index: index + 1, project: name, amount, type: projectTypeById(chosen)!.name }));
  const best = suggestions.find((s) => s.type.id === chosen);
  if (given) say(t("goals.chosen"));
  else if (best && best.keywords.length) say(t("goals.because", { keywords: best.keywords.join("”“") }));
  else say(t("goals.resemblance"));
  const others = suggestions.filter((s) => s.type.id !== chosen).map((s) => s.type.name);
  if (others.length) say(t("goals.alternatives", { types: others.join("、") }));
  return chosen;
}

async function write(io: GoalsIo, file: string, plans: readonly WritePlan[], t: Translate): Promise<boolean> {
  try {
    await writeWhole(file, await plansWorkbook(plans));
    return true;
  } catch (e) {
    const message = e instanceof OutputError ? e.message : oneLine(e instanceof Error ? e.message : String(e));
    io.stderr.write(`budget-goals: ${t("goals.writeFailed", { file: path.basename(file), message })}\n`);
    return false;
  }
}

function usage(io: GoalsIo, message: string, t: Translate): number {
  io.stderr.write(`budget-goals: ${message}\n${t("goals.argHint")}\n`);
  return GOALS_FAILED;
}

function fail(io: GoalsIo, message: string): number {
  io.stderr.write(`budget-goals: ${message}\n`);
  return GOALS_FAILED;
}

export function runFromProcess(): void {
  goalsMain(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`budget-goals: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
      process.exitCode = GOALS_FAILED;
    },
  );
}
