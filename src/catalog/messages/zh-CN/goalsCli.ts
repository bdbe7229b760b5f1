// budget-goals: goal tables and self-evaluations for every project of a list.
export const goalsCli = {
  "goals.help":
    "用法：\n" +
    "  budget-goals 项目清单.xlsx --out 绩效目标表.xlsx [--layout per-project|consolidated] [--framework 2021|classic]\n" +
    "               [--examples] [--unit 单位名称] [--type 项目名称=类型 ...]\n" +
    "  budget-goals --self-eval 绩效目标表.xlsx --out 绩效自评表.xlsx\n" +
    "\n" +
    "按标准指标库为项目清单中的每个项目生成绩效目标表，或为绩效目标表生成绩效自评表。输入文件不会被修改。\n" +
    "项目清单：表头有“项目名称”和金额栏（资金总额、金额、预算数或合计，可另有财政拨款、其他资金；万元或元）的工作表，\n" +
    "河南口径的项目绩效目标表，或每个项目一张的绩效目标表。\n" +
    "\n" +
    "选项：\n" +
    "  --out 文件.xlsx            写出的新工作簿（不能是输入文件）\n" +
    "  --layout per-project       每个项目一张“项目支出绩效目标表”（默认）；consolidated：所有项目一张表（河南口径）\n" +
    "  --framework 2021           财预〔2021〕101号指标体系（成本为一级指标）；classic：成本为产出下的二级指标（默认）\n" +
    "  --examples                 数量指标填入示例值（默认留空并标黄，由您按项目填写）\n" +
    "  --unit 名称                汇总表单位行的单位名称\n" +
    "  --type 项目名称=类型       指定项目的类型（类型写名称或编号，如 医疗救助 或 medical-assistance），可重复\n" +
    "  --self-eval                输入是绩效目标表，生成绩效自评表\n" +
    "  --lang zh-CN|en            界面语言\n" +
    "\n" +
    "退出码：0 已写出；1 已写出，但有项目未能列入；2 参数有误、无法读取输入、没有找到项目或无法写出。",
  "goals.argUnknown": "不认识的选项：{arg}",
  "goals.argMissingValue": "{option} 后面需要一个值",
  "goals.argLayout": "--layout 只能是 per-project 或 consolidated：{value}",
  "goals.argFramework": "--framework 只能是 2021 或 classic：{value}",
  "goals.argType": "--type 的写法是 项目名称=类型：{value}",
  "goals.argTypeUnknown": "指标库中没有类型“{type}”（可用：{types}）",
  "goals.argInput": "需要一个输入文件（.xlsx）",
  "goals.argInputs": "只能给一个输入文件：{files}",
  "goals.argOut": "需要 --out 文件.xlsx",
  "goals.argOutXlsx": "--out 的文件名须以 .xlsx 结尾：{file}",
  "goals.argSameFile": "--out 不能是输入文件本身（输入文件不会被修改）：{file}",
  "goals.argHint": "用 budget-goals --help 查看用法。",
  "goals.noProjects": "{file} 中没有找到项目：需要表头有“项目名称”和金额栏的工作表，或项目绩效目标表",
  "goals.noGoalTables": "{file} 中没有找到项目绩效目标表",
  "goals.source.list": "从工作表“{sheet}”读到 {count} 个项目：",
  "goals.source.goal-tables": "从 {count} 张项目绩效目标表读到项目：",
  "goals.project": "{index}. {project}（{amount} 万元）→ {type}",
  "goals.because": "   原因：名称中有“{keywords}”",
  "goals.resemblance": "   原因：没有命中关键词，按名称相近程度选择",
  "goals.chosen": "   原因：--type 指定",
  "goals.alternatives": "   其他可选：{types}",
  "goals.left": "未列入：{sheet}!{cell} {message}",
  "goals.placeholders": "以下 {count} 个指标值需要按项目填写（已标黄）：",
  "goals.placeholder": "  {sheet}!{cell} {indicator}：{pattern}（例如 {example}）",
  "goals.written": "已写出 {file}：{count} 张表（{layout}，{framework}）",
  "goals.layout.per-project": "每个项目一张",
  "goals.layout.consolidated": "所有项目一张汇总表",
  "goals.framework.classic": "成本为产出下的二级指标",
  "goals.framework.2021": "财预〔2021〕101号体系",
  "goals.selfWritten": "已写出 {file}：{count} 张绩效自评表（分值：预算执行率 {execution}、产出 {output}、效益 {benefit}、满意度 {satisfaction}）",
  "goals.selfProject": "{index}. {project}（全年预算数 {amount} 万元，{count} 个指标）",
  "goals.writeFailed": "无法写出 {file}：{message}",
} as const;
