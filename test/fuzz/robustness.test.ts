/**
 * Robustness: random and malformed workbooks never crash the loader or the check pipeline.
 * Most cases are built directly as snapshots (fast); a smaller number go through .xlsx bytes and
 * the loader; the sample tables are mutated at random to reach deep into the rules.
 */
import fc from "fast-check";
import ExcelJS from "exceljs";
import type { CellRange } from "../../src/model/a1";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/model/snapshot";
import { checkWorkbookSync, CheckResult } from "../../src/engine/check";
import { loadWorkbookBuffer, WorkbookLoadError } from "../../src/adapters/xlsx/load";
import { safeText } from "../../src/adapters/xlsx/annotate";
import { sampleBytes } from "../apps/cli/helpers";
import { readFileSync } from "fs";
import { join } from "path";
import { SELF_EVALUATION_FILE } from "../../scripts/fixtures/self-evaluation-sample";
import { henanProjectGoals, splitTargetWorkbook } from "../rules/helpers/goals";
import { say } from "../support/text";

// ---------------------------------------------------------------- arbitraries

const TITLES = [
  "部门预算收支总表",
  "2023年部门预算收入总表",
  "部门支出总体情况表",
  "财政拨款收支总表",
  "一般公共预算财政拨款支出表",
  "一般公共预算财政拨款基本支出表",
  "政府性基金预算财政拨款支出表",
  "国有资本经营预算财政拨款支出表",
  "财政拨款“三公”经费支出表",
  "1、项目绩效目标表",
  "部门整体绩效目标表",
  "绩效自评表",
  "部门政府采购预算",
  "部门固定资产占用情况表",
  "一般公共预算机关运行经费支出情况表",
  "项目支出绩效目标申报表",
];
const WORDS = [
  "科目编码", "科目名称", "合计", "小计", "总计", "本年收入", "本年支出", "基本支出", "项目支出", "人员经费", "公用经费",
  "财政拨款收入", "上年结转", "收入项目", "支出项目", "预算数", "项 目", "金额", "类", "款", "项", "单位代码", "栏次",
  "一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标", "成本指标", "效益指标", "满意度指标",
  "一、一般公共服务支出", "本年收入合计", "本年支出合计", "收入总计", "支出总计", "上年结转结余", "其中：", "注：空表列示",
  "208", "20805", "2080505", "210", "21011", "2101101", "301", "30101", "302", "99999999", "0", "01",
  "1,234.50", "１２３４．５", "77.32%", "—", "-", "(1.00)", " ", "", "≥95%", "≤5万元", "#REF!", "=SUM(A1:A3)",
  "全年预算数（A）", "全年执行数（B）", "预算执行率（B/A）", "年度资金总额：", "其中：中央补助", "说明", "无", "分值", "得分",
  "项目名称", "资金总额", "财政性资金", "其他资金", "符号", "值", "单位(文字描述)", "时效指标", "可持续影响指标", "6-9个月",
  "70%左右", "指标1:", "≥100%", "≥5.2万/方", "≧90%", "给予 7 万元补助", "明显提高", "≤", "≥",
  "资产总额", "1、房屋（平方米）", "3、单价在20万元以上的设备", "价值（金额单位：万元）", "政府采购项目来源", "单位资金", "年度资金总额：", "总分",
];

const weirdNumber = fc.oneof(
  fc.double(), // includes NaN, ±Infinity, -0
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.constantFrom(0, -0, 0.01, -0.01, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1, 123456789.125, 0.1 + 0.2),
  fc.integer({ min: -1e7, max: 1e7 }).map((c) => c / 100),
);

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: weirdNumber },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom("#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "").map((error) => ({ error })) },
);

function range(maxRow: number, maxCol: number): fc.Arbitrary<CellRange> {
  return fc
    .tuple(fc.nat(maxRow), fc.nat(maxCol), fc.nat(4), fc.nat(6))
    .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));
}

/** A sheet shaped like a published table: title, header words, coded body rows, noise everywhere. */
const tableLikeSheet: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    name: fc.oneof(fc.constantFrom("表1", "收支总表", "Sheet1", "三公经费", "绩效1", ""), fc.string({ maxLength: 31 })),
    title: fc.constantFrom(...TITLES),
    width: fc.integer({ min: 1, max: 14 }),
    headerRows: fc.integer({ min: 0, max: 4 }),
    body: fc.array(fc.array(cellValue, { maxLength: 14 }), { maxLength: 40 }),
    header: fc.array(fc.constantFrom(...WORDS), { minLength: 14 * 4, maxLength: 14 * 4 }),
    merges: fc.array(range(50, 14), { maxLength: 12 }),
    formulas: fc.array(fc.tuple(fc.nat(50), fc.nat(14), fc.string({ maxLength: 10 })), { maxLength: 6 }),
    hidden: fc.boolean(),
    hiddenRows: fc.array(fc.nat(60), { maxLength: 5 }),
  })
  .map((s) => {
    const rows: CellValue[][] = [[s.title]];
    for (let r = 0; r < s.headerRows; r++) rows.push(s.header.slice(r * 14, r * 14 + s.width));
    rows.push(...s.body);
    return toSheet(s.name, rows, s.merges, s.formulas, s.hidden, s.hiddenRows);
  });

const noiseSheet: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    name: fc.string({ maxLength: 31 }),
    rows: fc.array(fc.array(cellValue, { maxLength: 20 }), { maxLength: 30 }),
    merges: fc.array(range(40, 20), { maxLength: 20 }),
  })
  .map((s) => toSheet(s.name, s.rows, s.merges, [], false, []));

const emptySheet: fc.Arbitrary<SheetSnapshot> = fc.string({ maxLength: 8 }).map((name) => toSheet(name, [], [], [], false, []));

function toSheet(
  name: string,
  rows: CellValue[][],
  merges: CellRange[],
  formulas: [number, number, string][],
  hidden: boolean,
  hiddenRows: number[],
): SheetSnapshot {
  let colCount = 0;
  for (const r of rows) colCount = Math.max(colCount, r.length);
  let rowCount = rows.length;
  for (const m of merges) {
    rowCount = Math.max(rowCount, m.bottom + 1);
    colCount = Math.max(colCount, m.right + 1);
  }
  const cells = rows.slice();
  while (cells.length < rowCount) cells.push([]);
  const f: Record<string, string> = {};
  for (const [r, c, text] of formulas) f[`${r},${c}`] = text;
  return { name, hidden, cells, formulas: f, merges, hiddenRows: [...new Set(hiddenRows)].sort((a, b) => a - b), rowCount, colCount };
}

const workbook: fc.Arbitrary<WorkbookSnapshot> = fc
  .array(fc.oneof({ weight: 4, arbitrary: tableLikeSheet }, { weight: 1, arbitrary: noiseSheet }, { weight: 1, arbitrary: emptySheet }), { maxLength: 6 })
  .map((sheets) => ({ source: "fuzz.xlsx", sheets }));

// ---------------------------------------------------------------- properties

function expectSane(result: CheckResult, wb: WorkbookSnapshot): void {
  expect(Array.isArray(result.findings)).toBe(true);
  const names = new Set(wb.sheets.map((s) => s.name));
  for (const f of result.findings) {
    expect(["error", "warning", "info"]).toContain(f.severity);
    expect(typeof say(f)).toBe("string");
    expect(typeof f.ruleId).toBe("string");
    if (f.sheet !== "") expect(names.has(f.sheet)).toBe(true);
  }
  for (const t of result.tables) expect(names.has(t.sheet)).toBe(true);
}

describe("checkWorkbookSync on random snapshots", () => {
  it("returns findings or nothing, never throws", () => {
    fc.assert(
      fc.property(workbook, (wb) => {
        expectSane(checkWorkbookSync(wb), wb);
      }),
      { numRuns: 400 },
    );
  });

  it("gives the same answer twice", () => {
    fc.assert(
      fc.property(workbook, (wb) => {
        const a = checkWorkbookSync(wb);
        const b = checkWorkbookSync(wb);
        expect(b.findings).toEqual(a.findings);
      }),
      { numRuns: 60 },
    );
  });

  it("copes with merged cells everywhere, and rows longer or shorter than colCount", () => {
    const sheet = (name: string): SheetSnapshot => {
      const merges: CellRange[] = [];
      for (let r = 0; r < 30; r += 2) for (let c = 0; c < 12; c += 3) merges.push({ top: r, left: c, bottom: r + 1, right: c + 2 });
      merges.push({ top: 0, left: 0, bottom: 40, right: 20 }); // overlapping everything
      const rows: CellValue[][] = [["部门预算收支总表"], ["收入", "", "支出"], ["项 目", "预算数", "项 目", "预算数"]];
      for (let r = 0; r < 30; r++) rows.push([`${r}`, r * 1.5, "合计", null, { error: "#REF!" }, ...Array<CellValue>(r).fill(r)]);
      return { ...toSheet(name, rows, merges, [], false, []), colCount: 5 /* wrong on purpose */ };
    };
    const wb = { source: "m", sheets: [sheet("A"), sheet("B")] };
    expectSane(checkWorkbookSync(wb), wb);
  });

  it("copes with a sheet 10,000 columns wide", () => {
    const width = 10_000;
    const header = ["科目编码", "科目名称", ...Array.from({ length: width - 2 }, (_, i) => (i % 3 ? "合计" : `列${i}`))];
    const rows: CellValue[][] = [["一般公共预算财政拨款支出表"], header];
    for (let r = 0; r < 12; r++) rows.push([r === 0 ? "" : `2080${r}`, r === 0 ? "合计" : "项目", ...Array.from({ length: width - 2 }, (_, c) => (c * r) % 97)]);
    const wb = { source: "wide", sheets: [toSheet("宽表", rows, [{ top: 0, left: 0, bottom: 0, right: width - 1 }], [], false, [])] };
    expectSane(checkWorkbookSync(wb), wb);
  });
});

describe("the sample tables, mutated", () => {
  let base: WorkbookSnapshot;
  let goals: WorkbookSnapshot;
  beforeAll(async () => {
    base = await loadWorkbookBuffer(await sampleBytes(), "sample.xlsx");
    // The goal-table layouts: seed 003's self-evaluation tables, the Henan project table, the split 指标值.
    const selfEvaluation = await loadWorkbookBuffer(readFileSync(join(__dirname, "..", "..", SELF_EVALUATION_FILE)), "self.xlsx");
    goals = { source: "goals.xlsx", sheets: [...selfEvaluation.sheets, henanProjectGoals().sheets[0], splitTargetWorkbook().sheets[0]] };
  });

  const mutation = fc.oneof(
    fc.record({ kind: fc.constant("set" as const), sheet: fc.nat(), row: fc.nat(45), col: fc.nat(12), value: cellValue }),
    fc.record({ kind: fc.constant("dropRow" as const), sheet: fc.nat(), row: fc.nat(45) }),
    fc.record({ kind: fc.constant("merge" as const), sheet: fc.nat(), range: range(45, 12) }),
    fc.record({ kind: fc.constant("dropSheet" as const), sheet: fc.nat() }),
    fc.record({ kind: fc.constant("rename" as const), sheet: fc.nat(), name: fc.string({ maxLength: 10 }) }),
  );

  it.each([
    ["the budget sample", () => base, 250],
    ["the goal-table layouts", () => goals, 150],
  ] as const)("never throws whatever is changed in %s", (_name, original, runs) => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 25 }), (mutations) => {
        const wb: WorkbookSnapshot = structuredClone(original());
        for (const m of mutations) {
          if (!wb.sheets.length) break;
          const s = wb.sheets[m.sheet % wb.sheets.length];
          switch (m.kind) {
            case "set": {
              while (s.cells.length <= m.row) s.cells.push([]);
              const row = s.cells[m.row];
              while (row.length < m.col) row.push(null);
              row[m.col] = m.value;
              s.rowCount = Math.max(s.rowCount, m.row + 1);
              s.colCount = Math.max(s.colCount, m.col + 1);
              break;
            }
            case "dropRow":
              s.cells.splice(m.row, 1);
              break;
            case "merge":
              s.merges.push(m.range);
              break;
            case "dropSheet":
              wb.sheets.splice(m.sheet % wb.sheets.length, 1);
              break;
            case "rename":
              s.name = m.name;
              break;
          }
        }
        expectSane(checkWorkbookSync(wb), wb);
      }),
      { numRuns: runs },
    );
  });
});

// ---------------------------------------------------------------- through .xlsx bytes

interface XlsxSpec {
  sheets: {
    name: string;
    state: "visible" | "hidden" | "veryHidden";
    cells: { row: number; col: number; kind: number; text: string; num: number }[];
    merges: CellRange[];
    hiddenRows: number[];
  }[];
}

const xlsxSpec: fc.Arbitrary<XlsxSpec> = fc.record({
  sheets: fc.array(
    fc.record({
      name: fc.string({ minLength: 1, maxLength: 20 }),
      state: fc.constantFrom("visible" as const, "hidden" as const, "veryHidden" as const),
      cells: fc.array(
        fc.record({ row: fc.nat(30), col: fc.nat(15), kind: fc.nat(7), text: fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 10 })), num: weirdNumber }),
        { maxLength: 60 },
      ),
      merges: fc.array(range(30, 15), { maxLength: 10 }),
      hiddenRows: fc.array(fc.nat(30), { maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
});

async function buildXlsx(spec: XlsxSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const used = new Set<string>();
  spec.sheets.forEach((s, i) => {
    // Excel's own limits on names, so that ExcelJS accepts them; the content stays hostile.
    let name = s.name.replace(/[\\/?*[\]:]/g, "_").replace(/^'|'$/g, "_").slice(0, 31) || `S${i}`;
    while (used.has(name.toLowerCase())) name = `${name.slice(0, 28)}_${i}`;
    used.add(name.toLowerCase());
    const ws = wb.addWorksheet(name, { state: s.state });
    for (const c of s.cells) {
      const cell = ws.getCell(c.row + 1, c.col + 1);
      const finite = Number.isFinite(c.num) ? c.num : 0;
      switch (c.kind) {
        case 0:
          cell.value = safeText(c.text); // ExcelJS would write control characters raw
          break;
        case 1:
          cell.value = finite;
          break;
        case 2:
          cell.value = { error: "#REF!" } as ExcelJS.CellErrorValue;
          break;
        case 3:
          cell.value = { formula: `SUM(A1:A${c.row + 1})` } as ExcelJS.CellFormulaValue; // no cached result
          break;
        case 4:
          cell.value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
          break;
        case 5:
          cell.value = { richText: [{ text: "合" }, { text: "计", font: { bold: true } }] };
          break;
        case 6:
          cell.value = new Date(Date.UTC(2000 + (c.row % 30), c.col % 12, 1 + (c.row % 28)));
          break;
        default:
          cell.value = c.num > 0;
      }
    }
    // ExcelJS refuses overlapping merges; keep the first of any overlap.
    const taken: CellRange[] = [];
    for (const m of s.merges) {
      if (taken.some((t) => !(m.right < t.left || m.left > t.right || m.bottom < t.top || m.top > t.bottom))) continue;
      taken.push(m);
      ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    }
    for (const r of s.hiddenRows) ws.getRow(r + 1).hidden = true;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function expectWellFormed(wb: WorkbookSnapshot): void {
  for (const s of wb.sheets) {
    expect(s.cells.length).toBe(s.rowCount);
    for (const row of s.cells) expect(row.length).toBeLessThanOrEqual(s.colCount);
    for (const m of s.merges) {
      expect(m.bottom).toBeLessThan(s.rowCount);
      expect(m.right).toBeLessThan(s.colCount);
    }
    for (const key of Object.keys(s.formulas)) expect(key).toMatch(/^\d+,\d+$/);
  }
}

describe("loader + check on random .xlsx files", () => {
  it("loads every workbook ExcelJS can write, and checks it", async () => {
    await fc.assert(
      fc.asyncProperty(xlsxSpec, async (spec) => {
        const snapshot = await loadWorkbookBuffer(await buildXlsx(spec), "random.xlsx");
        expect(snapshot.sheets).toHaveLength(spec.sheets.length);
        expectWellFormed(snapshot);
        expectSane(checkWorkbookSync(snapshot), snapshot);
      }),
      { numRuns: 40 },
    );
  });

  it("loads a sheet 10,000 columns wide", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("宽");
    const row = ws.getRow(1);
    for (let c = 1; c <= 10_000; c++) row.getCell(c).value = c % 2 ? c : "合计";
    ws.getCell(2, 10_000).value = { formula: "A1" } as ExcelJS.CellFormulaValue;
    const snapshot = await loadWorkbookBuffer(new Uint8Array(await wb.xlsx.writeBuffer()), "wide.xlsx");
    expect(snapshot.sheets[0].colCount).toBe(10_000);
    expect(snapshot.sheets[0].formulas["1,9999"]).toBe("A1");
    expectSane(checkWorkbookSync(snapshot), snapshot);
  });

  it("fails only with WorkbookLoadError on damaged or random bytes", async () => {
    const good = await buildXlsx({
      sheets: [{ name: "S", state: "visible", cells: [{ row: 0, col: 0, kind: 0, text: "合计", num: 1 }], merges: [], hiddenRows: [] }],
    });
    const damaged = fc.oneof(
      fc.uint8Array({ maxLength: 2048 }),
      fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 30 }).map((flips) => {
        const b = Uint8Array.from(good);
        for (const [i, v] of flips) b[i] = v;
        return b;
      }),
      fc.nat(good.length).map((n) => good.subarray(0, n)),
    );
    await fc.assert(
      fc.asyncProperty(damaged, async (bytes) => {
        try {
          const snapshot = await loadWorkbookBuffer(bytes, "damaged.xlsx");
          expectWellFormed(snapshot);
          expectSane(checkWorkbookSync(snapshot), snapshot);
        } catch (e) {
          expect(e).toBeInstanceOf(WorkbookLoadError);
        }
      }),
      { numRuns: 150 },
    );
  });
});
