/**
 * 支出经济分类科目 (expenditure by economic nature), transcribed from docs/domain.md
 * §6.3–§6.4: 部门预算支出经济分类 (301…, 5-digit 款, local 7-digit items) and 政府预算支出经济分类
 * (501…), plus the 部门 → 政府 mapping (W20 对照表; a Henan county layout, 2021).
 */
import type { CodeData } from "./code-types";

export const DEPARTMENT_ECONOMIC_CODES: readonly CodeData[] = [
  { code: "301", name: "工资福利支出" },
  { code: "30101", name: "基本工资" },
  { code: "30102", name: "津贴补贴" },
  { code: "30103", name: "奖金" },
  // Pre-2018 code (W22); its content moved to 30108–30112.
  { code: "30104", name: "社会保障缴费", obsolete: true },
  { code: "30106", name: "伙食补助费" },
  { code: "30107", name: "绩效工资" },
  { code: "30108", name: "机关事业单位基本养老保险缴费" },
  { code: "30109", name: "职业年金缴费" },
  { code: "30110", name: "职工基本医疗保险缴费" },
  { code: "30111", name: "公务员医疗补助缴费" },
  { code: "30112", name: "其他社会保障缴费" },
  { code: "30113", name: "住房公积金" },
  { code: "30114", name: "医疗费" },
  { code: "30199", name: "其他工资福利支出" },
  { code: "302", name: "商品和服务支出" },
  { code: "30201", name: "办公费" },
  { code: "30202", name: "印刷费" },
  { code: "30204", name: "手续费" },
  { code: "30205", name: "水费" },
  { code: "30206", name: "电费" },
  { code: "30207", name: "邮电费" },
  { code: "30208", name: "取暖费" },
  { code: "30209", name: "物业管理费" },
  { code: "30211", name: "差旅费" },
  { code: "30214", name: "租赁费" },
  { code: "30215", name: "会议费" },
  { code: "30216", name: "培训费" },
  { code: "30217", name: "公务接待费" },
  { code: "30218", name: "专用材料费" },
  { code: "30224", name: "被装购置费" },
  { code: "30228", name: "工会经费" },
  { code: "30229", name: "福利费" },
  // 30217 and 30231 are the economic lines of the "三公" 公务接待 and 公务用车运行 (部门决算 公开06表).
  { code: "30231", name: "公务用车运行维护费" },
  { code: "30239", name: "其他交通费用" },
  { code: "30240", name: "税金及附加费用" },
  { code: "30299", name: "其他商品和服务支出" },
  { code: "303", name: "对个人和家庭的补助" },
  { code: "30302", name: "退休费" },
  { code: "310", name: "资本性支出" },
  { code: "31002", name: "办公设备购置" },
  // Local 7-digit items of a Henan county layout (2021).
  { code: "3010201", name: "工作性津贴", local: true },
  { code: "3010202", name: "生活性补贴", local: true },
  { code: "3010203", name: "其他津贴补贴", local: true },
  { code: "3010204", name: "在职人员文明奖", local: true },
  { code: "3010205", name: "在职人员取暖补贴", local: true },
  { code: "3010206", name: "保留物价福补", local: true },
  { code: "3011201", name: "工伤保险", local: true },
];

export const GOVERNMENT_ECONOMIC_CODES: readonly CodeData[] = [
  { code: "501", name: "机关工资福利支出" },
  { code: "50101", name: "工资奖金津补贴" },
  { code: "50102", name: "社会保障缴费" },
  { code: "50103", name: "住房公积金" },
  { code: "50199", name: "其他工资福利支出" },
  { code: "502", name: "机关商品和服务支出" },
  { code: "50201", name: "办公经费" },
  { code: "50202", name: "会议费" },
  { code: "50203", name: "培训费" },
  { code: "50204", name: "专用材料购置费" },
  { code: "505", name: "对事业单位经常性补助", nameUncertain: true },
  { code: "50501", name: "工资福利支出" },
];

/**
 * 部门经济分类 code → 政府经济分类 code. Local 7-digit items map through their 5-digit 款
 * (3010201…3010206 → 30102 → 50101, 3011201 → 30112 → 50102, as in the Henan layout).
 * 30225 comes from W20, whose excerpt is cut at "25专用"; the code is not in the catalogue.
 */
export const DEPARTMENT_TO_GOVERNMENT: Readonly<Record<string, string>> = {
  "301": "501",
  "30101": "50101",
  "30102": "50101",
  "30103": "50101",
  "30108": "50102",
  "30109": "50102",
  "30110": "50102",
  "30111": "50102",
  "30112": "50102",
  "30113": "50103",
  "30106": "50199",
  "30114": "50199",
  "30199": "50199",
  "302": "502",
  "30201": "50201",
  "30202": "50201",
  "30204": "50201",
  "30205": "50201",
  "30206": "50201",
  "30207": "50201",
  "30208": "50201",
  "30209": "50201",
  "30211": "50201",
  "30214": "50201",
  "30228": "50201",
  "30229": "50201",
  "30239": "50201",
  "30240": "50201",
  "30215": "50202",
  "30216": "50203",
  "30218": "50204",
  "30224": "50204",
  "30225": "50204",
};

/**
 * 类 codes that exist in the current economic classifications, named or not. This list is for the
 * structure check only and errs on the side of accepting: 307/309/311/312/313/399 and
 * 503/504/506–514/599 come from domain knowledge ([R] in the reference), not from a found source.
 * The pre-2018 classes 304, 305, 306 and 308 are not current.
 */
export const DEPARTMENT_ECONOMIC_CLASSES: readonly string[] = ["301", "302", "303", "307", "309", "310", "311", "312", "313", "399"];
export const GOVERNMENT_ECONOMIC_CLASSES: readonly string[] = [
  "501", "502", "503", "504", "505", "506", "507", "508", "509", "510", "511", "512", "513", "514", "599",
];
