/**
 * A goal table covers the three 一级 indicators (docs/domain.md §4.2 “最少内容”): 产出, 效益
 * and 满意度 each have at least one 三级 indicator. A warning, not an error: 财预〔2020〕10号 lets
 * 满意度's weight move to 产出/效益 when it is absent, and provinces set their own minimums.
 * Self-evaluation tables are held to the same three; scoring tables follow other frameworks.
 */
import { message } from "../lib/message";
import { columnByRole, type IndicatorTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { isIndicatorTable, projectGroups, readIndicators, type ReadIndicator } from "./support";
import { toA1 } from "../../model/a1";

const REQUIRED: readonly { key: string; label: string }[] = [
  { key: "产出", label: "产出指标" },
  { key: "效益", label: "效益指标" },
  { key: "满意", label: "满意度指标" },
];

export const indicatorCoverage: Rule = {
  meta: {
    id: "indicator-coverage",
    severity: "warning",
    category: "goals",
    description: "rule.indicator-coverage.description",
    messages: ["rule.indicator-coverage.message", "rule.indicator-coverage.messageProject"],
    templates: ["project-goal", "self-evaluation"],
    reference: "§4.2",
  },
  checkTable(table, ctx) {
    if (!isIndicatorTable(table)) return;
    for (const project of projectGroups(readIndicators(ctx, table))) checkProject(table, project, ctx);
  },
};

/** The three 一级 of one project (the whole table unless it lists several projects). */
function checkProject(table: IndicatorTable, rows: readonly ReadIndicator[], ctx: RuleContext): void {
  // Only tables that use the 产出/效益/满意度 framework at all (部门整体 tables may use others).
  if (!rows.length || !rows.some((r) => REQUIRED.some((q) => r.row.level1.indexOf(q.key) >= 0))) return;
  const missing = REQUIRED.filter((q) => !rows.some((r) => r.row.name && (r.row.level1.indexOf(q.key) >= 0 || (q.key === "满意" && r.slot === "satisfaction"))));
  if (!missing.length) return;
  // A project's gap is reported on its project cell; a one-project table's on the 一级指标 header.
  const project = rows[0].row.project;
  const projectCol = columnByRole(table, "project");
  const header = columnByRole(table, "level1") ?? table.columns[0];
  const cell = project && projectCol ? toA1(rows[0].row.row, projectCol.col) : toA1(table.header.top, header ? header.col : 0);
  ctx.report({
    sheet: table.sheet,
    cell,
    ...(project
      ? message("rule.indicator-coverage.messageProject", { project, missing: missing.map((q) => q.label).join("、") })
      : message("rule.indicator-coverage.message", { missing: missing.map((q) => q.label).join("、") })),
    expected: REQUIRED.map((q) => q.label).join("、"),
    table: table.template,
  });
}
