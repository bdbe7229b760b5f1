/**
 * Writes docs/rules.md from the rule registry (id, severity, category, reference, zh-CN description).
 * `npx tsx scripts/rules-doc.ts` rewrites it; a spec fails when it is out of date.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { allRules } from "../src/rules";
import { t } from "../src/catalog/messages";
import type { Rule } from "../src/rules/types";

const CATEGORY: Record<Rule["meta"]["category"], string> = {
  "within-table": "表内勾稽",
  "cross-table": "表间勾稽",
  codes: "科目编码",
  hygiene: "数据规范",
  goals: "绩效指标",
  recognition: "表格识别",
};
const SEVERITY = { error: "错误", warning: "警告", info: "提示" } as const;

export function rulesMarkdown(): string {
  const lines = [
    "# 校验规则一览",
    "",
    "由 `scripts/rules-doc.ts` 根据规则注册表生成，请勿手工编辑。“依据”指 shared/domain/reference.md §2 的勾稽关系编号。",
    "",
    "| 规则 | 严重程度 | 类别 | 依据 | 说明 |",
    "|---|---|---|---|---|",
  ];
  for (const r of allRules) {
    const m = r.meta;
    lines.push(`| \`${m.id}\` | ${SEVERITY[m.severity]} | ${CATEGORY[m.category]} | ${m.reference ?? ""} | ${t(m.description).replace(/\|/g, "\\|")} |`);
  }
  return lines.join("\n") + "\n";
}

if (require.main === module) {
  writeFileSync(join(__dirname, "..", "docs", "rules.md"), rulesMarkdown());
}
