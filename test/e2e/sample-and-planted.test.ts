/**
 * End to end through the .xlsx path: the bundled sample gives exactly the real errors of seed 001
 * (docs/domain.md §8) and nothing else; a copy with ten planted errors gives each at its cell; the
 * variant layouts are recognised and check clean.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/apps/cli/main";
import { newFixtureWorkbook, writeFixtureBuffer } from "../../scripts/fixtures/workbook";
import { fakeIo, put } from "../apps/cli/helpers";
import { checkWorkbookSync } from "../../src/engine/check";
import { loadWorkbookBuffer } from "../../src/adapters/xlsx/load";
import { SAMPLE_FILE, SAMPLE_KNOWN_ISSUES, SAMPLE_SHEETS } from "../../scripts/fixtures/sample";
import { buildPlantedWorkbook, type PlantedError } from "../fixtures/planted";
import { henanWorkbook, reorderedWorkbook, subtotalFirstWorkbook } from "../fixtures/variants";
import { snapshotOf } from "../fixtures/snapshot";
import { henanProjectGoals } from "../rules/helpers/goals";
import type { IndicatorTable } from "../../src/recognize/model";
import type { Finding } from "../../src/model/findings";
import { say } from "../support/text";

const key = (f: { ruleId: string; sheet: string; cell: string }) => `${f.ruleId}@${f.sheet}!${f.cell}`;

/**
 * The findings a plant may be reported as: at the planted cell, under its rule or the rule of an
 * identity it breaks (error localisation reports one mistake once, filed under one of the rules
 * whose identities it explains).
 */
const reportedAs = (p: PlantedError) => [p.ruleId, ...p.sideEffects.map((s) => s.ruleId)].map((ruleId) => key({ ruleId, sheet: p.sheet, cell: p.cell }));

describe("bundled sample workbook", () => {
  let findings: Finding[];
  let tables: { sheet: string; template: string }[];

  beforeAll(async () => {
    const bytes = readFileSync(join(__dirname, "..", "..", SAMPLE_FILE));
    const result = checkWorkbookSync(await loadWorkbookBuffer(bytes, SAMPLE_FILE));
    findings = result.findings;
    tables = result.tables;
  });

  it("recognises every sheet as the table it is", () => {
    expect(tables.map((t) => [t.sheet, t.template])).toEqual(SAMPLE_SHEETS.map((s) => [s.name, s.template]));
  });

  it("reports only the real mistakes of the published tables, at the severity the reference argues for", () => {
    expect(findings.map((f) => `${f.severity} ${key(f)}`)).toEqual([
      "info title-wording@表7 政府性基金!A1",
      "warning blank-total@三公经费!C6",
      "warning blank-total@三公经费!D6",
      "info item-order@固定资产!A8",
      "warning indicator-category@绩效1!C11",
      "error indicator-direction@绩效2!E9",
      "warning indicator-category@项目3!C11",
      "warning goal-text-amount@代办员补助!B3",
      "error indicator-direction@代办员补助!E10",
      "warning indicator-target-form@6燃气费!E6",
      "error indicator-category@医疗救助!C8",
    ]);
    expect(say(findings[1])).toContain("2.20");
    // Each real problem the fixture lists (docs/domain.md §8) is reported at its cell.
    const reported = new Set(findings.map((f) => `${f.sheet}!${f.cell}`));
    expect(SAMPLE_KNOWN_ISSUES.filter((i) => !reported.has(`${i.sheet}!${i.cell}`))).toEqual([]);
  });
});

describe("sample with ten planted errors", () => {
  it("finds each planted error at its cell and no error that the plants do not explain", async () => {
    const { workbook, manifest } = buildPlantedWorkbook();
    const result = checkWorkbookSync(await snapshotOf(workbook, "planted.xlsx"));
    const found = new Set(result.findings.map(key));
    for (const p of manifest) expect([p.kind, reportedAs(p).some((k) => found.has(k))]).toEqual([p.kind, true]);
    expect(new Set(manifest.map((p) => p.kind)).size).toBe(10);

    const explained = new Set(manifest.flatMap((p) => [key(p), ...reportedAs(p), ...p.sideEffects.map(key)]));
    // The sample's own real errors (docs/domain.md §8) are in the planted copy too.
    const real = new Set(SAMPLE_KNOWN_ISSUES.map((i) => `${i.sheet}!${i.cell}`));
    const unexplained = result.findings
      .filter((f) => f.severity === "error" && !explained.has(key(f)) && !real.has(`${f.sheet}!${f.cell}`))
      .map(key);
    expect(unexplained).toEqual([]);
  });
});

describe("variant layouts through the file loader", () => {
  it.each([
    ["henan (split 类|款|项 codes, repeated 项 rows, unit row)", henanWorkbook, ["income", "expenditure", "general-budget-expenditure"]],
    ["subtotal-first (小计 before members)", subtotalFirstWorkbook, ["general-budget-basic"]],
    ["reordered (other column order, 备注, 元)", reorderedWorkbook, ["expenditure", "income"]],
  ] as const)("%s is recognised and has no errors", async (_name, build, templates) => {
    const result = checkWorkbookSync(await snapshotOf(build()));
    expect(result.tables.map((t) => t.template)).toEqual(templates);
    expect(result.findings.filter((f) => f.severity === "error").map((f) => `${key(f)} ${say(f)}`)).toEqual([]);
  });
});

describe("Henan project goal table through the file loader", () => {
  it("is read with its two-row header and merged project blocks, and checks clean", async () => {
    const source = henanProjectGoals().sheets[0];
    const wb = newFixtureWorkbook("河南式项目绩效目标表");
    const ws = wb.addWorksheet(source.name);
    source.cells.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as string | number)));
    for (const m of source.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    const result = checkWorkbookSync(await snapshotOf(wb));
    expect(result.tables.map((t) => t.template)).toEqual(["project-goal"]);
    const table = result.recognition.tables[0] as IndicatorTable;
    expect(new Set(table.indicators.map((i) => i.project))).toEqual(new Set(["医保信息化建设", "医保宣传"]));
    expect(result.findings.map((f) => `${key(f)} ${say(f)}`)).toEqual([]);
  });
});

describe("budget-check on the sample and the planted copy", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "budget-e2e-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits 1 on the sample (its goal tables have real errors) and reports its eleven real findings in JSON", async () => {
    const io = fakeIo();
    const code = await main(["--format", "json", join(__dirname, "..", "..", SAMPLE_FILE)], io.io);
    expect(code).toBe(1);
    const json = JSON.parse(io.stdout());
    expect(json.files[0].tables).toHaveLength(20);
    expect(json.files[0].findings.map(key)).toEqual([
      "title-wording@表7 政府性基金!A1",
      "blank-total@三公经费!C6",
      "blank-total@三公经费!D6",
      "item-order@固定资产!A8",
      "indicator-category@绩效1!C11",
      "indicator-direction@绩效2!E9",
      "indicator-category@项目3!C11",
      "goal-text-amount@代办员补助!B3",
      "indicator-direction@代办员补助!E10",
      "indicator-target-form@6燃气费!E6",
      "indicator-category@医疗救助!C8",
    ]);
    expect(json.files[0].counts).toEqual({ error: 3, warning: 6, info: 2 });
  });

  it("exits 1 on the planted copy and lists every planted error at its cell", async () => {
    const { workbook, manifest } = buildPlantedWorkbook();
    const file = put(dir, "planted.xlsx", await writeFixtureBuffer(workbook));
    const io = fakeIo();
    expect(await main(["--format", "json", file], io.io)).toBe(1);
    const found = new Set((JSON.parse(io.stdout()).files[0].findings as Finding[]).map(key));
    expect(manifest.filter((p) => !reportedAs(p).some((k) => found.has(k))).map(key)).toEqual([]);
  });
});
