/**
 * The package's structure: relationships, the workbook part, its sheets in tab order with their
 * states, and where the shared strings and styles are. Browser-safe.
 */
import { exceljsXmlDecode, MAIN_NS, OPEN, PACKAGE_RELS_NS, REL_NS, XmlScanner } from "./xml";
import { unsupported } from "./unsupported";

export interface Relationship {
  id: string;
  /** The type's last path segment: "worksheet", "sharedStrings", "styles", "officeDocument"… */
  type: string;
  /** The target part's name in the zip (resolved), or the raw target for external ones. */
  target: string;
  external: boolean;
}

export interface SheetEntry {
  name: string;
  state: string | undefined;
  relId: string | undefined;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
}

export function readRelationships(xml: string, sourcePart: string, maxDepth: number, tooDeep: (d: number) => never): Map<string, Relationship> {
  const x = new XmlScanner(xml, maxDepth, tooDeep);
  if (!x.root(PACKAGE_RELS_NS) || !x.is("Relationships")) unsupported("relationships root");
  const out = new Map<string, Relationship>();
  if (x.selfClosing) return out;
  while (x.next() === OPEN) {
    if (x.is("Relationship")) {
      const id = x.attr("Id");
      const type = x.attr("Type") ?? "";
      const target = x.attr("Target") ?? "";
      const external = x.attr("TargetMode") === "External";
      if (id !== undefined) {
        out.set(id, { id, type: type.slice(type.lastIndexOf("/") + 1), target: external ? target : resolvePart(sourcePart, target), external });
      }
    }
    x.skip();
  }
  return out;
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target as a part name: relative to the source part's folder, or absolute with "/". */
export function resolvePart(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // not percent-encoded: the name as written
  }
  const base = t.charCodeAt(0) === 47 ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

export function readWorkbook(xml: string, maxDepth: number, tooDeep: (d: number) => never): WorkbookPart {
  const x = new XmlScanner(xml, maxDepth, tooDeep);
  if (!x.root(MAIN_NS) || !x.is("workbook")) unsupported("workbook root");
  const idAttr = `${relPrefix(x)}:id`;
  const out: WorkbookPart = { sheets: [], date1904: false };
  while (x.depth > 0) {
    const k = x.next();
    if (k !== OPEN) {
      if (k === 0) unsupported("workbook end");
      continue;
    }
    if (x.depth === 2 && x.is("workbookPr")) {
      // ExcelJS reads date1904="1" only
      out.date1904 = x.attr("date1904") === "1";
      x.skip();
    } else if (x.depth === 2 && x.is("sheets")) {
      while (x.next() === OPEN) {
        if (x.is("sheet")) {
          const name = x.attr("name");
          if (name === undefined) unsupported("sheet without a name");
          out.sheets.push({
            // ExcelJS decodes the (already decoded) name once more
            name: exceljsXmlDecode(name),
            state: x.attr("state"),
            relId: x.attr(idAttr),
          });
        }
        x.skip();
      }
    } else {
      x.skip();
    }
  }
  return out;
}

/** The prefix the root binds to the relationships namespace ("r" when it binds none). */
export function relPrefix(x: XmlScanner): string {
  for (let k = 0; k < x.attrCount; k++) {
    const name = x.s.slice(x.attrs[k * 4], x.attrs[k * 4 + 1]);
    if (name.startsWith("xmlns:") && REL_NS.indexOf(x.s.slice(x.valueStart(k), x.valueEnd(k))) >= 0) return name.slice(6);
  }
  return "r";
}
