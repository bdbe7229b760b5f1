/**
 * Writes docs/indicator-library.md from the indicator library (src/catalog/indicator-library):
 * how entries are written, the 2021 mapping, how caps are split, then every type with its rows.
 * `npx tsx scripts/library-doc.ts` rewrites it; a spec fails when it is out of date.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { COMMON_COSTS_2021, PROJECT_TYPES, SOURCES } from "../src/catalog/indicator-library";

const cell = (s: string) => s.replace(/\|/g, "\\|");

export function libraryMarkdown(): string {
  const lines = [
    "# 标准指标库",
    "",
    "由 `scripts/library-doc.ts` 根据 `src/catalog/indicator-library/` 生成，请勿手工编辑。",
    "",
    "每个项目类型是一张完整的项目绩效目标表：产出（数量、质量、时效、成本）、效益（社会效益，以及经济效益、生态效益或可持续影响）和满意度，每行有三级指标名称、绩效指标描述、指标值写法、指标值确定依据和来源。",
    "",
    "- **指标值写法**带方向和单位：成本“≤{金额}万元”，比率“≥95%”或“=100%”，期限“{月}月底前”，时限“≤2小时”，定性“有效减轻”。生成表格时 `{金额}` 填成本上限，`{月}` 填该行的月份（未写的为 12 月），`{数量}`（人次、家、份等只有项目自己知道的数）留空、标黄并在生成后列出；选“填入示例”时填该行的示例值。",
    "- **成本上限的拆分**：项目金额按各成本行的份额（%）拆分，每行向下取到 0.01 万元，剩下的零头计入份额最大的一行（份额相同取第一行），所以各行上限之和恰好等于项目金额。",
    "- **两种指标体系**：库中每个类型按成本为产出下二级指标的体系编写；财预〔2021〕101号体系由它机械生成：成本行改为“成本指标 | 经济成本指标”（名称、上限不变），另加社会成本指标、生态环境成本指标各一行（类型自带的，或下面的通用两行），可持续影响指标的行改放在“效益指标 | 社会效益指标”下（101号的效益指标只有经济、社会、生态效益），一级指标按产出、成本、效益、满意度排列。",
    "- **来源**：种子中的公开绩效目标表（已改正 docs/domain.md §8 所列的方向、分类和单位错误，改正之处在来源中注明）、docs/domain.md §4.2，或财政部的共性指标框架。库中每一行都通过本项目自己的指标规则（测试：每个类型、两种体系生成的表检查时没有错误和警告）。",
    "- **类型匹配**：项目名称中出现的关键词越长权重越大，列出最可能的三个类型及命中的关键词；一个关键词也没有时按名称相近程度列出。最终由用户选择。",
    "",
    "来源简称：",
    "",
    ...Object.entries(SOURCES).map(([k, v]) => `- \`${k}\`：${v}`),
    "",
    "财预〔2021〕101号体系的通用社会成本、生态环境成本行：",
    "",
    "| 三级指标 | 绩效指标描述 | 指标值 |",
    "|---|---|---|",
    ...COMMON_COSTS_2021.map((i) => `| ${cell(i.name)} | ${cell(i.description)} | ${cell(i.target)} |`),
    "",
  ];
  for (const type of PROJECT_TYPES) {
    lines.push(`## ${type.name}（${type.group}，\`${type.id}\`）`, "", `关键词：${type.keywords.join("、")}`, "", `年度目标：${type.goal}`, "");
    lines.push("| 二级 | 三级指标 | 绩效指标描述 | 指标值 | 确定依据 | 来源 |", "|---|---|---|---|---|---|");
    for (const i of type.indicators) {
      const extra = [i.share !== undefined ? `份额 ${i.share}%` : "", i.month !== undefined ? `${i.month} 月` : "", i.example !== undefined ? `示例 ${i.example}` : ""].filter(Boolean).join("，");
      lines.push(`| ${i.slot} | ${cell(i.name)} | ${cell(i.description)} | ${cell(i.target)}${extra ? `（${extra}）` : ""} | ${cell(i.basis)} | ${cell(i.source)} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

if (require.main === module) {
  writeFileSync(join(__dirname, "..", "docs", "indicator-library.md"), libraryMarkdown());
}
