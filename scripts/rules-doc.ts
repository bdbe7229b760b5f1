/**
 * Writes docs/rules.md (the list) and docs/rules/<id>.md (one page per rule, ESLint's per-rule docs
 * being the model) from the rule registry and the examples in scripts/rule-examples/.
 * `npx tsx scripts/rules-doc.ts` rewrites them; a spec fails when they are out of date.
 */
import { existsSync, mkdirSync, readdirSync, unlinkSync, writeFileSync } from "fs";
import { join } from "path";
import { allRules } from "../src/rules";
import { t } from "../src/catalog/messages";
import { TEMPLATES } from "../src/catalog/templates";
import { checkWorkbookSync } from "../src/engine/check";
import { columnLetters } from "../src/model/a1";
import { isCellError, type CellValue } from "../src/model/snapshot";
import type { Rule } from "../src/rules/types";
import { ruleExamples } from "./rule-examples";
import { failingSheets, toWorkbook, type ExampleEdit, type ExampleSheet, type RuleExamples } from "./rule-examples/types";

const CATEGORY: Record<Rule["meta"]["category"], string> = {
  "within-table": "表内勾稽",
  "cross-table": "表间勾稽",
  codes: "科目编码",
  hygiene: "数据规范",
  goals: "绩效指标",
  recognition: "表格识别",
};
const SEVERITY = { error: "错误", warning: "警告", info: "提示" } as const;

const GENERATED = "由 `scripts/rules-doc.ts` 根据规则注册表和 `scripts/rule-examples/` 中的例子生成，请勿手工编辑。";

const cellText = (s: string) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/**
 * A rule's `reference` ("A7 A8", "§4.2, §4.3", "§1.3 T7/T8") as links into docs/domain.md §2 and on: identity
 * ids (A…, X…, D…), table ids (T…) and section numbers (§n.n) each have an anchor there.
 */
export function referenceTokens(reference: string | undefined): string[] {
  return (reference ?? "").match(/§\d+(\.\d+)*|\b[AXDT]\d+\b/g) ?? [];
}

export function domainAnchor(token: string): string {
  return token.startsWith("§") ? `s${token.slice(1)}` : token;
}

function referenceLinks(reference: string | undefined, domainPath: string): string {
  return referenceTokens(reference)
    .map((tok) => `[${tok}](${domainPath}#${domainAnchor(tok)})`)
    .join(" ");
}

/** Hand-written: the evaluation and execution layouts and the identities that check them (issue #15). */
const EVALUATION_LAYOUTS = [
  "## 评价表、资金执行情况表和河南汇总的项目绩效目标表",
  "",
  "- **评价（评分）表**按表头识别，不要求有三级指标栏：有一级或二级指标、“分值”和“自评分”（得分、评分）栏即可，" +
    "如 2019 年决算公开的项目支出绩效评价表“分层指标 | 一级指标 | 二级指标 | 分值 | 自评分”，或没有标题的“一级指标 | 二级指标 | 指标 | 分值 | 得分”。" +
    "最深一级是指标，上面两级作为一级、二级；“总分”“合计”行是合计行，不当作指标或一级指标。" +
    "检查：每项 得分 ≤ 分值（`self-evaluation-score`），Σ分值 = 100（`indicator-weights`），Σ得分 = 总分、Σ分值 = 合计行的分值（`score-total`）。",
  "- **资金执行情况表**（按资金来源的 预算数 | 执行数 | 执行率，可有 预算调整数、结余结转、分值 | 得分）单独识别，标题如“项目资金执行情况表”，" +
    "或评价报告中表上只有一行项目名称、表头为“年度预算 | 预算调整数 | 实际执行 | 执行率”的。" +
    "检查（`funds-execution`）：执行率 = 执行数 ÷ 预算数（有预算调整数的按 年度预算 + 预算调整数，有全年预算数的按全年预算数），按表中写的小数位比较；" +
    "得分 = min(执行率, 100%) × 分值，允许取整的 0.5 分。执行率写错而得分照错的执行率算的，只报执行率一处。",
  "- **绩效目标表、评价表的项目**是表中“项目名称”一行写的项目，不是标题：标题相同而项目名称不同的两张表不算重复，" +
    "项目名称相同的两张目标表（或两张评价表）报一次重复（`duplicate-goal-table`）。",
  "- **河南汇总的部门预算项目绩效目标表**（部门、所属单位和项目在一张表中，“单位编码(项目编码)”为 312 / 312001 / 312001-1）：" +
    "单位行的资金总额、财政性资金、其他资金 = 所属各项目之和，部门行 = 所属各单位之和（`goal-unit-total`），每行 资金总额 = 财政性资金 + 其他资金（`funds-total`）。" +
    "这些等式都参与下面的错误定位：一个项目的财政性资金空白，只在这一格报一条错误。" +
    "指标按产出、效益、满意度分三组“三级指标 | 指标值”左右并列，每组作为该一级下的指标检查，问题报在该组的单元格。",
];

/** Hand-written: how the checker decides where a mistake is (src/engine/locate). */
const LOCALISATION = [
  "## 错误定位：一处录错，只报一次",
  "",
  "一个数字录错，往往同时打破好几个等式：它所在行的合计、它上级的款和类、表底的合计行，还有别的表里的同一个数字。" +
    "如果每个不成立的等式各报一条错，就会有三四条错误落在本来正确的合计格上，照着“应为”去改，反而把对的数改错了。" +
    "所以检查器在逐条核对之后，还会把所有不成立的等式放在一起看：找出改动最少的单元格，使所有等式同时成立、又不打破任何原本成立的等式，" +
    "错误只报在这一格，写明应为多少、差额多少；被它连带打破的等式不再单独报错，作为“相关单元格”列在这条错误下面。" +
    "合计行、在几张表里重复出现的数字比单独的明细数更可信；如果两处同样可能（例如两张表各自平衡、彼此却对不上，又没有第三张表可以判断），" +
    "就报一条“F7 与 F15 之一有误”，不替您随意挑一处。只在一个等式里出现的数字（例如只有一列金额的表，合计和各明细除了“合计 = 明细之和”再没有别的等式约束）也是这样：检查器无从判断哪一格错了，报一条“C6 与 C7 与 C8 之一有误”，合计格排在最前；可能的格子超过四处时，只报原来那条“合计不等于明细之和”。两条提示性的核对不参与定位：“三公”经费不超过基本支出表对应经济科目（部分可能在项目支出中）和各项目绩效目标的金额之和等于项目支出（成本上限是目标，不是预算数），它们不成立可能有正当理由，只作为警告照原样报告。差额是 9 的倍数且两位相邻数字对调时，会提示“疑为相邻两位数字颠倒”。" +
    "一两个单元格解释不了的情况，仍按原来的方式逐条报告。",
  "",
  "例：支出总表中 2101101“行政单位医疗”的基本支出应为 19.00，误录成 91.00。逐条核对会报两条错：" +
    "本行“合计 109.00 应为 181.00”，以及上级款 21011 的基本支出“23.00 应为 95.00”——两处都落在正确的格子上。" +
    "错误定位只报一条：**E18 此格应为 19.00，实为 91.00，差额 +72.00；改正这一格，两个不成立的等式同时成立；疑为相邻两位数字颠倒**，" +
    "D18 和 E17 等作为相关单元格列出，不再标红。",
];

export function rulesMarkdown(): string {
  const lines = [
    "# 校验规则一览",
    "",
    `${GENERATED}每条规则的说明、正确和错误的例子见 [rules/](rules/) 下的单独页面；“依据”链接到 [domain.md](domain.md) 中的勾稽关系编号或章节。`,
    "",
    "| 规则 | 严重程度 | 类别 | 依据 | 说明 |",
    "|---|---|---|---|---|",
  ];
  for (const r of allRules) {
    const m = r.meta;
    lines.push(
      `| [\`${m.id}\`](rules/${m.id}.md) | ${SEVERITY[m.severity]} | ${CATEGORY[m.category]} | ${referenceLinks(m.reference, "domain.md")} | ${cellText(t(m.description, {}, "zh-CN"))} |`,
    );
  }
  lines.push("", ...EVALUATION_LAYOUTS);
  lines.push("", ...LOCALISATION);
  return lines.join("\n") + "\n";
}

function valueText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return cellText(String(v));
}

/** A sheet as a markdown table with Excel's row numbers and column letters; `bold` cells are marked. */
function sheetMarkdown(s: ExampleSheet, bold: ReadonlySet<string>): string[] {
  const width = Math.max(...s.rows.map((r) => r.length));
  const hidden = new Set(s.hiddenRows ?? []);
  const lines = [
    `工作表“${s.name}”：`,
    "",
    `|   | ${Array.from({ length: width }, (_, c) => columnLetters(c)).join(" | ")} |`,
    `|---|${Array.from({ length: width }, () => "---").join("|")}|`,
  ];
  s.rows.forEach((row, r) => {
    const cells = Array.from({ length: width }, (_, c) => {
      const a1 = `${columnLetters(c)}${r + 1}`;
      let text = valueText(row[c]);
      if (s.dates && s.dates[a1] !== undefined) text += `（日期格式，数值 ${s.dates[a1]}）`;
      if (s.shown && s.shown[a1] !== undefined) text += `（显示为“${cellText(s.shown[a1])}”）`;
      if (s.formulas && s.formulas[a1] !== undefined) text += `（公式 \`${cellText(s.formulas[a1])}\`）`;
      return bold.has(a1) ? `**${text || "（空）"}**` : text;
    });
    lines.push(`| ${r + 1}${hidden.has(r + 1) ? "（隐藏）" : ""} | ${cells.join(" | ")} |`);
  });
  if (s.merges && s.merges.length > 0) lines.push("", `合并单元格：${s.merges.join("、")}`);
  return lines;
}

function sheetsMarkdown(sheets: readonly ExampleSheet[], edits: readonly ExampleEdit[] = []): string[] {
  const out: string[] = [];
  for (const s of sheets) {
    const bold = new Set(edits.filter((e) => (e.sheet ?? sheets[0].name) === s.name).map((e) => e.cell));
    out.push(...sheetMarkdown(s, bold), "");
  }
  return out;
}

/**
 * Where the rule reports on the failing example (sheet!cell and severity), in the checker's order:
 * the rule's own findings, one per identity, before error localisation gathers them.
 */
export function failingFindings(id: string, ex: RuleExamples): { at: string; severity: keyof typeof SEVERITY }[] {
  return checkWorkbookSync(toWorkbook(failingSheets(ex)), { locate: false })
    .findings.filter((f) => f.ruleId === id)
    .map((f) => ({ at: f.cell ? `${f.sheet}!${f.cell}` : `${f.sheet}`, severity: f.severity }));
}

export function rulePage(rule: Rule): string {
  const m = rule.meta;
  const ex = ruleExamples[m.id];
  const templates = m.templates && m.templates.length > 0 ? m.templates.map((id) => TEMPLATES[id].name).join("、") : "全部";
  const lines = [
    `# \`${m.id}\``,
    "",
    `> ${GENERATED}`,
    "",
    "| 严重程度 | 类别 | 依据 | 适用的表 |",
    "|---|---|---|---|",
    `| ${SEVERITY[m.severity]} | ${CATEGORY[m.category]} | ${referenceLinks(m.reference, "../domain.md") || "—"} | ${templates} |`,
    "",
    "## 检查什么",
    "",
    t(m.description, {}, "zh-CN"),
    "",
  ];
  if (ex) {
    lines.push("## 正确的例子", "", "本规则不报告问题。", "", ...sheetsMarkdown(ex.correct));
    lines.push("## 错误的例子", "", `${ex.explain}改动的单元格用粗体标出。`, "", ...sheetsMarkdown(failingSheets(ex), ex.failing));
    const found = failingFindings(m.id, ex);
    lines.push(`本规则报告：${found.map((f) => `\`${f.at}\`（${SEVERITY[f.severity]}）`).join("、")}。`, "");
  }
  lines.push(
    "## 更多",
    "",
    `- 规格测试：[test/rules/${m.id}.test.ts](../../test/rules/${m.id}.test.ts)`,
    "- 例子的数据：[scripts/rule-examples/](../../scripts/rule-examples/)（测试 `test/rules/rule-examples.test.ts` 用检查程序运行每个例子）",
    "- 全部规则：[docs/rules.md](../rules.md)",
    "",
  );
  return lines.join("\n");
}

/** docs/rules/<id>.md for every registered rule. */
export function rulePages(): Map<string, string> {
  return new Map(allRules.map((r) => [`${r.meta.id}.md`, rulePage(r)] as const));
}

if (require.main === module) {
  const docs = join(__dirname, "..", "docs");
  writeFileSync(join(docs, "rules.md"), rulesMarkdown());
  const dir = join(docs, "rules");
  if (!existsSync(dir)) mkdirSync(dir);
  const pages = rulePages();
  for (const name of readdirSync(dir)) if (name.endsWith(".md") && !pages.has(name)) unlinkSync(join(dir, name));
  for (const [name, text] of pages) writeFileSync(join(dir, name), text);
}
