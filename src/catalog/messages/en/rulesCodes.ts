import type { rulesCodes as zh } from "../zh-CN/rulesCodes";

export const rulesCodes: Record<keyof typeof zh, string> = {
  "rule.function-code-structure.description":
    "Function classification codes have 3, 5 or 7 digits (类/款/项); when a table lists 类 rows, the parent of each 款 and 项 is listed too",
  "rule.function-code-structure.message.nonDigit":
    "Code \"{code}\" contains characters other than digits; function classification codes are digits only (e.g. 208, 20805, 2080505)",
  "rule.function-code-structure.message.length":
    "Function classification codes have 3, 5 or 7 digits (类/款/项); \"{code}\" has {length}",
  "rule.function-code-structure.message.missingParent": "The parent code {parent} ({parentLevel}) of {code} has no row in this table",
  "rule.economic-code-structure.description":
    "Economic classification codes have 3 digits (类) or 5 (款), 7 for local items; the 类 must be a current class; obsolete codes such as 30104 are no longer used",
  "rule.economic-code-structure.message.nonDigit":
    "Code \"{code}\" contains characters other than digits; economic classification codes are digits only (e.g. 301, 30101)",
  "rule.economic-code-structure.message.length":
    "Economic classification codes have 3 digits (类) or 5 (款), 7 for local items; \"{code}\" has {length}",
  "rule.economic-code-structure.message.badClass":
    "The class {cls} of economic code {code} is not a current class (department: 301, 302, 303, 307, 309, 310, 311, 312, 313, 399; government: 501–514, 599)",
  "rule.economic-code-structure.message.missingParent": "The parent code {parent} ({parentLevel}) of {code} has no row in this table",
  "rule.economic-code-structure.message.obsolete":
    "Code {code} is no longer current (old code {obsolete} \"{name}\"; since 2018 social-security contributions are split over 30108–30112); use a current code",
  "rule.code-name-mismatch.description": "The name of a code must be its name in the code catalogue",
  "rule.code-name-mismatch.message.former": "This table is for {year}; names accepted as that year's catalogue had them: {names}",
  "rule.code-name-mismatch.message.formerNoYear": "The title names no year; names accepted as earlier catalogues had them: {names}",
  "rule.code-name-mismatch.formerName": "{code} \"{actual}\" (its name until {until}; now \"{expected}\")",
  "rule.code-name-mismatch.message.otherCode":
    "Code {code} should be named \"{expected}\", but the table says \"{actual}\", which is the name of code {otherCode}: either the code or the name is wrong",
  "rule.code-name-mismatch.message.differs": "The name of code {code} differs from the catalogue: catalogue \"{expected}\", table \"{actual}\"",
  "rule.code-not-in-catalogue.description": "The code is not in the bundled code catalogue (the bundled catalogue is partial)",
  "rule.code-not-in-catalogue.message":
    "Code {code} is not in the bundled catalogue; the bundled catalogue holds only part of the codes, so check the code and name against the year's 《政府收支分类科目》",
  "codes.andMore": "{codes} and others ({count} in all)",
  "codes.level.1": "类 (class)",
  "codes.level.2": "款 (section)",
  "codes.level.3": "项 (item)",
};
