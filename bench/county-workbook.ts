/**
 * A synthetic county-level workbook for the check benchmark: every department's nine Hebei
 * disclosure tables plus its project goal tables, one table per sheet, written with the
 * project's own layout writers (scripts/fixtures/layouts via scripts/fixtures/hebei.ts) through
 * ExcelJS's streaming writer (the whole workbook never sits in memory).
 *
 * Department data is generated, deterministic for a given seed, and consistent across tables
 * (the identities hold), except for errors planted on purpose in every Nth department so that the
 * check has something to find. Amounts are whole cents, so every sum is exact.
 *
 * Run alone:  npx tsx bench/county-workbook.ts bench/out/county.xlsx
 */
import ExcelJS from "exceljs";
import { FUNCTION_CLASSES, FUNCTION_ITEMS } from "../src/catalog/function-codes";
import { DEPARTMENT_ECONOMIC_CODES } from "../src/catalog/economic-codes";
import { writeCodedTable } from "../scripts/fixtures/layouts/coded";
import { writeSummaryTable } from "../scripts/fixtures/layouts/summary";
import { writeLabeledTable } from "../scripts/fixtures/layouts/labeled";
import { writeGoalTable } from "../scripts/fixtures/layouts/goal";
import { hebeiCodedSpec, hebeiGoalSpec, hebeiSummarySpec, hebeiThreePublicSpec } from "../scripts/fixtures/hebei";
import { EXPENSE_CLASS_CODES, EXPENSE_CLASS_LABELS, GOAL_TABLES, T1_SUMMARY, T4_FISCAL_SUMMARY, T9_THREE_PUBLIC } from "../scripts/fixtures/seed001";
import type { Amount, CodedRowData, CodedTableData, GoalTableData, LabeledTableData, SummaryTableData } from "../scripts/fixtures/types";

export interface CountyOptions {
  departments: number;
  seed: number;
  /** Plant errors in every Nth department (0 = none). */
  plantEvery: number;
  /** Function items (项) per department, inclusive range. */
  items: [number, number];
  /** Project goal tables per department, inclusive range. */
  goals: [number, number];
}

export const DEFAULT_COUNTY: CountyOptions = { departments: 200, seed: 2024, plantEvery: 10, items: [40, 130], goals: [6, 30] };

export interface PlantedError {
  sheet: string;
  cell: string;
  what: string;
}

export interface CountySummary {
  sheets: number;
  planted: PlantedError[];
}

/** Writes the workbook to `file`. */
export async function writeCountyWorkbook(file: string, options: CountyOptions = DEFAULT_COUNTY): Promise<CountySummary> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const rng = mulberry32(options.seed);
  const planted: PlantedError[] = [];
  let sheets = 0;
  for (let d = 0; d < options.departments; d++) {
    const dept = makeDepartment(d, rng, options);
    const plant = options.plantEvery > 0 && d % options.plantEvery === options.plantEvery - 1;
    for (const sheet of departmentSheets(dept, plant, planted)) {
      const ws = wb.addWorksheet(sheet.name);
      // The streaming sheet accepts the calls the layout writers make (cells, merges, widths) until commit.
      sheet.write(ws as unknown as ExcelJS.Worksheet);
      ws.commit();
      sheets += 1;
    }
  }
  await wb.commit();
  return { sheets, planted };
}

// ---------------------------------------------------------------- department data

interface Item {
  code: string;
  name: string;
  basic: number; // cents
  project: number; // cents
}

interface Department {
  no: string;
  name: string;
  infoLine: string[];
  items: Item[];
  /** 部门经济分类 rows of the basic expenditure, cents, with their 人员/公用 side. */
  economic: { code: string; name: string; cents: number; personnel: boolean }[];
  meetings: number;
  training: number;
  reception: number;
  cars: number;
  abroad: number;
  goals: GoalTableData[];
}

const NAMES = [
  "教育局", "卫生健康局", "医疗保障局", "民政局", "财政局", "人力资源和社会保障局", "农业农村局", "水利局", "自然资源和规划局",
  "住房和城乡建设局", "交通运输局", "公安局", "司法局", "审计局", "统计局", "市场监督管理局", "应急管理局", "生态环境分局",
  "文化广电和旅游局", "科学技术局", "发展和改革局", "工业和信息化局", "商务局", "退役军人事务局", "林业局", "城市管理综合行政执法局",
  "行政审批局", "信访局", "档案馆", "融媒体中心", "残疾人联合会", "总工会", "妇女联合会", "共青团委员会", "机关事务服务中心",
  "疾病预防控制中心", "人民医院", "中医院", "第一中学", "职业技术教育中心",
];

const SECTION_WORDS = ["管理事务", "业务事务", "专项事务", "服务保障", "发展事务", "其他事务"];
const ITEM_WORDS: [string, string][] = [
  ["01", "行政运行"],
  ["02", "一般行政管理事务"],
  ["03", "机关服务"],
  ["04", "专项业务"],
  ["50", "事业运行"],
  ["99", "其他支出"],
];

/** Function items to draw from: the bundled 项 codes with their names, then generated ones in common classes. */
const ITEM_POOL: { code: string; name: string }[] = (() => {
  const pool = FUNCTION_ITEMS.filter((c) => c.code.length === 7).map((c) => ({ code: c.code, name: c.name }));
  const known = new Set(pool.map((p) => p.code));
  for (const cls of ["201", "204", "205", "207", "208", "210", "211", "212", "213", "214", "221", "224"]) {
    for (let k = 1; k <= 6; k++) {
      for (const [suffix, name] of ITEM_WORDS) {
        const code = `${cls}${String(k + 30).padStart(2, "0")}${suffix}`;
        if (!known.has(code)) pool.push({ code, name });
      }
    }
  }
  return pool;
})();

const CLASS_NAME = new Map(FUNCTION_CLASSES.map((c) => [c.code, c.name]));
const SECTION_NAME = new Map(FUNCTION_ITEMS.filter((c) => c.code.length === 5).map((c) => [c.code, c.name]));
const ECONOMIC_NAME = new Map(DEPARTMENT_ECONOMIC_CODES.map((c) => [c.code, c.name]));

/** 部门经济分类 lines paid by given functional lines (codes or their prefixes). */
const PAIRED_ECONOMIC = [
  { economic: "30108", functional: ["2080505"] },
  { economic: "30110", functional: ["2101101"] },
  { economic: "30111", functional: ["2101103"] },
  { economic: "30112", functional: ["20827"] },
  { economic: "30113", functional: ["2210201"] },
  { economic: "30302", functional: ["2080501"] },
];
const FREE_PERSONNEL_CODES = ["30101", "30102", "30103", "30107"];
const PUBLIC_CODES = ["30201", "30202", "30211", "30229", "30239", "30299"];
const EXTRA_ECONOMIC_NAMES: Record<string, string> = { "30217": "公务接待费", "30231": "公务用车运行维护费" };

/** The indicators with the first 成本 line's target set to `cents` (in 万元), one added when there is none. */
function withCostCap(indicators: GoalTableData["indicators"], cents: number): GoalTableData["indicators"] {
  const target = `≤${(cents / 100).toFixed(2)}万元`;
  const at = indicators.findIndex((i) => /成本/.test(i.level1 + i.level2));
  if (at >= 0) return indicators.map((i, k) => (k === at ? { ...i, target } : i));
  return [...indicators, { level1: "产出指标", level2: "成本指标", name: "项目成本", description: "项目预算成本", target, basis: "部门预算" }];
}

/**
 * Seed goal tables without the seed's errors (tables 2, 4 and 9 carry them). The smaller faults of
 * tables 1, 3 and 6 stay (及时率 under 可持续影响, "万/方"): the bench's warnings are those, copied.
 */
const CLEAN_GOALS = GOAL_TABLES.filter((_, i) => i !== 1 && i !== 3 && i !== 8);

function makeDepartment(d: number, rng: () => number, o: CountyOptions): Department {
  const base = NAMES[d % NAMES.length];
  const name = d < NAMES.length ? `某县${base}` : `某县${base}第${Math.floor(d / NAMES.length) + 1}单位`;
  const no = String(d + 1).padStart(3, "0");
  const code = String(100 + d);
  const count = between(rng, o.items[0], o.items[1]);
  const chosen = new Map<string, Item>();
  while (chosen.size < Math.min(count, ITEM_POOL.length)) {
    const p = ITEM_POOL[Math.floor(rng() * ITEM_POOL.length)];
    if (chosen.has(p.code)) continue;
    const basic = rng() < 0.7 ? between(rng, 100, 5_000_000) : 0;
    const project = rng() < 0.5 || basic === 0 ? between(rng, 100, 3_000_000) : 0;
    chosen.set(p.code, { code: p.code, name: p.name, basic, project });
  }
  const items = [...chosen.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  if (!items.some((i) => i.basic > 0)) items[0].basic = 100_000;

  const basicTotal = sum(items.map((i) => i.basic));
  // Lines of 基本支出表 that pay a functional line of 一般公共预算支出表 carry exactly its 基本支出.
  const fixed = PAIRED_ECONOMIC.map((p) => ({
    code: p.economic,
    cents: sum(items.filter((i) => p.functional.some((f) => i.code.startsWith(f))).map((i) => i.basic)),
    personnel: true,
  })).filter((e) => e.cents > 0);
  const personnel = Math.max(Math.round(basicTotal * 0.8), sum(fixed.map((e) => e.cents)));
  let publicLeft = basicTotal - personnel;
  // "三公", meetings and training come out of 公用经费 and reappear in the "三公" table.
  const take = (max: number) => {
    const v = Math.min(publicLeft, between(rng, 0, max));
    publicLeft -= v;
    return v;
  };
  const meetings = take(50_000);
  const training = take(80_000);
  const reception = take(30_000);
  const cars = rng() < 0.5 ? take(100_000) : 0;
  const economic = [
    ...fixed,
    ...split(personnel - sum(fixed.map((e) => e.cents)), FREE_PERSONNEL_CODES.length, rng).map((cents, i) => ({ code: FREE_PERSONNEL_CODES[i], cents, personnel: true })),
    ...split(publicLeft, PUBLIC_CODES.length, rng).map((cents, i) => ({ code: PUBLIC_CODES[i], cents, personnel: false })),
    { code: "30215", cents: meetings, personnel: false },
    { code: "30216", cents: training, personnel: false },
    { code: "30217", cents: reception, personnel: false },
    { code: "30231", cents: cars, personnel: false },
  ]
    .filter((e) => e.cents > 0)
    .map((e) => ({ ...e, name: ECONOMIC_NAME.get(e.code) ?? EXTRA_ECONOMIC_NAMES[e.code] ?? e.code }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));

  // One goal table per project; each one's cost cap is its share of the 项目支出 total.
  const projectTotal = sum(items.map((i) => i.project));
  const goalCount = between(rng, o.goals[0], o.goals[1]);
  const caps = split(projectTotal, goalCount, rng);
  const goals = caps.map((cents, g) => {
    const src = CLEAN_GOALS[g % CLEAN_GOALS.length];
    // Each project once per department: a source used again is a later phase of the project.
    const round = Math.floor(g / CLEAN_GOALS.length);
    const project = src.title.replace(/^\d+、/, "").replace(/绩效目标表$/, "");
    const title = `${g + 1}、${name}${project}${round ? `（第${round + 1}期）` : ""}绩效目标表`;
    return { ...src, no: g + 1, title, indicators: withCostCap(src.indicators, cents) };
  });

  return {
    no,
    name,
    infoLine: [`${code} ${name}`, "预算年度：2024", "单位：万元"],
    items,
    economic,
    meetings,
    training,
    reception,
    cars,
    abroad: 0,
    goals,
  };
}

// ---------------------------------------------------------------- tables

interface SheetPlan {
  name: string;
  write(ws: ExcelJS.Worksheet): void;
}

const yuan = (cents: number): Amount => (cents === 0 ? null : cents / 100);

function departmentSheets(dept: Department, plant: boolean, planted: PlantedError[]): SheetPlan[] {
  const total = sum(dept.items.map((i) => i.basic + i.project));
  const basic = sum(dept.items.map((i) => i.basic));
  const project = total - basic;
  const byClass = new Map<string, number>();
  for (const i of dept.items) byClass.set(i.code.slice(0, 3), (byClass.get(i.code.slice(0, 3)) ?? 0) + i.basic + i.project);
  const info = dept.infoLine;
  const sheet = (suffix: string) => `${dept.no}${suffix}`;

  const coded = hierarchy(dept.items);
  const t1: SummaryTableData = {
    ...T1_SUMMARY,
    rows: [
      ...EXPENSE_CLASS_LABELS.map((label, i) => ({
        no: i + 1,
        income: i < 9 ? { label: T1_SUMMARY.rows[i].income!.label, amounts: [i === 0 ? yuan(total) : null] } : null,
        expense: { label, amounts: [yuan(byClass.get(EXPENSE_CLASS_CODES[i]) ?? 0)] },
      })),
      { no: 32, income: { label: "本年收入合计", amounts: [yuan(total)] }, expense: { label: "本年支出合计", amounts: [yuan(total)] } },
      { no: 33, income: { label: "上年结转结余", amounts: [null] }, expense: { label: "年终结转结余", amounts: [null] } },
      { no: 34, income: { label: "收入总计", amounts: [yuan(total)] }, expense: { label: "支出总计", amounts: [yuan(total)] } },
    ],
  };
  const t2: CodedTableData = {
    title: "部门预算收入总表",
    amountColumns: ["合计", "小计", "财政拨款收入", "财政专户收入", "事业收入", "经营收入", "上级补助收入", "附属单位上缴收入", "其他收入", "上年结转"],
    rows: coded.map((r) => row(r.code, r.name, r.total, r.total, r.total)),
    notes: [],
  };
  const t3: CodedTableData = {
    title: "部门预算支出总表",
    amountColumns: ["合计", "基本支出", "项目支出", "经营支出", "上解上级支出", "对附属单位补助支出"],
    rows: coded.map((r) => row(r.code, r.name, r.total, r.basic, r.project)),
    notes: [],
  };
  const t4: SummaryTableData = {
    ...T4_FISCAL_SUMMARY,
    rows: T4_FISCAL_SUMMARY.rows.map((r, i) => {
      if (i < 31) {
        const c = byClass.get(EXPENSE_CLASS_CODES[i]) ?? 0;
        return {
          ...r,
          income: r.income ? { label: r.income.label, amounts: [i === 0 ? yuan(total) : null] } : null,
          expense: { label: r.expense!.label, amounts: c ? [yuan(c), yuan(c)] : [] },
        };
      }
      const grand = r.no === 32 || r.no === 37;
      return {
        ...r,
        income: r.income ? { label: r.income.label, amounts: grand ? [yuan(total)] : [] } : null,
        expense: r.expense ? { label: r.expense.label, amounts: grand ? [yuan(total), yuan(total)] : [] } : null,
      };
    }),
  };
  const t5: CodedTableData = {
    title: "部门预算一般公共预算财政拨款支出表",
    amountColumns: ["合计", "基本支出", "项目支出"],
    rows: coded.map((r) => row(r.code, r.name, r.total, r.basic, r.project)),
    notes: [],
  };
  const personnel = sum(dept.economic.filter((e) => e.personnel).map((e) => e.cents));
  const t6: CodedTableData = {
    title: "部门预算一般公共预算财政拨款基本支出表",
    amountColumns: ["合计", "人员经费", "公用经费"],
    rows: [row("", "合计", basic, personnel, basic - personnel), ...economicRows(dept.economic)],
    notes: [],
  };
  const empty = (title: string, note: string): CodedTableData => ({ title, amountColumns: ["合计", "基本支出", "项目支出"], rows: [], notes: [note] });
  const t7 = empty("部门预算政府性基金预算财政拨款支出表", "注：无政府性基金预算财政拨款预算，空表列示。");
  const t8 = empty("部门预算国有资本经营预算财政拨款支出表", "注：无国有资本经营预算财政拨款预算，空表列示。");
  const three = dept.abroad + dept.cars + dept.reception;
  const pair = (cents: number): Amount[] => (cents ? [yuan(cents), yuan(cents)] : []);
  const t9: LabeledTableData = {
    ...T9_THREE_PUBLIC,
    rows: [
      { label: "合计", amounts: pair(three + dept.meetings + dept.training) },
      { label: "“三公”经费小计", amounts: pair(three) },
      { label: "一、因公出国（境）费", amounts: pair(dept.abroad) },
      { label: "其中：教学科研人员因公出国（境）费", amounts: [] },
      { label: "其他因公出国（境）费", amounts: pair(dept.abroad) },
      { label: "二、公务用车购置及运维费", amounts: pair(dept.cars) },
      { label: "其中：公务用车购置费", amounts: [] },
      { label: "公务用车运行维护费", amounts: pair(dept.cars) },
      { label: "三、公务接待费", amounts: pair(dept.reception) },
      { label: "四、会议费", amounts: pair(dept.meetings) },
      { label: "五、培训费", amounts: pair(dept.training) },
    ],
  };
  if (project < 0) throw new Error("negative project total");

  const plans: SheetPlan[] = [
    { name: sheet("收支总表"), write: (ws) => writeSummaryTable(ws, hebeiSummarySpec(t1, info)) },
    { name: sheet("收入总表"), write: (ws) => writeCodedTable(ws, hebeiCodedSpec("income", t2, info)) },
    {
      name: sheet("支出总表"),
      write: (ws) => {
        const layout = writeCodedTable(ws, hebeiCodedSpec("expenditure", t3, info));
        if (!plant) return;
        // 基本支出 of the first 项 row one yuan-hundred too high: the row no longer adds up, nor its parents.
        const index = coded.findIndex((r) => r.code.length === 7);
        const cell = ws.getCell(layout.dataRows[index], 5); // 序号 | 科目编码 | 科目名称 | 合计 | 基本支出
        cell.value = (coded[index].basic + 100) / 100;
        planted.push({ sheet: sheet("支出总表"), cell: cell.address, what: "基本支出 +1.00" });
      },
    },
    { name: sheet("财政拨款收支"), write: (ws) => writeSummaryTable(ws, hebeiSummarySpec(t4, info)) },
    { name: sheet("一般公共预算支出"), write: (ws) => writeCodedTable(ws, hebeiCodedSpec("general", t5, info)) },
    { name: sheet("基本支出"), write: (ws) => writeCodedTable(ws, hebeiCodedSpec("basic", t6, info)) },
    { name: sheet("政府性基金"), write: (ws) => writeCodedTable(ws, hebeiCodedSpec("general", t7, info)) },
    { name: sheet("国有资本经营"), write: (ws) => writeCodedTable(ws, hebeiCodedSpec("general", t8, info)) },
    { name: sheet("三公经费"), write: (ws) => writeLabeledTable(ws, hebeiThreePublicSpec(t9, info)) },
    ...dept.goals.map((g, i) => ({ name: sheet(`绩效${i + 1}`), write: (ws: ExcelJS.Worksheet) => void writeGoalTable(ws, hebeiGoalSpec(g)) })),
  ];
  return plans;
}

interface CodedAggregate {
  code: string;
  name: string;
  total: number;
  basic: number;
  project: number;
}

/** 合计, then 类 / 款 / 项 rows with their sums, in code order. */
function hierarchy(items: readonly Item[]): CodedAggregate[] {
  const rows: CodedAggregate[] = [];
  const add = (code: string, name: string, of: readonly Item[]) => {
    const basic = sum(of.map((i) => i.basic));
    const project = sum(of.map((i) => i.project));
    rows.push({ code, name, total: basic + project, basic, project });
  };
  add("", "合计", items);
  for (const cls of unique(items.map((i) => i.code.slice(0, 3)))) {
    const inClass = items.filter((i) => i.code.startsWith(cls));
    add(cls, CLASS_NAME.get(cls) ?? `${cls}类支出`, inClass);
    for (const sec of unique(inClass.map((i) => i.code.slice(0, 5)))) {
      const inSection = inClass.filter((i) => i.code.startsWith(sec));
      const sectionName = SECTION_NAME.get(sec) ?? `${(CLASS_NAME.get(cls) ?? "").replace(/支出$/, "")}${SECTION_WORDS[Number(sec.slice(3)) % SECTION_WORDS.length]}`;
      add(sec, sectionName, inSection);
      for (const item of inSection) add(item.code, item.name, [item]);
    }
  }
  return rows;
}

function economicRows(economic: Department["economic"]): CodedRowData[] {
  const rows: CodedRowData[] = [];
  for (const cls of unique(economic.map((e) => e.code.slice(0, 3)))) {
    const members = economic.filter((e) => e.code.startsWith(cls));
    const total = sum(members.map((e) => e.cents));
    const personnel = members[0].personnel;
    rows.push(row(cls, ECONOMIC_NAME.get(cls) ?? cls, total, personnel ? total : 0, personnel ? 0 : total));
    for (const e of members) rows.push(row(e.code, e.name, e.cents, e.personnel ? e.cents : 0, e.personnel ? 0 : e.cents));
  }
  return rows;
}

function row(code: string, name: string, ...cents: number[]): CodedRowData {
  return { code, name, amounts: cents.map(yuan) };
}

// ---------------------------------------------------------------- small helpers

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function between(rng: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/** `total` cents in `n` non-negative parts. */
function split(total: number, n: number, rng: () => number): number[] {
  const weights = Array.from({ length: n }, () => rng() + 0.05);
  const w = sum(weights);
  const parts = weights.map((x) => Math.floor((total * x) / w));
  parts[0] += total - sum(parts);
  return parts;
}

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

if (require.main === module) {
  const out = process.argv[2] ?? "bench/out/county.xlsx";
  writeCountyWorkbook(out).then(
    (s) => process.stdout.write(JSON.stringify(s) + "\n"),
    (e: unknown) => {
      process.stderr.write(String(e instanceof Error ? e.stack : e) + "\n");
      process.exit(1);
    },
  );
}
