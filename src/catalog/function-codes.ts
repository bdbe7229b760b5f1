/**
 * 支出功能分类科目 (expenditure by function): 类 (3 digits), 款 (5), 项 (7).
 * Transcribed from docs/domain.md §6.1–§6.2. Names follow seed S001; regional variants
 * (the Henan county layout, the 久其 决算 software) are aliases. Partial on purpose: only codes
 * that a seed or a found source backs. 218, 225, 226 and 228 are not used for expenditure classes.
 */
import type { CodeData } from "./code-types";

/** 类 level, in the order of the 收支总表 rows. */
export const FUNCTION_CLASSES: readonly CodeData[] = [
  { code: "201", name: "一般公共服务支出", aliases: ["一般公共服务"] },
  { code: "202", name: "外交支出" },
  { code: "203", name: "国防支出" },
  { code: "204", name: "公共安全支出" },
  { code: "205", name: "教育支出" },
  { code: "206", name: "科学技术支出" },
  // Renamed in the 2019 政府收支分类科目 (207, 210, 220): 决算 tables of 2018 and before use the old names.
  { code: "207", name: "文化旅游体育与传媒支出", formerNames: [{ name: "文化体育与传媒支出", until: 2018 }] },
  { code: "208", name: "社会保障和就业支出" },
  { code: "209", name: "社会保险基金支出" },
  { code: "210", name: "卫生健康支出", formerNames: [{ name: "医疗卫生与计划生育支出", until: 2018 }] },
  { code: "211", name: "节能环保支出" },
  { code: "212", name: "城乡社区支出", aliases: ["城乡社区事务"] },
  { code: "213", name: "农林水支出", aliases: ["农林水事务"] },
  { code: "214", name: "交通运输支出" },
  { code: "215", name: "资源勘探工业信息等支出", aliases: ["资源勘探信息等"] },
  { code: "216", name: "商业服务业等支出" },
  { code: "217", name: "金融支出" },
  { code: "219", name: "援助其他地区支出" },
  { code: "220", name: "自然资源海洋气象等支出", formerNames: [{ name: "国土海洋气象等支出", until: 2018 }] },
  { code: "221", name: "住房保障支出" },
  { code: "222", name: "粮油物资储备支出" },
  { code: "223", name: "国有资本经营预算支出" },
  { code: "224", name: "灾害防治及应急管理支出" },
  { code: "227", name: "预备费" },
  { code: "229", name: "其他支出" },
  { code: "230", name: "转移性支出" },
  { code: "231", name: "债务还本支出" },
  { code: "232", name: "债务付息支出" },
  { code: "233", name: "债务发行费用支出" },
  { code: "234", name: "抗疫特别国债安排的支出" },
];

/** 款 and 项 codes seen in the seeds and layouts (§6.2). */
export const FUNCTION_ITEMS: readonly CodeData[] = [
  { code: "20129", name: "群众团体事务" },
  { code: "2012906", name: "工会事务" },
  { code: "20133", name: "宣传事务", nameUncertain: true },
  { code: "2013399", name: "其他宣传事务支出" },
  // A Sichuan final-accounts report (2019) still uses the old 款 name.
  { code: "20805", name: "行政事业单位养老支出", aliases: ["行政事业单位离退休"] },
  { code: "2080501", name: "行政单位离退休" },
  { code: "2080505", name: "机关事业单位基本养老保险缴费支出" },
  { code: "20827", name: "财政对其他社会保险基金的补助" },
  { code: "2082701", name: "财政对失业保险基金的补助" },
  { code: "2082702", name: "财政对工伤保险基金的补助" },
  { code: "20899", name: "其他社会保障和就业支出" },
  { code: "2089999", name: "其他社会保障和就业支出" },
  { code: "21011", name: "行政事业单位医疗" },
  { code: "2101101", name: "行政单位医疗" },
  { code: "2101103", name: "公务员医疗补助" },
  { code: "21012", name: "财政对基本医疗保险基金的补助", nameUncertain: true },
  { code: "2101202", name: "财政对城乡居民基本医疗保险基金的补助" },
  { code: "21013", name: "医疗救助", nameUncertain: true },
  { code: "2101301", name: "城乡医疗救助" },
  { code: "2101399", name: "其他医疗救助支出" },
  { code: "21015", name: "医疗保障管理事务" },
  { code: "2101501", name: "行政运行" },
  { code: "2101504", name: "信息化建设" },
  { code: "2101506", name: "医疗保障经办事务" },
  { code: "2101599", name: "其他医疗保障管理事务支出" },
  { code: "22102", name: "住房改革支出" },
  { code: "2210201", name: "住房公积金" },
  // 彩票公益金 spent through the 政府性基金 budget (a 决算 公开07表 line).
  { code: "22960", name: "彩票公益金安排的支出" },
  { code: "2296002", name: "用于社会福利的彩票公益金支出" },
];
