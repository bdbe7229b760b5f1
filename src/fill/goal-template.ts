/**
 * A blank 项目绩效目标表 to fill in, laid out as the Hebei template (S001): title, 项目名称,
 * 年度绩效目标, then 一级 | 二级 | 三级 | 绩效指标描述 | 指标值 | 指标值确定依据 with every 二级 of the
 * chosen framework on its own line (docs/domain.md §4.1), and the rules for writing 指标值 (§4.2)
 * under the table, so that the mistakes the checker reports are explained where they are made.
 * With the project's amount it also has the 申报表's 项目资金 line (so the cost caps are checked
 * against it); with examples, each 二级 holds an example indicator to edit.
 * Host-free: a WritePlan that the task pane's host writes into a new sheet.
 */
import type { CellRange } from "../model/a1";
import { translator, type Locale } from "../catalog/messages";
import type { WritePlan } from "../model/write-plan";
import { INDICATOR_EXAMPLES } from "../catalog/indicator-examples";
import { FRAMEWORKS, type Framework } from "../catalog/indicator-frameworks";
import { cleanSheetName } from "../model/sheet-names";

export type { Framework };

const WIDTH = 6;

/** 三级, 描述, 指标值, 依据 of the example for a 二级, or nothing. A cost cap needs the amount. */
function exampleFor(level2: string, wanted: boolean | undefined, amount: number | undefined): string[] {
  const example = wanted ? INDICATOR_EXAMPLES[level2] : undefined;
  if (!example) return [];
  const needsAmount = example.target.indexOf("{amount}") >= 0;
  if (needsAmount && amount === undefined) return [example.name, example.description, "", example.basis];
  return [example.name, example.description, example.target.replace("{amount}", String(amount)), example.basis];
}

export interface GoalTemplateOptions {
  /** The project's 年度资金总额 in 万元: written in a 项目资金 line and used as the cost cap of the examples. */
  amountWan?: number;
  /** Fill each 二级 with an example indicator (src/catalog/indicator-examples.ts) to edit. */
  examples?: boolean;
  /** The language of the sheets' fixed texts and of the messages. */
  locale: Locale;
}

export function goalTemplatePlan(project: string, framework: Framework, options: GoalTemplateOptions): WritePlan {
  const t = translator(options.locale);
  const name = project.replace(/\s+/g, " ").trim();
  const line = (...cells: (string | number)[]) => [...cells, ...Array<string>(WIDTH - cells.length).fill("")];
  const amount = options.amountWan !== undefined && Number.isFinite(options.amountWan) && options.amountWan > 0 ? options.amountWan : undefined;
  const rows: (string | number)[][] = [line(t("fill.goal.title", { project: name })), line(t("fill.goal.project"), name)];
  const merges: CellRange[] = [
    { top: 0, left: 0, bottom: 0, right: WIDTH - 1 },
    { top: 1, left: 1, bottom: 1, right: WIDTH - 1 },
  ];
  // The 申报表's 项目资金 line: label, "年度资金总额：", the amount as a number.
  if (amount !== undefined) rows.push(line(t("fill.goal.funds"), t("fill.goal.fundsTotal"), amount));
  merges.push({ top: rows.length, left: 1, bottom: rows.length, right: WIDTH - 1 });
  rows.push(line(t("fill.goal.yearGoal")));
  const header = rows.length;
  rows.push(line(t("fill.goal.level1"), t("fill.goal.level2"), t("fill.goal.level3"), t("fill.goal.description"), t("fill.goal.target"), t("fill.goal.basis")));
  for (const [level1, level2s] of FRAMEWORKS[framework]) {
    const first = rows.length;
    for (const level2 of level2s) rows.push(line(level1, level2, ...exampleFor(level2, options.examples, amount)));
    if (level2s.length > 1) merges.push({ top: first, left: 0, bottom: rows.length - 1, right: 0 });
  }
  rows.push(line());
  for (const key of ["fill.goal.note1", "fill.goal.note2", "fill.goal.note3", "fill.goal.note4", "fill.goal.note5"] as const) rows.push(line(t(key)));
  return {
    name: cleanSheetName(t("fill.goal.sheetName", { project: name })),
    rows,
    boldRows: [0, header],
    merges,
  };
}
