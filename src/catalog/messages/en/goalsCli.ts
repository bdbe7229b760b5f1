import type { goalsCli as zh } from "../zh-CN/goalsCli";

export const goalsCli: Record<keyof typeof zh, string> = {
  "goals.help":
    "Usage:\n" +
    "  budget-goals projects.xlsx --out goals.xlsx [--layout per-project|consolidated] [--framework 2021|classic]\n" +
    "               [--examples] [--unit name] [--type project=type ...]\n" +
    "  budget-goals --self-eval goals.xlsx --out self-evaluation.xlsx\n" +
    "\n" +
    "Generates a performance goal table for every project of a list from the standard indicator library, or the\n" +
    "self-evaluation tables of goal tables. The input file is never changed.\n" +
    "\n" +
    "Exit codes: 0 written; 1 written, some projects left out; 2 bad arguments, unreadable input, no projects or write failure.",
  "goals.argUnknown": "Unknown option: {arg}",
  "goals.argMissingValue": "{option} needs a value",
  "goals.argLayout": "--layout must be per-project or consolidated: {value}",
  "goals.argFramework": "--framework must be 2021 or classic: {value}",
  "goals.argType": "--type is written project=type: {value}",
  "goals.argTypeUnknown": "No type “{type}” in the library (available: {types})",
  "goals.argInput": "One input file (.xlsx) is needed",
  "goals.argInputs": "Only one input file: {files}",
  "goals.argOut": "--out file.xlsx is needed",
  "goals.argOutXlsx": "The --out file name must end in .xlsx: {file}",
  "goals.argSameFile": "--out cannot be the input file (the input is never changed): {file}",
  "goals.argHint": "See budget-goals --help.",
  "goals.noProjects": "No projects found in {file}: a sheet with 项目名称 and an amount column, or goal tables, is needed",
  "goals.noGoalTables": "No project goal tables found in {file}",
  "goals.source.list": "{count} projects read from sheet “{sheet}”:",
  "goals.source.goal-tables": "Projects read from {count} goal tables:",
  "goals.project": "{index}. {project} ({amount} × 10,000 yuan) → {type}",
  "goals.because": "   because the name contains “{keywords}”",
  "goals.resemblance": "   no keyword matched; chosen by resemblance of names",
  "goals.chosen": "   chosen with --type",
  "goals.alternatives": "   other choices: {types}",
  "goals.left": "Left out: {sheet}!{cell} {message}",
  "goals.placeholders": "{count} targets to fill in for the project (highlighted):",
  "goals.placeholder": "  {sheet}!{cell} {indicator}: {pattern} (e.g. {example})",
  "goals.written": "Wrote {file}: {count} tables ({layout}, {framework})",
  "goals.layout.per-project": "one per project",
  "goals.layout.consolidated": "one consolidated table",
  "goals.framework.classic": "cost under outputs",
  "goals.framework.2021": "财预〔2021〕101号 framework",
  "goals.selfWritten": "Wrote {file}: {count} self-evaluation tables (points: execution {execution}, outputs {output}, benefits {benefit}, satisfaction {satisfaction})",
  "goals.selfProject": "{index}. {project} (budget {amount} × 10,000 yuan, {count} indicators)",
  "goals.writeFailed": "Cannot write {file}: {message}",
};
