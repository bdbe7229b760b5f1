/** Shared pieces of the command-line tests: fake streams, workbooks on disk, a one-rule rule set. */
import { writeFileSync } from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import type { Rule } from "../../../src/rules/types";
import type { Severity } from "../../../src/model/findings";
import type { MessageKey } from "../../../src/catalog/messages";
import type { CliIo } from "../../../src/apps/cli/main";
import { buildSampleWorkbook } from "../../../scripts/fixtures/sample";
import { xlsxBytes } from "../../adapters/helpers/xlsx";

export interface FakeIo {
  io: CliIo;
  stdout(): string;
  stderr(): string;
}

export function fakeIo(options: { stdoutTTY?: boolean; stderrTTY?: boolean; env?: Record<string, string> } = {}): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      // A file's part that a worker rendered comes as UTF-8 bytes.
      stdout: { write: (s: string | Uint8Array) => out.push(typeof s === "string" ? s : Buffer.from(s).toString("utf8")), isTTY: options.stdoutTTY ?? false },
      stderr: { write: (s: string) => err.push(s), isTTY: options.stderrTTY ?? false, columns: 100 },
      env: options.env ?? {},
    },
    stdout: () => out.join(""),
    stderr: () => err.join(""),
  };
}

/** Writes bytes to dir/name and returns the path. */
export function put(dir: string, name: string, bytes: Uint8Array | string): string {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

/** The bundled sample's tables (seed 001, Hebei layouts), built in memory. */
export async function sampleBytes(edit?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = buildSampleWorkbook();
  edit?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The sample with one amount changed: 2101501 行政运行 合计 244.90 → 250.00 in the 一般公共预算支出表. */
export async function plantedBytes(): Promise<{ bytes: Uint8Array; sheet: string; cell: string }> {
  const sheet = "05一般公共预算支出";
  let cell = "";
  const bytes = await sampleBytes((wb) => {
    const ws = wb.getWorksheet(sheet)!;
    ws.eachRow((row) => {
      row.eachCell((c) => {
        if (c.value === "2101501") {
          const total = row.getCell(Number(c.col) + 2); // 科目编码 | 科目名称 | 合计
          total.value = 250;
          cell = total.address;
        }
      });
    });
  });
  if (!cell) throw new Error("planted cell not found");
  return { bytes, sheet, cell };
}

/** Small workbook: a text sheet that no template matches. Cells with "坏:<severity>" trip the test rule. */
export function plainBytes(cells: Record<string, string> = {}, sheetName = "数据"): Promise<Uint8Array> {
  return xlsxBytes((wb) => {
    const ws = wb.addWorksheet(sheetName);
    ws.getCell("A1").value = "随便写的表";
    for (const [a, v] of Object.entries(cells)) ws.getCell(a).value = v;
  });
}

/** Reports every cell whose text is "坏:<severity>" — a deterministic stand-in for real rules. */
export const BAD_CELL_RULE: Rule = {
  meta: { id: "test-bad-cell", severity: "error", category: "hygiene", description: "severity.error", messages: [] },
  checkWorkbook(ctx) {
    for (const sheet of ctx.workbook.sheets) {
      sheet.cells.forEach((row, r) =>
        row.forEach((v, c) => {
          const m = typeof v === "string" ? /^坏:(error|warning|info)$/.exec(v) : null;
          // A key outside the message table renders as itself.
          const messageId = `坏单元格 ${m?.[1]}` as MessageKey;
          if (m) ctx.report({ sheet: sheet.name, cell: `${String.fromCharCode(65 + c)}${r + 1}`, severity: m[1] as Severity, messageId });
        }),
      );
    }
  },
};
