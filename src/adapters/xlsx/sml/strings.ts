/**
 * sharedStrings.xml → one snapshot value per shared string: its text, rich-text runs joined,
 * phonetic runs (rPh) left out; null for an empty <si/>. Mirrors what the ExcelJS path gives.
 * Browser-safe.
 */
import { loadError } from "../errors";
import type { ReadLimits } from "./limits";
import { MAIN_NS, OPEN, XmlScanner } from "./xml";
import { unsupported } from "./unsupported";

export function readSharedStrings(xml: string, file: string, limits: ReadLimits, tooDeep: (d: number) => never): (string | null)[] {
  const x = new XmlScanner(xml, limits.maxDepth, tooDeep);
  if (!x.root(MAIN_NS) || !x.is("sst")) unsupported("sharedStrings root");
  const declared = Number(x.attr("uniqueCount") ?? x.attr("count") ?? 0);
  if (declared > limits.maxSharedStrings) throw tooMany(file, declared, limits);
  const out: (string | null)[] = [];
  if (x.selfClosing) return out;
  while (x.next() === OPEN) {
    if (!x.is("si")) unsupported("sharedStrings child");
    if (out.length >= limits.maxSharedStrings) throw tooMany(file, out.length + 1, limits);
    out.push(readStringItem(x));
  }
  return out;
}

function tooMany(file: string, count: number, limits: ReadLimits) {
  return loadError("unreadable", "load.limit.sharedStrings", { file, count, limit: limits.maxSharedStrings });
}

/**
 * One <si> (the scanner on its start tag; left on its end tag). ExcelJS keeps the last <t>, or
 * joins the <r> runs; a <t> after runs, or runs after a <t>, it cannot read (unsupported here).
 */
function readStringItem(x: XmlScanner): string | null {
  let plain: string | undefined;
  let rich: string | undefined;
  if (x.selfClosing) {
    x.next();
    return null;
  }
  while (x.next() === OPEN) {
    if (x.is("t")) {
      if (rich !== undefined) unsupported("text after rich runs");
      plain = decodeEscapes(x.text());
    } else if (x.is("r")) {
      if (plain !== undefined) unsupported("rich runs after text");
      rich = (rich ?? "") + readRun(x);
    } else {
      x.skip(); // rPh (phonetic guide), phoneticPr, extLst
    }
  }
  if (plain !== undefined) return plain;
  return rich ?? null;
}

/** One rich-text run: the text of its (last) <t>, "" when it has none. */
export function readRun(x: XmlScanner): string {
  let text = "";
  if (x.selfClosing) {
    x.next();
    return text;
  }
  while (x.next() === OPEN) {
    if (x.is("t")) text = decodeEscapes(x.text());
    else x.skip(); // rPr
  }
  return text;
}

/** "_x000D_"-style escapes of characters XML cannot hold, as ExcelJS decodes them (upper-case hex). */
export function decodeEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
