import { message } from "../lib/message";
import { capInWan } from "../../model/indicator-target";
import { moneyFromNumber } from "../../model/money";
import { projectGroups, readIndicators, statedFunds } from "../goals/support";
import { columnByRole, type IndicatorRow, type IndicatorTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { firstCoded, Package, packagesOf, totalRow } from "../lib/cross";
import { locate, money, shownDecimals } from "../lib/sums";

/** The cost cap of one project goal table, in 万元: the first 成本 indicator with an amount. */
function costCap(rows: IndicatorRow[]): { amount: number; row: number } | undefined {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!mentionsCost(r.level1, r.level2)) continue;
    const amount = capInWan(r.target ?? "");
    if (amount !== undefined) return { amount, row: r.row };
  }
  return undefined;
}

interface ProjectAmount {
  amount: number;
  sheetIndex: number;
  row: number;
  col: number;
}

/**
 * The projects' 资金总额 in 万元 where the goal table states them (a Henan table's column, a
 * 申报表's 项目资金 block), or undefined when it states none or one is not a number.
 */
function fundsOf(ctx: RuleContext, g: IndicatorTable): { amounts: ProjectAmount[]; fromFunds: true } | undefined {
  // Neither a 资金总额 column nor a 项目资金 block (most goal tables): no project states its funds.
  if (!g.funds && !columnByRole(g, "fund.total")) return undefined;
  const groups = projectGroups(readIndicators(ctx, g));
  const amounts: ProjectAmount[] = [];
  for (const rows of groups) {
    const stated = statedFunds(ctx, g, rows.map((r) => r.row), groups.length === 1);
    if (!stated) continue;
    if (Number.isNaN(stated.wan)) return undefined; // a 资金总额 that is not a number: not judged
    amounts.push({ amount: stated.wan, sheetIndex: g.sheetIndex, row: stated.row, col: stated.col });
  }
  return amounts.length ? { amounts, fromFunds: true } : undefined;
}

/** The cost cap of each project of a goal table (one per table unless it lists several projects). */
function capsOf(g: IndicatorTable): { amounts: ProjectAmount[]; fromFunds: false } | undefined {
  const byProject = new Map<string, IndicatorRow[]>();
  for (const r of g.indicators) {
    const key = r.project ?? "";
    const list = byProject.get(key);
    if (list) list.push(r);
    else byProject.set(key, [r]);
  }
  const amounts: ProjectAmount[] = [];
  for (const rows of byProject.values()) {
    const cap = costCap(rows);
    if (!cap) return undefined;
    amounts.push({ amount: cap.amount, sheetIndex: g.sheetIndex, row: cap.row, col: 0 });
  }
  return { amounts, fromFunds: false };
}

/** Whether "成本" occurs in level1 + level2 (without joining them for every row). */
function mentionsCost(level1: string, level2: string): boolean {
  return level1.indexOf("成本") >= 0 || level2.indexOf("成本") >= 0 || (level1.endsWith("成") && level2.startsWith("本"));
}

/**
 * X10 (a warning): the projects' amounts in the goal tables add up to the 项目支出 of 支出总表:
 * the 资金总额 of each project where the goal table states it (the Henan table's column, a 申报表's
 * 项目资金 block), otherwise each project's cost cap. A missing or different cap is common (caps are targets, not appropriations),
 * hence a warning.
 */
export const crossProjectAmounts: Rule = {
  meta: {
    id: "cross-project-amounts",
    severity: "warning",
    category: "cross-table",
    description: "rule.cross-project-amounts.description",
    messages: ["cross.projectAmounts", "cross.projectFunds"],
    reference: "X10",
  },
  checkWorkbook(ctx) {
    for (const pkg of packagesOf(ctx)) checkPackage(ctx, pkg);
  },
};

function checkPackage(ctx: RuleContext, pkg: Package): void {
  {
    const goals = pkg.filter((x): x is IndicatorTable => x.shape === "indicator" && x.template === "project-goal");
    const t3 = firstCoded(pkg, "expenditure");
    if (goals.length === 0 || !t3) return;
    const project = columnByRole(t3, "project");
    const sumRow = totalRow(t3);
    if (!project || !sumRow) return;
    const amounts: ProjectAmount[] = [];
    let fromFunds = false;
    for (const g of goals) {
      const found = fundsOf(ctx, g) ?? capsOf(g);
      if (!found) return; // without every project's amount the sum says nothing
      fromFunds = fromFunds || found.fromFunds;
      amounts.push(...found.amounts);
    }
    // Amounts are read in 万元; 支出总表 may be in 元.
    const perWan = t3.unit === "元" ? 10000 : 1;
    const sum = amounts.reduce((s, a) => s + moneyFromNumber(a.amount * perWan), 0);
    const budget = ctx.values.amount(t3.sheetIndex, sumRow.row, project.col);
    if (budget.invalid || budget.amount === sum) return;
    const d = shownDecimals(sum, budget.amount);
    const where = locate(ctx, { sheetIndex: t3.sheetIndex, row: sumRow.row, col: project.col });
    const params = { count: fromFunds ? amounts.length : goals.length, caps: money(sum, d), budget: money(budget.amount, d) };
    ctx.report({
      sheet: where.sheet,
      cell: where.cell,
      related: amounts.map((a) => locate(ctx, { sheetIndex: a.sheetIndex, row: a.row, col: a.col })),
      ...message(fromFunds ? "cross.projectFunds" : "cross.projectAmounts", params),
      expected: money(sum, d),
      actual: money(budget.amount, d),
      difference: money(budget.amount - sum, d),
      table: t3.template,
    });
  }
}
