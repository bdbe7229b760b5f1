/**
 * An on-device self-test of the WPS adapter. What WPS's JS API returns in a few cases is not
 * documented (research/wps-addin.md marks them "pin on the device"): a single cell's Value2, an
 * empty cell, an error cell, a date, merged cells, hidden rows, "no fill", a text starting with
 * "=". The test writes such cells into a new, temporary workbook (never the user's), reads them
 * back through the adapter as the pane does, and closes the workbook without saving. Each
 * assumption comes back as passed or failed with what WPS actually returned, for the developers.
 */
import { t, type Locale, type MessageKey } from "../../catalog/messages";
import { reportPlan } from "../../present/report-plan";
import { bgrOf, EtApplication, EtWorkbook, member, XL_NONE } from "./et-model";
import { severityFillHex } from "../../present/report-sheet";
import { createWpsPort } from "./wps-port";

export interface SelfTestResult {
  key: MessageKey;
  ok: boolean;
  /** What WPS returned, as text. */
  observed: string;
}

interface EtWorkbooks {
  Add(): EtWorkbook & { Close(save?: boolean): unknown };
}

function shown(v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (Array.isArray(v)) return JSON.stringify(v);
  return `${typeof v} ${JSON.stringify(v)}`;
}

export async function runWpsSelfTest(app: () => EtApplication): Promise<SelfTestResult[]> {
  const a = app();
  const workbooks = member<EtWorkbooks>(a, "Workbooks");
  const temp = workbooks.Add();
  const results: SelfTestResult[] = [];
  const record = (key: MessageKey, ok: boolean, observed: unknown) => results.push({ key, ok, observed: typeof observed === "string" ? observed : shown(observed) });
  try {
    const ws = member<EtWorkbook["Worksheets"]>(temp, "Worksheets").Item(1);
    const sheet = String(member(ws, "Name"));
    ws.Range("A1").Value2 = "合计";
    ws.Range("B1").Value2 = 12.5;
    ws.Range("C1").Formula = "=1/0";
    ws.Range("D1").NumberFormat = "yyyy-mm-dd";
    ws.Range("D1").Value2 = 45292; // 2024-01-01
    ws.Range("A2").Value2 = "表头";
    ws.Range("A2:C2").Merge();
    ws.Range("A3").Value2 = "隐藏行";
    ws.Range("A3").EntireRow.Hidden = true;
    ws.Range("A4").Value2 = 1;

    const single = member<unknown>(ws.Range("B1"), "Value2");
    record("selftest.singleValue", single === 12.5 || (Array.isArray(single) && (single as unknown[][])[0]?.[0] === 12.5), single);
    const empty = member<unknown>(ws.Range("F9"), "Value2");
    record("selftest.emptyValue", empty === null || empty === undefined || empty === "", empty);

    const port = createWpsPort(() => a);
    const snapshot = await port.readWorkbook();
    const read = snapshot.sheets.find((s) => s.name === sheet);
    const cellAt = (r: number, c: number) => read?.cells[r]?.[c] ?? null;
    record("selftest.text", cellAt(0, 0) === "合计", cellAt(0, 0));
    record("selftest.error", JSON.stringify(cellAt(0, 2)) === JSON.stringify({ error: "#DIV/0!" }), `${shown(member(ws.Range("C1"), "Value2"))} → ${shown(cellAt(0, 2))}`);
    record("selftest.date", cellAt(0, 3) === "2024-01-01" && read?.dates?.["0,3"] === 45292, `${shown(member(ws.Range("D1"), "Value2"))} → ${shown(cellAt(0, 3))}`);
    record("selftest.merge", !!read?.merges.some((m) => m.top === 1 && m.left === 0 && m.bottom === 1 && m.right === 2), JSON.stringify(read?.merges ?? []));
    record("selftest.hiddenRow", JSON.stringify(read?.hiddenRows) === "[2]", JSON.stringify(read?.hiddenRows ?? []));

    await port.highlight([{ sheet, cell: "B1", severity: "error" }]);
    const interior = ws.Range("B1").Interior;
    const marked = Number(interior.Color);
    record("selftest.fill", marked === bgrOf(severityFillHex("error")), String(marked));
    await port.clearHighlights();
    const pattern = Number(ws.Range("B1").Interior.Pattern);
    record("selftest.noFill", pattern === XL_NONE, String(pattern));

    const name = await port.writeSheet(reportPlan([{ finding: { ruleId: "x", severity: "info", sheet, cell: "A1", related: [], messageId: "=1+1", data: {} } }], "自检", "zh-CN"));
    const sheets = member<EtWorkbook["Worksheets"]>(temp, "Worksheets");
    const lastName = String(member(sheets.Item(member<number>(sheets, "Count")), "Name"));
    record("selftest.sheetAdded", lastName === name, lastName);
    const message = sheets.Item(name).Range("F3");
    const hasFormula = member<unknown>(message, "HasFormula");
    record("selftest.textNotFormula", hasFormula === false && member(message, "Value2") === "=1+1", `HasFormula ${shown(hasFormula)}, Value2 ${shown(member(message, "Value2"))}`);
  } catch (e) {
    record("selftest.failed", false, e instanceof Error ? e.message : String(e));
  } finally {
    temp.Close(false);
  }
  return results;
}

/** One line per check, for the pane and for copying to the developers. */
export function selfTestLines(results: readonly SelfTestResult[], locale: Locale): string[] {
  return results.map((r) => `${r.ok ? "✓" : "✗"} ${t(r.key, {}, locale)}：${r.observed}`);
}

