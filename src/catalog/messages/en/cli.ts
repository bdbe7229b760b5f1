import type { cli as zh } from "../zh-CN/cli";

export const cli: Record<keyof typeof zh, string> = {
  "load.missing": "File not found: {file}",
  "load.directory": "{file} is a folder, not a workbook file",
  "load.permission": "No permission to read {file}",
  "load.truncated": "{file} is incomplete: it was cut off while downloading or copying; get the whole file again",
  "load.unreadable": "Cannot read {file}: the file is damaged or not a valid .xlsx workbook",
  "load.encrypted": "{file} is protected with an open password; remove the password in Excel or WPS and check again",
  "load.legacyXls": "{file} is an old Excel 97-2003 (.xls) file; save it as .xlsx in Excel or WPS and check again",
  "load.wpsEt": "{file} is in WPS Spreadsheets' own format (.et); save it as .xlsx in WPS, then check it again",
  "load.notXlsx": "{file} is not an .xlsx workbook (it looks like {kind})",
  "load.empty": "{file} is empty (0 bytes)",
  "load.noSheets": "{file} has no worksheets",
  "load.kind.pdf": "a PDF file",
  "load.kind.text": "a text file",
  "load.kind.html": "a web page (HTML)",
  "load.kind.xml": "an XML file",
  "load.kind.xlsb": "an Excel binary workbook (.xlsb)",
  "load.kind.docx": "a Word document",
  "load.kind.pptx": "a PowerPoint presentation",
  "load.kind.ods": "an OpenDocument spreadsheet (.ods)",
  "load.kind.zip": "some other zip archive",
  "load.kind.ole": "some other Office 97-2003 document",
  "load.kind.unknown": "an unknown format",

  "report.sheetName": "Check report",
  "report.col.index": "No.",
  "report.col.severity": "Severity",
  "report.col.sheet": "Sheet",
  "report.col.cell": "Cell",
  "report.col.rule": "Rule",
  "report.col.message": "Message",
  "report.col.expected": "Expected",
  "report.col.actual": "Actual",
  "report.col.difference": "Difference",
  "report.col.note": "Explanation",
  "summary.sheet.files": "Files",
  "summary.sheet.findings": "Findings",
  "summary.col.index": "No.",
  "summary.col.file": "File",
  "summary.col.tables": "Tables",
  "summary.col.errors": "Errors",
  "summary.col.warnings": "Warnings",
  "summary.col.infos": "Notes",
  "summary.col.status": "Status",
  "summary.status.unreadable": "Not checked: {message}",
  "summary.status.noTables": "No budget disclosure table recognised",
  "summary.status.errors": "Errors found",
  "summary.status.noErrors": "No errors",
  "report.summary": "Check result ({source}): {error} error(s), {warning} warning(s), {info} note(s)",
  "report.summaryNone": "Check result ({source}): no problems found",
  "report.note": "[{severity}] {message} ({rule})",

  "cli.help":
    "Usage: budget-check [options] FILE.xlsx|FOLDER ...\n" +
    "\n" +
    "Checks department budget disclosure tables (.xlsx): recognises each table and checks totals,\n" +
    "cross-table identities and classification codes, and the indicators, funds and scores of\n" +
    "performance-goal and self-evaluation tables. Input files are never modified.\n" +
    "A folder stands for every spreadsheet file in it and its subfolders; wildcards such as\n" +
    "submissions/*.xlsx are expanded.\n" +
    "\n" +
    "Options:\n" +
    "  --format text|json   output format (default: text)\n" +
    "  --out FILE.xlsx      save an annotated copy: a new 校验报告 sheet, flagged cells coloured with a note.\n" +
    "                       With several inputs, one copy per input is derived from this name; a folder\n" +
    "                       receives the copies\n" +    "  --summary FILE.xlsx  save a summary workbook: a line per file (counts, or why it was not\n" +
    "                       checked) and every finding, to filter and sort in Excel\n" +
    "  --lang zh-CN|en      language (default: zh-CN)\n" +
    "  -h, --help           show this help\n" +
    "  -v, --version        show the version\n" +
    "\n" +
    "Exit status: 0 no errors; 1 errors found; 2 a file could not be read or the arguments are wrong\n" +
    "(the other files are still checked). NO_COLOR turns colours off, FORCE_COLOR turns them on.",
  "cli.file": "File: {file}",
  "cli.table": "Sheet “{sheet}” {title} ({template})",
  "cli.sheet": "Sheet “{sheet}”",
  "cli.workbookLevel": "Whole workbook",
  "cli.noTables": "No budget disclosure table recognised",
  "cli.noFindings": "No problems found",
  "cli.recapErrors": "Files with errors ({count}):",
  "cli.recapErrorCount": "{count} error(s)",
  "cli.recapUnreadable": "Files not checked ({count}):",
  "cli.recapNoFile": "Inputs that named no spreadsheet ({count}):",
  "cli.overallNoFile": "; {count} input(s) named no spreadsheet",
  "cli.otherTablesClean": "{count} more table(s) with no problems",
  "cli.allTablesClean": "No problems in any of the {count} table(s)",
  "cli.severityGroup": "{severity} ({count})",
  "cli.fileSummary": "Subtotal: {error} error(s), {warning} warning(s), {info} note(s)",
  "cli.overall": "{files} file(s): {error} error(s), {warning} warning(s), {info} note(s)",
  "cli.overallUnreadable": "; {count} file(s) could not be read",
  "cli.readError": "Not checked: {message}",
  "cli.checkFailed": "Checking {file} failed: {message}",
  "cli.fileTimeout": "{file} was still being checked after {seconds} s and was stopped; not checked (the file may be huge or damaged; the other files are checked as usual)",
  "cli.fileOutOfMemory": "{file} needed more than {megabytes} MB of memory and was stopped; not checked (the file may be huge or damaged; the other files are checked as usual)",
  "cli.exitCode": "exit code {code}",
  "cli.fileCrashed": "The checker stopped unexpectedly while reading {file} ({message}); not checked; the other files are checked as usual",
  "cli.progress": "Checking {done}/{total}: {file}",
  "cli.written": "Annotated copy written: {file}",
  "cli.outSameAsInput": "Will not overwrite the input file {file}; give --out another file name",
  "cli.summaryWritten": "Summary written: {file}",
  "cli.argSummaryNotXlsx": "--summary writes an .xlsx workbook: give a name ending in .xlsx: {file}",
  "cli.summarySameAsInput": "Will not overwrite the input file {file}; give --summary another file name",
  "cli.outFailed": "Cannot write {file}: {message}",
  "cli.emptyFolder": "The folder {folder} holds no spreadsheet file (.xlsx, .xlsm, .xls, .et…)",
  "cli.noMatch": "No file matches {pattern}",
  "cli.copyLost": "Note: the copy lacks the original's {parts}, which the ExcelJS library that writes it cannot keep. The original is unchanged: make your changes there and use the copy only to read the marks",
  "copy.part.chart": "charts",
  "copy.part.chartSheet": "chart sheets",
  "copy.part.pivotTable": "pivot tables",
  "copy.part.macro": "macros (VBA project)",
  "copy.part.macroSheet": "macro or dialog sheets",
  "copy.part.slicer": "slicers",
  "copy.part.timeline": "timelines",
  "copy.part.externalLink": "external links",
  "copy.part.threadedComment": "threaded comments",
  "copy.part.dataModel": "data model",
  "copy.part.dataConnection": "data connections",
  "copy.part.embeddedObject": "embedded objects",
  "copy.part.formControl": "form controls",
  "copy.part.table": "formatted tables",
  "copy.part.image": "images",
  "copy.partCount": "{name} ({count})",
  "copy.partSeparator": ", ",
  "cli.argUnknown": "Unknown option: {option}",
  "cli.argMissingValue": "Option {option} needs a value",
  "cli.argBadFormat": "--format must be text or json, not “{value}”",
  "cli.argBadLang": "--lang must be zh-CN or en, not “{value}”",
  "cli.argOutNotXlsx": "--out writes an .xlsx workbook: give a name ending in .xlsx (or a folder): {file}",
  "cli.argNoFiles": "Give the .xlsx files to check",
  "cli.argHint": "Run budget-check --help for usage",
};
