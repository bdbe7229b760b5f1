export const rulesCodes = {
  "rule.function-code-structure.description":
    "功能分类科目编码应为 3、5 或 7 位数字（类/款/项）；表中列出类级科目时，款、项的上级科目也应列出",
  "rule.function-code-structure.message.nonDigit":
    "科目编码“{code}”含有非数字字符；功能分类科目编码只由数字组成（如 208、20805、2080505）",
  "rule.function-code-structure.message.length":
    "功能分类科目编码应为 3、5 或 7 位（类/款/项），“{code}”是 {length} 位",
  "rule.function-code-structure.message.missingParent":
    "科目 {code} 的上级科目 {parent}（{parentLevel}）在本表中没有对应行",
  "rule.economic-code-structure.description":
    "经济分类科目编码应为 3 位（类）或 5 位（款），地方细化科目为 7 位；类应为现行经济分类的类；30104 等旧科目不再使用",
  "rule.economic-code-structure.message.nonDigit":
    "科目编码“{code}”含有非数字字符；经济分类科目编码只由数字组成（如 301、30101）",
  "rule.economic-code-structure.message.length":
    "经济分类科目编码应为 3 位（类）或 5 位（款），地方细化科目为 7 位，“{code}”是 {length} 位",
  "rule.economic-code-structure.message.badClass":
    "经济分类科目 {code} 的类 {cls} 不是现行经济分类的类（部门经济分类：301、302、303、307、309、310、311、312、313、399；政府经济分类：501–514、599）",
  "rule.economic-code-structure.message.missingParent":
    "科目 {code} 的上级科目 {parent}（{parentLevel}）在本表中没有对应行",
  "rule.economic-code-structure.message.obsolete":
    "科目 {code} 已不是现行科目（旧科目 {obsolete}“{name}”，2018 年起社会保障缴费按 30108–30112 分列），请改用现行科目",
  "rule.code-name-mismatch.description": "科目名称应与科目编码在科目目录中的名称一致",
  "rule.code-name-mismatch.message.former": "本表为 {year} 年的表，科目名称按当年的科目目录接受：{names}",
  "rule.code-name-mismatch.message.formerNoYear": "标题中没有年度，以下科目名称按以前年度的科目目录接受：{names}",
  "rule.code-name-mismatch.formerName": "{code}“{actual}”（{until} 年及以前的名称，现名“{expected}”）",
  "rule.code-name-mismatch.message.otherCode":
    "科目 {code} 的名称应为“{expected}”，表中写的是“{actual}”，这是科目 {otherCode} 的名称：编码和名称有一处填错",
  "rule.code-name-mismatch.message.differs":
    "科目 {code} 的名称与科目目录不一致：目录为“{expected}”，表中为“{actual}”",
  "rule.code-not-in-catalogue.description": "科目编码不在内置科目目录中（内置目录只收录了部分科目）",
  "rule.code-not-in-catalogue.message":
    "科目 {code} 不在内置科目目录中；内置目录只收录了部分科目，请对照当年《政府收支分类科目》核对编码和名称",
  "codes.andMore": "{codes} 等 {count} 个",
  "codes.level.1": "类",
  "codes.level.2": "款",
  "codes.level.3": "项",
} as const;
