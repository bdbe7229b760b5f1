import type { rulesGoals as zh } from "../zh-CN/rulesGoals";

export const rulesGoals: Record<keyof typeof zh, string> = {
  "rule.indicator-direction.description":
    "A target's symbol matches what the indicator measures: a cost cap is \"≤\", a rate where more is better (coverage, timeliness, satisfaction) is \"≥\", a rate where less is better (error rate, out-of-pocket share) is \"≤\"",
  "rule.indicator-direction.message.cost": "Cost indicator \"{name}\" is a cap: the target should read \"{expected}\", the table has \"{actual}\"",
  "rule.indicator-direction.message.higher": "More is better for \"{name}\": the target should read \"{expected}\", the table has \"{actual}\"",
  "rule.indicator-direction.message.lower": "Less is better for \"{name}\": the target usually reads \"{expected}\", the table has \"{actual}\"",
  "rule.indicator-direction.message.overHundred": "\"{name}\" cannot exceed 100%: write \"=100%\" instead of \"{actual}\"",
  "rule.indicator-category.description":
    "Indicators sit under the right second-level heading: amounts under cost, time under timeliness; timeliness is not a sustainability indicator, and only satisfaction goes under satisfaction",
  "rule.indicator-category.message.swapped":
    "The timeliness and cost rows hold each other's indicator: the timeliness row has \"{timelinessName} {timelinessTarget}\", the cost row has \"{costName} {costTarget}\"",
  "rule.indicator-category.message.costInTimeliness": "The timeliness row holds an amount, \"{name} {target}\"; amounts belong under cost",
  "rule.indicator-category.message.notCost": "The cost row holds \"{name} {target}\", which is not an amount or a cost; state the project's cost (e.g. \"≤20万元\")",
  "rule.indicator-category.message.timelinessInSustainability": "\"{name}\" measures timeliness and does not belong under \"{slot}\"; file it under output timeliness",
  "rule.indicator-category.message.notSatisfaction": "\"{name}\" under satisfaction is not a satisfaction measure; file it under output or benefit",
  "rule.indicator-target-form.description":
    "Targets are written so they can be assessed: \"≥/≤/= number unit\", a date or a qualitative statement; not empty, not \"about\", with a proper unit",
  "rule.indicator-target-form.message.empty": "\"{name}\" has no target",
  "rule.indicator-target-form.message.approximate": "Target \"{target}\" is approximate and cannot be assessed; state \"≥\", \"≤\" or \"=\"",
  "rule.indicator-target-form.message.unparsed": "Target \"{target}\" is not in a form that can be read (\"≥/≤/= number unit\", a date or a qualitative statement)",
  "rule.indicator-target-form.message.unit": "Target \"{target}\" has a malformed unit \"{unit}\" (e.g. \"万/方\" for 万立方米)",
  "rule.indicator-target-form.message.symbol": "Target \"{target}\" uses \"{symbol}\"; the standard symbol is \"{standard}\"",
  "rule.indicator-target-form.message.bare": "Target \"{target}\" is a bare number, with no unit and no \"≥\", \"≤\" or \"=\"; it cannot be read unambiguously",
  "rule.unmet-without-reason.description": "In a self-evaluation table, an indicator that missed its target states why and what will be done",
  "rule.unmet-without-reason.message":
    "\"{name}\" missed its target (target \"{target}\", actual \"{actual}\") but the reason and improvement column is empty",
  "rule.funds-total.description": "In a self-evaluation table's funding block, the annual total equals the sum of its sources (central, local, other), in each of the initial budget, annual budget and spent columns",
  "rule.funds-total.what": "Column \"{column}\": {total} = {parts}",
  "rule.execution-rate.description": "In a self-evaluation table's funding block, the execution rate equals spent ÷ annual budget (a percentage with two decimals)",
  "rule.execution-rate.message": "The execution rate of \"{label}\" should be {expected} (spent ÷ annual budget); the table shows {actual}",
  "rule.unexplained-execution.description": "A budget not fully spent comes with the reason and the remedy; below 90% without one it is an error",
  "rule.unexplained-execution.message": "The budget was {rate} spent, but no reason or remedy is given (the 说明 line is empty or says 无)",
  "rule.indicator-duplicate.description": "An indicator appears once in a table (not under two second-level headings, not pasted twice)",
  "rule.indicator-duplicate.message.twoPlaces": "\"{name}\" is filed under both \"{first}\" ({cell}) and \"{second}\"; an indicator belongs under one heading",
  "rule.indicator-duplicate.message.repeated": "\"{name}\" appears twice under \"{level2}\" (the other one is at {cell})",
  "rule.indicator-placeholder.description": "Indicator names carry no template numbering (\"指标1：\") or placeholder text (\"指标1\", \"事项1\")",
  "rule.indicator-placeholder.message.prefix": "The indicator name \"{name}\" still starts with the template number \"{prefix}\"",
  "rule.indicator-placeholder.message.placeholder": "The indicator name \"{name}\" is the template's placeholder; no real indicator was filled in",
  "rule.indicator-coverage.description": "A project goal (or self-evaluation) table has output, benefit and satisfaction indicators, at least one of each",
  "rule.indicator-coverage.message": "This table has no {missing}; goals normally cover output, benefit and satisfaction",
  "rule.self-evaluation-score.description": "A self-evaluation score exceeds neither its points nor what the result earns (more is better: actual ÷ target × points; less is better: target ÷ actual × points; execution: rate × points)",
  "rule.self-evaluation-score.message.overPoints": "\"{name}\" scores {score}, more than its {points} points",
  "rule.self-evaluation-score.message.overEarned": "\"{name}\": target \"{target}\", actual \"{actual}\" earns at most {earned}; the table gives {score}",
  "rule.self-evaluation-score.message.execution": "Execution {rate} of {points} points earns at most {earned}; the table gives {score}",
};
