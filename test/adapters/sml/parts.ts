/**
 * Hand-built .xlsx packages from XML text, for what ExcelJS does not write: shared formulas as
 * Excel writes them, inline and rich strings, namespace prefixes, Strict OOXML, CDATA.
 */
import { strToU8, zipSync } from "fflate";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";

export interface HandSheet {
  name: string;
  /** The worksheet part's content inside <worksheet> (sheetData and all). */
  body: string;
  state?: "hidden" | "veryHidden";
  /** Relationships of the sheet part (hyperlinks). */
  rels?: { id: string; type: string; target: string; external?: boolean }[];
}

export interface HandBook {
  sheets: HandSheet[];
  /** <si> elements, or none for no shared-string part. */
  strings?: string[];
  /** Custom formats and the cellXfs' numFmtIds (index 0 is the default style). */
  numFmts?: { id: number; code: string }[];
  xfs?: number[];
  strict?: boolean;
  /** Written as <x:worksheet …> etc. */
  prefix?: string;
  date1904?: boolean;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

export function handXlsx(book: HandBook): Uint8Array {
  const main = book.strict ? STRICT : MAIN;
  const rel = book.strict ? STRICT_REL : REL;
  const relType = (t: string) => (book.strict ? `http://purl.oclc.org/ooxml/officeDocument/relationships/${t}` : `${REL}/${t}`);
  const p = book.prefix ? `${book.prefix}:` : "";
  const ns = book.prefix ? `xmlns:${book.prefix}="${main}"` : `xmlns="${main}"`;
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, text: string) => (files[name] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`));

  put(
    "[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
  );
  put("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relType("officeDocument")}" Target="xl/workbook.xml"/></Relationships>`);
  const wbRels = book.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${relType("worksheet")}" Target="worksheets/sheet${i + 1}.xml"/>`);
  wbRels.push(`<Relationship Id="rIdS" Type="${relType("styles")}" Target="styles.xml"/>`);
  if (book.strings) wbRels.push(`<Relationship Id="rIdT" Type="${relType("sharedStrings")}" Target="sharedStrings.xml"/>`);
  put("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${wbRels.join("")}</Relationships>`);
  const sheetList = book.sheets
    .map((s, i) => `<${p}sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
    .join("");
  put(
    "xl/workbook.xml",
    `<${p}workbook ${ns} xmlns:r="${rel}">${book.date1904 ? `<${p}workbookPr date1904="1"/>` : ""}<${p}sheets>${sheetList}</${p}sheets></${p}workbook>`,
  );
  const fmts = (book.numFmts ?? []).map((f) => `<${p}numFmt numFmtId="${f.id}" formatCode="${esc(f.code)}"/>`).join("");
  const xfs = (book.xfs ?? [0]).map((id) => `<${p}xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ""}/>`).join("");
  put(
    "xl/styles.xml",
    `<${p}styleSheet ${ns}>${fmts ? `<${p}numFmts count="${book.numFmts!.length}">${fmts}</${p}numFmts>` : ""}<${p}fonts count="1"><${p}font/></${p}fonts><${p}fills count="1"><${p}fill/></${p}fills><${p}borders count="1"><${p}border/></${p}borders><${p}cellXfs count="${(book.xfs ?? [0]).length}">${xfs}</${p}cellXfs></${p}styleSheet>`,
  );
  if (book.strings) put("xl/sharedStrings.xml", `<${p}sst ${ns} count="${book.strings.length}" uniqueCount="${book.strings.length}">${book.strings.join("")}</${p}sst>`);
  book.sheets.forEach((s, i) => {
    put(`xl/worksheets/sheet${i + 1}.xml`, `<${p}worksheet ${ns} xmlns:r="${rel}">${s.body}</${p}worksheet>`);
    if (s.rels) {
      const items = s.rels.map((r) => `<Relationship Id="${r.id}" Type="${relType(r.type)}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`);
      put(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`);
    }
  });
  return zipSync(files);
}

/** Replaces main-namespace element names with prefixed ones in a body written without prefix. */
export function prefixed(body: string, prefix: string): string {
  return body.replace(/<(\/?)([a-zA-Z]+)([\s/>])/g, `<$1${prefix}:$2$3`);
}
