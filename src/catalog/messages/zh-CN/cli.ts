// Loading files, the annotated copy (校验报告) and the budget-check command line.
export const cli = {
  // --- loading .xlsx files ---
  "load.missing": "找不到文件：{file}",
  "load.directory": "{file} 是文件夹，不是工作簿文件",
  "load.permission": "没有权限读取文件：{file}",
  "load.truncated": "{file} 不完整：文件在下载或复制时被截断，请重新获取完整文件",
  "load.unreadable": "无法读取 {file}：文件已损坏或不是有效的 .xlsx 工作簿",
  "load.encrypted": "{file} 设置了打开密码，无法读取；请在 Excel 或 WPS 中取消密码后再检查",
  "load.legacyXls": "{file} 是旧版 Excel 97-2003（.xls）文件；请在 Excel 或 WPS 中另存为 .xlsx 后再检查",
  "load.wpsEt": "{file} 是 WPS 表格自己的格式（.et）；请在 WPS 中另存为 .xlsx 后再检查",
  "load.notXlsx": "{file} 不是 .xlsx 工作簿（看起来是{kind}）",
  "load.empty": "{file} 是空文件（0 字节）",
  "load.noSheets": "{file} 中没有工作表",
  "load.kind.pdf": "PDF 文件",
  "load.kind.text": "文本文件",
  "load.kind.html": "网页（HTML）文件",
  "load.kind.xml": "XML 文件",
  "load.kind.xlsb": "Excel 二进制工作簿 .xlsb",
  "load.kind.docx": "Word 文档",
  "load.kind.pptx": "PowerPoint 演示文稿",
  "load.kind.ods": "OpenDocument 表格 .ods",
  "load.kind.zip": "其他压缩包",
  "load.kind.ole": "其他 Office 97-2003 文档",
  "load.kind.unknown": "无法识别的格式",

  // --- annotated copy ---
  "report.sheetName": "校验报告",
  "report.col.index": "序号",
  "report.col.severity": "严重程度",
  "report.col.sheet": "工作表",
  "report.col.cell": "单元格",
  "report.col.rule": "规则",
  "report.col.message": "说明",
  "report.col.expected": "应为",
  "report.col.actual": "实为",
  "report.col.difference": "差额",
  "report.col.note": "已说明的原因",
  "summary.sheet.files": "文件汇总",
  "summary.sheet.findings": "问题清单",
  "summary.col.index": "序号",
  "summary.col.file": "文件",
  "summary.col.tables": "识别的表",
  "summary.col.errors": "错误",
  "summary.col.warnings": "警告",
  "summary.col.infos": "提示",
  "summary.col.status": "状态",
  "summary.status.unreadable": "无法检查：{message}",
  "summary.status.noTables": "未识别出预算公开表",
  "summary.status.errors": "有错误",
  "summary.status.noErrors": "没有错误",
  "report.summary": "校验结果（{source}）：错误 {error} 个，警告 {warning} 个，提示 {info} 个",
  "report.summaryNone": "校验结果（{source}）：未发现问题",
  "report.note": "【{severity}】{message}（{rule}）",

  // --- budget-check ---
  "cli.help":
    "用法：budget-check [选项] 文件.xlsx|文件夹 ...\n" +
    "\n" +
    "检查部门预算公开表（.xlsx）：识别每张表，核对表内合计、表间勾稽关系和科目编码，\n" +
    "以及绩效目标表、自评表的指标方向、归类、指标值写法、资金和得分。\n" +
    "给出文件夹时检查其中（含子文件夹）所有表格文件；也可以写通配符，如 送审/*.xlsx。\n" +
    "输入文件不会被修改。\n" +
    "\n" +
    "选项：\n" +
    "  --format text|json   输出格式，默认 text\n" +
    "  --out 文件.xlsx       另存一份带标注的副本：新增“校验报告”工作表，并用颜色和批注标出问题单元格。\n" +
    "                       检查多个文件时按输入文件名各存一份；给出的是文件夹时存到该文件夹中\n" +    "  --summary 汇总.xlsx   另存一份汇总表：每个文件一行（错误、警告、提示个数或无法检查的原因），\n" +
    "                       以及全部问题的清单，可在 Excel 中筛选、排序\n" +
    "  --lang zh-CN|en      界面语言，默认 zh-CN\n" +
    "  -h, --help           显示本帮助\n" +
    "  -v, --version        显示版本号\n" +
    "\n" +
    "退出码：0 未发现错误；1 发现错误；2 有文件无法读取或参数有误（其余文件照常检查）。\n" +
    "环境变量：NO_COLOR 关闭颜色，FORCE_COLOR 强制使用颜色。",
  "cli.file": "文件：{file}",
  "cli.table": "工作表「{sheet}」{title}（{template}）",
  "cli.sheet": "工作表「{sheet}」",
  "cli.workbookLevel": "整个工作簿",
  "cli.noTables": "未识别出预算公开表",
  "cli.noFindings": "未发现问题",
  "cli.recapErrors": "有错误的文件（{count} 个）：",
  "cli.recapErrorCount": "错误 {count} 个",
  "cli.recapUnreadable": "无法检查的文件（{count} 个）：",
  "cli.recapNoFile": "没有找到表格文件的输入（{count} 个）：",
  "cli.overallNoFile": "；{count} 个输入没有找到表格文件",
  "cli.otherTablesClean": "另有 {count} 张表未发现问题",
  "cli.allTablesClean": "{count} 张表均未发现问题",
  "cli.severityGroup": "{severity}（{count}）",
  "cli.fileSummary": "小计：错误 {error} 个，警告 {warning} 个，提示 {info} 个",
  "cli.overall": "共 {files} 个文件：错误 {error} 个，警告 {warning} 个，提示 {info} 个",
  "cli.overallUnreadable": "；{count} 个文件无法读取",
  "cli.readError": "无法检查：{message}",
  "cli.checkFailed": "检查 {file} 时出错：{message}",
  "cli.fileTimeout": "{file} 检查超过 {seconds} 秒仍未完成，已停止，此文件未检查（文件可能异常庞大或已损坏；其他文件照常检查）",
  "cli.fileOutOfMemory": "{file} 检查时占用内存超过 {megabytes} MB，已停止，此文件未检查（文件可能异常庞大或已损坏；其他文件照常检查）",
  "cli.exitCode": "退出码 {code}",
  "cli.fileCrashed": "{file} 检查时检查进程意外退出（{message}），此文件未检查；其他文件照常检查",
  "cli.progress": "正在检查 {done}/{total}：{file}",
  "cli.written": "已写入带标注的副本：{file}",
  "cli.outSameAsInput": "不会覆盖输入文件：{file}；请用 --out 指定另一个文件名",
  "cli.summaryWritten": "已写入汇总表：{file}",
  "cli.argSummaryNotXlsx": "--summary 写出的是 .xlsx 工作簿，文件名请以 .xlsx 结尾：{file}",
  "cli.summarySameAsInput": "不会覆盖输入文件：{file}；请用 --summary 指定另一个文件名",
  "cli.outFailed": "无法写入 {file}：{message}",
  "cli.emptyFolder": "文件夹 {folder} 中没有表格文件（.xlsx、.xlsm、.xls、.et 等）",
  "cli.noMatch": "没有与 {pattern} 匹配的文件",
  "cli.copyLost": "注意：副本中没有原文件的{parts}，写副本所用的 ExcelJS 库不支持这些内容。原文件没有改动；请在原文件中修改，副本只用于查看标注",
  "copy.part.chart": "图表",
  "copy.part.chartSheet": "图表工作表",
  "copy.part.pivotTable": "数据透视表",
  "copy.part.macro": "宏（VBA 工程）",
  "copy.part.macroSheet": "宏表或对话框表",
  "copy.part.slicer": "切片器",
  "copy.part.timeline": "日程表",
  "copy.part.externalLink": "外部链接",
  "copy.part.threadedComment": "新式批注（会话）",
  "copy.part.dataModel": "数据模型",
  "copy.part.dataConnection": "数据连接",
  "copy.part.embeddedObject": "嵌入对象",
  "copy.part.formControl": "表单控件",
  "copy.part.table": "套用格式的表格",
  "copy.part.image": "图片",
  "copy.partCount": "{name} {count} 个",
  "copy.partSeparator": "、",
  "cli.argUnknown": "未知选项：{option}",
  "cli.argMissingValue": "选项 {option} 需要一个值",
  "cli.argBadFormat": "--format 只能是 text 或 json，而不是“{value}”",
  "cli.argBadLang": "--lang 只能是 zh-CN 或 en，而不是“{value}”",
  "cli.argOutNotXlsx": "--out 写出的副本是 .xlsx 工作簿，文件名请以 .xlsx 结尾（或给出一个文件夹）：{file}",
  "cli.argNoFiles": "请给出要检查的 .xlsx 文件",
  "cli.argHint": "运行 budget-check --help 查看用法",
} as const;
