/**
 * The same project's goal table twice in one department's package (docs/domain.md §4.3 #5: "two
 * project tables with the same title but different cost caps"). Either a copy left in, which also
 * counts the project twice in X10, or two versions of one project's targets. A warning at the
 * second table's project name, naming the first; the message says whether their cost caps differ.
 * Evaluation tables (自评表, 评价表) are compared among themselves the same way.
 *
 * A table's project is its 项目名称 line when it has one, whatever the title says: two sheets
 * titled alike ("项目支出绩效目标表") are different projects when their 项目名称 differ. Only a
 * table without that line is known by the project its title names ("医保宣传经费绩效目标表").
 */
import { message } from "../lib/message";
import { toA1 } from "../../model/a1";
import { squeeze } from "../../model/values";
import type { IndicatorTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { packagesOf } from "../lib/cross";
import { readIndicators } from "./support";

/** The project's name in a title: without "1、" numbering, the year, spaces and the words every title shares. */
function titleProject(title: string): string {
  return title
    .replace(/\s+/g, "")
    .replace(/^[（(]?[0-9一二三四五六七八九十]+[)）、.．]/, "")
    .replace(/^[0-9]{4}年度?/, "")
    .replace(/(项目)?(支出)?(绩效目标|支出绩效目标|绩效目标自评|绩效自评|绩效评价)(申报|完成情况)?表$/, "");
}

/** What is left of a title that names no project ("2023年部门预算项目绩效目标表"). */
const GENERIC_TITLE = /^(部门|单位)?(预算|决算)?$/;

/** Where a table says which project it is about: its 项目名称 cell, else its title. */
function projectOf(table: IndicatorTable): { key: string; cell: string } | undefined {
  if (table.subject !== undefined && table.subjectCell) {
    const key = squeeze(table.subject);
    return key ? { key, cell: toA1(table.subjectCell.row, table.subjectCell.col) } : undefined;
  }
  if (!table.title) return undefined;
  const key = titleProject(table.title);
  if (key.length < 2 || GENERIC_TITLE.test(key)) return undefined;
  return { key, cell: table.titleCell ? toA1(table.titleCell.row, table.titleCell.col) : "" };
}

/** Goal tables are compared with goal tables, evaluation tables with evaluation tables. */
function kindOf(table: IndicatorTable): "goal" | "evaluation" | undefined {
  if (table.template === "project-goal") return "goal";
  if (table.template === "self-evaluation" || table.template === "evaluation-score") return "evaluation";
  return undefined;
}

/** The cost caps of a table as written ("≤20万元"), in row order. */
function caps(ctx: RuleContext, table: IndicatorTable): string {
  return readIndicators(ctx, table)
    .filter((r) => r.slot === "cost" && r.amount)
    .map((r) => r.target.text.trim())
    .join("、");
}

export const duplicateGoalTable: Rule = {
  meta: {
    id: "duplicate-goal-table",
    severity: "warning",
    category: "goals",
    description: "rule.duplicate-goal-table.description",
    messages: ["rule.duplicate-goal-table.message.same", "rule.duplicate-goal-table.message.differ", "rule.duplicate-goal-table.message.evaluation"],
    reference: "§4.3",
  },
  checkWorkbook(ctx) {
    for (const pkg of packagesOf(ctx)) {
      const seen = new Map<string, { table: IndicatorTable; cell: string }>();
      for (const table of pkg) {
        if (table.shape !== "indicator") continue;
        const kind = kindOf(table);
        const project = kind && projectOf(table);
        if (!kind || !project) continue;
        // A table listing several projects (Henan) is not about one project.
        if (table.indicators.some((r) => r.project)) continue;
        const key = kind + "\u0000" + project.key;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, { table, cell: project.cell });
          continue;
        }
        ctx.report({
          sheet: table.sheet,
          cell: project.cell,
          related: [{ sheet: first.table.sheet, cell: first.cell }],
          ...duplicateMessage(ctx, kind, project.key, first.table, table),
          table: table.template,
        });
      }
    }
  },
};

function duplicateMessage(ctx: RuleContext, kind: "goal" | "evaluation", project: string, first: IndicatorTable, second: IndicatorTable): ReturnType<typeof message> {
  if (kind === "evaluation") return message("rule.duplicate-goal-table.message.evaluation", { project, sheet: first.sheet });
  const [a, b] = [caps(ctx, first), caps(ctx, second)];
  return a === b
    ? message("rule.duplicate-goal-table.message.same", { project, sheet: first.sheet })
    : message("rule.duplicate-goal-table.message.differ", { project, sheet: first.sheet, first: a || "—", second: b || "—" });
}
