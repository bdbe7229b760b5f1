/**
 * The 一级 and 二级 labels of a goal table follow one of the two frameworks of docs/domain.md §4.1:
 * the older one (产出 → 数量/质量/时效/成本; 效益 → 经济/社会/生态效益, 可持续影响; 满意度 →
 * 服务对象满意度) or 财预〔2021〕101号's, where 成本指标 is a 一级 of its own (经济/社会/生态环境
 * 成本). Reported, once per label and project:
 * - a 一级 outside both lists ("任务指标");
 * - a 二级 that repeats its 一级 ("效益指标 | 效益指标");
 * - a known 二级 under the wrong 一级 ("产出指标 | 社会效益指标");
 * - a table that mixes the frameworks: 成本 both as a 二级 under 产出 and as a 一级.
 * Warnings: the labels vary by province, and the indicators themselves may still be right.
 * Tables that do not use the 产出/效益/满意度 framework at all (部门整体 tables) are not judged.
 */
import { toA1 } from "../../model/a1";
import { columnByRole, type IndicatorRow, type IndicatorTable } from "../../recognize/model";
import type { Rule, RuleContext } from "../types";
import { isIndicatorTable, projectGroups, readIndicators, type ReadIndicator } from "./support";
import { level2Labels, type Level1Label } from "../../catalog/indicator-frameworks";
import { memoByText } from "../../model/memo";

type Level1 = "output" | "benefit" | "satisfaction" | "cost";
type Level2 = "quantity" | "quality" | "timeliness" | "cost" | "benefit" | "sustainability" | "satisfaction" | "costKind";

const LEVEL1_LABEL: Record<Level1, Level1Label> = { output: "产出指标", benefit: "效益指标", satisfaction: "满意度指标", cost: "成本指标" };

/** What may stand under each 一级, in either framework (成本 under 产出 in the older one). */
const ALLOWED: Record<Level1, readonly Level2[]> = {
  output: ["quantity", "quality", "timeliness", "cost"],
  benefit: ["benefit", "sustainability"],
  satisfaction: ["satisfaction"],
  cost: ["costKind"],
};
/** "数量、质量、时效、成本指标": the 二级 of a 一级 in either framework (src/catalog/indicator-frameworks.ts). */
const ALLOWED_TEXT = Object.fromEntries(
  (Object.keys(LEVEL1_LABEL) as Level1[]).map((k) => [k, level2Labels(LEVEL1_LABEL[k]).map((l) => l.replace(/指标$/, "")).join("、") + "指标"]),
) as Record<Level1, string>;

/**
 * The answers per label are remembered: every goal table repeats the same few 一级 and 二级 labels
 * on each of its rows, and a county workbook has thousands of goal tables.
 */
function level1Of(label: string): Level1 | null {
  if (label.indexOf("产出") >= 0) return "output";
  if (label.indexOf("效益") >= 0) return "benefit";
  if (label.indexOf("满意") >= 0) return "satisfaction";
  if (label.indexOf("成本") >= 0) return "cost";
  return null;
}

const level2Of = memoByText(level2OfOnce);

function level2OfOnce(label: string): Level2 | null {
  if (/经济成本|社会成本|生态(环境)?成本/.test(label)) return "costKind";
  if (label.indexOf("成本") >= 0) return "cost";
  if (label.indexOf("数量") >= 0) return "quantity";
  if (label.indexOf("质量") >= 0) return "quality";
  if (label.indexOf("时效") >= 0) return "timeliness";
  if (label.indexOf("可持续") >= 0) return "sustainability";
  if (/经济效益|社会效益|生态效益/.test(label)) return "benefit";
  if (label.indexOf("满意") >= 0) return "satisfaction";
  return null;
}

/** "效益指标" and "效益" are the same label; so are "一、产出指标" and "产出指标". */
const bare = memoByText(bareOnce);

function bareOnce(label: string): string {
  return label.replace(/^[一二三四五六七八九十\d]+[、.．]/, "").replace(/指标$/, "");
}

export const indicatorLevels: Rule = {
  meta: {
    id: "indicator-levels",
    severity: "warning",
    category: "goals",
    description: "rule.indicator-levels.description",
    messages: ["rule.indicator-levels.unknownLevel1", "rule.indicator-levels.sameAsLevel1", "rule.indicator-levels.wrongLevel1", "rule.indicator-levels.mixed"],
    templates: ["project-goal", "self-evaluation"],
    reference: "§4.1",
  },
  checkTable(table, ctx) {
    if (!isIndicatorTable(table)) return;
    for (const project of projectGroups(readIndicators(ctx, table))) checkProject(table, project, ctx);
  },
};

function checkProject(table: IndicatorTable, rows: readonly ReadIndicator[], ctx: RuleContext): void {
  // Only tables that use the framework at all.
  if (!rows.some((r) => { const k = level1Of(r.row.level1); return k !== null && k !== "cost"; })) return;
  const col1 = columnByRole(table, "level1");
  const col2 = columnByRole(table, "level2");
  const at = (row: IndicatorRow, col: { col: number } | undefined) => toA1(row.row, col ? col.col : 0);
  const reported = new Set<string>();
  const once = (key: string) => !reported.has(key) && !!reported.add(key);
  let costAsLevel2: IndicatorRow | null = null;
  let costAsLevel1: IndicatorRow | null = null;

  for (const { row } of rows) {
    const l1 = level1Of(row.level1);
    if (row.level1 && !l1) {
      if (once(`1|${row.level1}`)) {
        ctx.report({ sheet: table.sheet, cell: at(row, col1), messageId: "rule.indicator-levels.unknownLevel1", data: { label: row.level1 }, actual: row.level1, table: table.template });
      }
      continue;
    }
    if (!l1 || !row.level2) continue;
    const l2 = level2Of(row.level2);
    if (bare(row.level2) === bare(row.level1)) {
      if (once(`=|${row.level1}|${row.level2}`)) {
        ctx.report({
          sheet: table.sheet,
          cell: at(row, col2),
          messageId: "rule.indicator-levels.sameAsLevel1", data: { label: row.level2, allowed: ALLOWED_TEXT[l1] },
          actual: row.level2,
          table: table.template,
        });
      }
      continue;
    }
    if (l2 === "cost" && l1 === "output") costAsLevel2 ??= row;
    if (l1 === "cost") costAsLevel1 ??= row;
    if (l2 && !ALLOWED[l1].includes(l2) && once(`x|${row.level1}|${row.level2}`)) {
      ctx.report({
        sheet: table.sheet,
        cell: at(row, col2),
        messageId: "rule.indicator-levels.wrongLevel1", data: { label: row.level2, level1: row.level1, expected: LEVEL1_LABEL[l1], allowed: ALLOWED_TEXT[l1] },
        actual: row.level2,
        table: table.template,
      });
    }
  }
  if (costAsLevel1 && costAsLevel2) {
    const later = costAsLevel1.row > costAsLevel2.row ? costAsLevel1 : costAsLevel2;
    const earlier = later === costAsLevel1 ? costAsLevel2 : costAsLevel1;
    ctx.report({
      sheet: table.sheet,
      cell: at(later, later === costAsLevel1 ? col1 : col2),
      related: [{ sheet: table.sheet, cell: at(earlier, earlier === costAsLevel1 ? col1 : col2) }],
      messageId: "rule.indicator-levels.mixed",
      table: table.template,
    });
  }
}
