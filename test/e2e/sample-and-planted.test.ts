/**
 * End to end through the .xlsx path: the bundled sample gives exactly the real errors of seed 001
 * (reference.md §8) and nothing else; a copy with ten planted errors gives each at its cell; the
 * variant layouts are recognised and check clean.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { checkWorkbookSync } from "../../src/check";
import { loadWorkbookBuffer } from "../../src/hosts/file/load";
import { SAMPLE_FILE, SAMPLE_SHEETS } from "../../scripts/fixtures/sample";
import { buildPlantedWorkbook } from "../fixtures/planted";
import { henanWorkbook, reorderedWorkbook, subtotalFirstWorkbook } from "../fixtures/variants";
import { snapshotOf } from "../fixtures/snapshot";
import type { Finding } from "../../src/core/findings";

const key = (f: { ruleId: string; sheet: string; cell: string }) => `${f.ruleId}@${f.sheet}!${f.cell}`;

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
    ]);
    expect(findings[1].message).toContain("2.20");
  });
});

describe("sample with ten planted errors", () => {
  it("finds each planted error at its cell and no error that the plants do not explain", async () => {
    const { workbook, manifest } = buildPlantedWorkbook();
    const result = checkWorkbookSync(await snapshotOf(workbook, "planted.xlsx"));
    const found = new Set(result.findings.map(key));
    for (const p of manifest) expect([p.kind, found.has(key(p))]).toEqual([p.kind, true]);
    expect(new Set(manifest.map((p) => p.kind)).size).toBe(10);

    const explained = new Set(manifest.flatMap((p) => [key(p), ...p.sideEffects.map(key)]));
    const unexplained = result.findings.filter((f) => f.severity === "error" && !explained.has(key(f))).map(key);
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
    expect(result.findings.filter((f) => f.severity === "error").map((f) => `${key(f)} ${f.message}`)).toEqual([]);
  });
});
