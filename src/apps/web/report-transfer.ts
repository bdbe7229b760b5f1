/**
 * A FileReport as the check worker posts it to the page. Posting copies the report (structured
 * clone), and its cost is in the number of objects: on the county workbook most of them are the
 * related cells of a few hundred findings (a code not in the catalogue lists every cell where it
 * occurs, ~78,000 cells in all). Those lists travel as one string per finding and become cell
 * objects again on the page: the worker's copying and the page's reading of the report take a
 * fraction of the time.
 */
import type { CellLocation, Finding } from "../../model/findings";
import type { FileReport } from "../../engine/file-report";

/** A finding whose related cells are packed: `related` is empty, `packed` holds them. */
type PackedFinding = Finding & { packed?: string };

export interface PackedReport extends FileReport {
  /** Sheet names the packed cells refer to by index. */
  packedSheets?: string[];
}

/** Cells that pack: an A1 address (or range) has no space and does not start with "#". */
const PLAIN_CELL = /^[^#\s][^\s]*$/;

/** Lists shorter than this are posted as they are. */
const PACK_FROM = 8;

/** `report` with long related-cell lists packed; the report itself is left as it was. */
export function packReport(report: FileReport): PackedReport {
  const sheets: string[] = [];
  const sheetIndex = new Map<string, number>();
  const indexOf = (sheet: string): number => {
    let i = sheetIndex.get(sheet);
    if (i === undefined) {
      i = sheets.length;
      sheets.push(sheet);
      sheetIndex.set(sheet, i);
    }
    return i;
  };
  const pack = (f: Finding): PackedFinding => {
    if (f.related.length < PACK_FROM || !f.related.every((r) => PLAIN_CELL.test(r.cell))) return f;
    let text = "";
    let last = -1;
    for (const r of f.related) {
      const i = indexOf(r.sheet);
      // A cell is "A1"; a change of sheet is "#3" before its first cell.
      text += (text ? " " : "") + (i === last ? r.cell : `#${i} ${r.cell}`);
      last = i;
    }
    return { ...f, related: [], packed: text };
  };
  const findings = report.findings.map(pack);
  const explained = report.explained?.map((e) => ({ ...e, finding: pack(e.finding) }));
  if (!sheets.length) return report;
  return { ...report, findings, ...(explained ? { explained } : {}), packedSheets: sheets };
}

/** The report `packReport` packed, with its findings' related cells as objects again. */
export function unpackReport(packed: PackedReport): FileReport {
  const { packedSheets: sheets, ...report } = packed;
  if (!sheets) return report;
  const unpack = (f: PackedFinding): Finding => {
    if (f.packed === undefined) return f;
    const { packed: text, ...finding } = f;
    const related: CellLocation[] = [];
    let sheet = "";
    for (const token of text.split(" ")) {
      if (token.charCodeAt(0) === 35 /* # */) sheet = sheets[Number(token.slice(1))];
      else related.push({ sheet, cell: token });
    }
    finding.related = related;
    return finding;
  };
  const findings = report.findings.map(unpack);
  const explained = report.explained?.map((e) => ({ ...e, finding: unpack(e.finding) }));
  return { ...report, findings, ...(explained ? { explained } : {}) };
}
