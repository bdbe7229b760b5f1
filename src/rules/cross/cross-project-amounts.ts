import { parseTarget } from "../../core/indicator-target";
import { formatMoney, moneyFromNumber } from "../../core/money";
import { t } from "../../i18n";
import type { IndicatorRow, IndicatorTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { column, firstCoded, Package, packagesOf, totalRow } from "../support/cross";
import { locate, shownDecimals } from "../support/sums";

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

/** "≤102576.61万元" and the like: a comparison, a plain number and a money unit, nothing else. */
const PLAIN_CAP = /^(?:≤|≥|<=|>=|<|>|＜|＞|=)?(\d+(?:\.\d+)?)(万元|万|元)$/;

/**
 * The amount of a cost target in 万元, or undefined when it is not a money amount. Plain caps, nearly
 * all of them, are read by one pattern; anything else goes to the full target parser (which a
 * workbook's first check would otherwise compile just for these).
 */
export function capInWan(text: string): number | undefined {
  const plain = PLAIN_CAP.exec(text);
  if (plain) return plain[2] === "元" ? Number(plain[1]) / 10000 : Number(plain[1]);
  const target = parseTarget(text);
  if (target.kind !== "number") return undefined;
  const unit = target.quantity.unit;
  if (unit === "万元" || unit === "万") return target.quantity.value;
  if (unit === "元") return target.quantity.value / 10000;
  return undefined;
}

/** Whether "成本" occurs in level1 + level2 (without joining them for every row). */
function mentionsCost(level1: string, level2: string): boolean {
  return level1.indexOf("成本") >= 0 || level2.indexOf("成本") >= 0 || (level1.endsWith("成") && level2.startsWith("本"));
}

/**
 * X10 (a warning): the projects' cost caps in the goal tables add up to the 项目支出 of 支出总表.
 * A missing or different cap is common (caps are targets, not appropriations), hence a warning.
 */
export const crossProjectAmounts: Rule = {
  meta: {
    id: "cross-project-amounts",
    severity: "warning",
    category: "cross-table",
    description: "rule.cross-project-amounts.description",
    messages: ["cross.projectAmounts"],
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
    const project = column(t3, "project");
    const sumRow = totalRow(t3);
    if (!project || !sumRow) return;
    const caps = goals.map((g) => ({ g, cap: costCap(g.indicators) }));
    if (caps.some((c) => !c.cap)) return; // without every cap the sum says nothing
    // Caps are read in 万元; 支出总表 may be in 元.
    const perWan = t3.unit === "元" ? 10000 : 1;
    const sum = caps.reduce((s, c) => s + moneyFromNumber(c.cap!.amount * perWan), 0);
    const budget = ctx.values.amount(t3.sheetIndex, sumRow.row, project.col);
    if (budget.invalid || budget.amount === sum) return;
    const d = shownDecimals(sum, budget.amount);
    const where = locate(ctx, { sheetIndex: t3.sheetIndex, row: sumRow.row, col: project.col });
    ctx.report({
      sheet: where.sheet,
      cell: where.cell,
      related: caps.map((c) => locate(ctx, { sheetIndex: c.g.sheetIndex, row: c.cap!.row, col: 0 })),
      message: t("cross.projectAmounts", { count: goals.length, caps: formatMoney(sum, d), budget: formatMoney(budget.amount, d) }),
      expected: formatMoney(sum, d),
      actual: formatMoney(budget.amount, d),
      difference: formatMoney(budget.amount - sum, d),
      table: t3.template,
    });
  }
}
