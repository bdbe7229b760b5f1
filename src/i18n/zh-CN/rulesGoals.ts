/** Messages of the indicator rules (绩效目标表, 部门整体绩效目标表, 绩效自评表). */
export const rulesGoals = {
  "rule.indicator-direction.description":
    "指标值的方向应与指标的性质一致：成本（金额上限）用“≤”，覆盖率、及时率、满意度等越高越好的比率用“≥”，差错率、自付比例等越低越好的比率用“≤”",
  "rule.indicator-direction.message.cost": "成本指标“{name}”是金额上限，指标值应写“{expected}”，表中为“{actual}”",
  "rule.indicator-direction.message.higher": "“{name}”越高越好，指标值应写“{expected}”，表中为“{actual}”",
  "rule.indicator-direction.message.lower": "“{name}”越低越好，指标值一般写“{expected}”，表中为“{actual}”",
  "rule.indicator-direction.message.overHundred": "“{name}”不会超过 100%，指标值“{actual}”应写成“=100%”",
  "rule.indicator-category.description":
    "指标应填在对应的二级指标下：成本指标填金额，时效指标填时间；及时率不属于可持续影响指标，满意度指标下只填满意度",
  "rule.indicator-category.message.swapped":
    "时效指标与成本指标两行的内容互换了：时效指标行填的是“{timelinessName} {timelinessTarget}”，成本指标行填的是“{costName} {costTarget}”",
  "rule.indicator-category.message.costInTimeliness": "时效指标下填的是金额“{name} {target}”，金额应填在成本指标下",
  "rule.indicator-category.message.notCost": "成本指标下填的“{name} {target}”不是金额或成本，应填写本项目的成本（如“≤20万元”）",
  "rule.indicator-category.message.timelinessInSustainability": "“{name}”是时效方面的指标，不应填在“{slot}”下，应归入产出指标的时效指标",
  "rule.indicator-category.message.notSatisfaction": "满意度指标下填的“{name}”不是满意度，应归入产出或效益指标",
  "rule.indicator-target-form.description":
    "指标值应是可以考核的规范写法：“≥/≤/=数值单位”、日期或定性表述；不应为空，不用“左右”“约”，单位写法规范",
  "rule.indicator-target-form.message.empty": "“{name}”的指标值为空",
  "rule.indicator-target-form.message.approximate": "指标值“{target}”是约数，无法考核；应写明“≥”“≤”或“=”",
  "rule.indicator-target-form.message.unparsed": "指标值“{target}”不是可识别的写法（应为“≥/≤/=数值单位”、日期或定性表述）",
  "rule.indicator-target-form.message.unit": "指标值“{target}”的单位“{unit}”写法不规范（如“万/方”应写作“万立方米”）",
  "rule.indicator-target-form.message.symbol": "指标值“{target}”中的“{symbol}”不是规范符号，应写作“{standard}”",
  "rule.indicator-target-form.message.bare": "指标值“{target}”只有数字，没有单位和“≥”“≤”“=”等符号，考核时无法判断含义",
  "rule.unmet-without-reason.description": "自评表中未达到指标值的指标，应填写未完成原因和改进措施",
  "rule.unmet-without-reason.message":
    "“{name}”未达到指标值（指标值“{target}”，实际完成“{actual}”），但没有填写未完成原因和改进措施",
  "rule.funds-total.description": "自评表项目资金中，年度资金总额应等于其中各项资金（中央补助、地方资金、其他资金等）之和，年初预算数、全年预算数、全年执行数各栏分别核对",
  "rule.funds-total.what": "“{column}”栏：{total} = {parts}",
  "rule.execution-rate.description": "自评表项目资金中，预算执行率应等于全年执行数 ÷ 全年预算数（百分比，保留两位小数）",
  "rule.execution-rate.message": "“{label}”的预算执行率应为 {expected}（全年执行数 ÷ 全年预算数），表中为 {actual}",
  "rule.unexplained-execution.description": "预算执行率低于 100% 时应说明原因和改进措施；低于 90% 而没有说明是错误",
  "rule.unexplained-execution.message": "预算执行率为 {rate}，未全部执行，但没有说明原因和改进措施（“说明”栏为空或为“无”）",
  "rule.indicator-duplicate.description": "同一张表中同一个指标不应出现两次（分别填在两个二级指标下，或重复粘贴）",
  "rule.indicator-duplicate.message.twoPlaces": "“{name}”同时填在“{first}”（{cell}）和“{second}”下，一个指标只应归入一个二级指标",
  "rule.indicator-duplicate.message.repeated": "“{name}”在“{level2}”下出现了两次（另一处在 {cell}）",
  "rule.indicator-placeholder.description": "指标名称中不应保留模板编号（“指标1：”）或占位文字（“指标1”“事项1”）",
  "rule.indicator-placeholder.message.prefix": "指标名称“{name}”前保留了模板编号“{prefix}”",
  "rule.indicator-placeholder.message.placeholder": "指标名称“{name}”是模板中的占位文字，没有填写实际指标",
  "rule.indicator-coverage.description": "项目绩效目标表（自评表）应有产出、效益、满意度三类一级指标，每类至少一个三级指标",
  "rule.indicator-coverage.message": "本表没有{missing}；绩效目标一般应包括产出、效益、满意度三类指标",
} as const;
