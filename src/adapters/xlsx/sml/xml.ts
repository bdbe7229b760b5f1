/**
 * A pull scanner over one XML part held as a string: tag by tag with indexOf, attributes kept as
 * offsets into the text (no object per element), text read on demand. Reads what SpreadsheetML
 * parts use: namespace prefixes, the five entities and character references, CDATA, comments and
 * processing instructions. A DTD, an unknown entity or a malformed tag is "unsupported" (the
 * caller falls back; it never guesses). Browser-safe.
 */
import { unsupported } from "./unsupported";

export const OPEN = 1;
export const CLOSE = 2;
export const END = 0;

/** The main SpreadsheetML namespaces: Transitional and Strict (ISO 29500 Strict, purl.oclc.org). */
export const MAIN_NS = ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"];
export const PACKAGE_RELS_NS = ["http://schemas.openxmlformats.org/package/2006/relationships"];
/** The namespace of r:id attributes. */
export const REL_NS = ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"];

export const MAX_ATTRS = 256;

export class XmlScanner {
  pos = 0;
  depth = 0;
  kind = END;
  nameStart = 0;
  nameEnd = 0;
  selfClosing = false;
  attrCount = 0;
  /**
   * Four offsets per attribute: name start, name end, value start, value end. A plain array that
   * grows with the widest tag: a typed array with room for MAX_ATTRS was a 4 KB buffer outside the
   * heap per part, about 55 ms of the page's worker on the bench's county workbook (5,459 sheets).
   */
  readonly attrs: number[] = [];
  /** "x:" when the part writes its main-namespace elements with a prefix, else "". */
  prefix = "";

  constructor(
    readonly s: string,
    readonly maxDepth: number,
    /** Called with the depth when it passes maxDepth (throws the limit's message). */
    readonly onTooDeep: (depth: number) => never,
  ) {}

  /**
   * Moves to the root element and learns the prefix its namespace (one of `namespaces`) is
   * written with. Returns false when the root is in none of them.
   */
  root(namespaces: readonly string[]): boolean {
    if (this.next() !== OPEN) return false;
    const name = this.s.slice(this.nameStart, this.nameEnd);
    const colon = name.indexOf(":");
    const prefix = colon >= 0 ? name.slice(0, colon) : "";
    const ns = this.attr(prefix ? `xmlns:${prefix}` : "xmlns");
    if (ns === undefined || namespaces.indexOf(ns) < 0) return false;
    this.prefix = prefix ? `${prefix}:` : "";
    return true;
  }

  /** The namespace URI an attribute of the current tag binds `prefix` to ("" for the default). */
  nsOf(prefix: string): string | undefined {
    return this.attr(prefix ? `xmlns:${prefix}` : "xmlns");
  }

  /** Advances to the next start or end tag; text, comments and processing instructions are skipped. */
  next(): number {
    const s = this.s;
    if (this.kind === OPEN && this.selfClosing) {
      // the empty element's end: reported as its own CLOSE so callers see one shape
      this.kind = CLOSE;
      this.selfClosing = false;
      this.attrCount = 0;
      this.depth -= 1;
      return CLOSE;
    }
    for (;;) {
      const lt = s.indexOf("<", this.pos);
      if (lt < 0) {
        this.kind = END;
        this.pos = s.length;
        return END;
      }
      const c = s.charCodeAt(lt + 1);
      if (c === 47 /* / */) {
        const gt = s.indexOf(">", lt + 2);
        if (gt < 0) unsupported("unclosed end tag");
        this.nameStart = lt + 2;
        let e = gt;
        while (e > this.nameStart && isSpace(s.charCodeAt(e - 1))) e -= 1;
        this.nameEnd = e;
        this.pos = gt + 1;
        this.kind = CLOSE;
        this.attrCount = 0;
        this.depth -= 1;
        if (this.depth < 0) unsupported("end tag without start");
        return CLOSE;
      }
      if (c === 63 /* ? */) {
        const end = s.indexOf("?>", lt + 2);
        if (end < 0) unsupported("unclosed processing instruction");
        this.pos = end + 2;
        continue;
      }
      if (c === 33 /* ! */) {
        if (s.startsWith("<!--", lt)) {
          const end = s.indexOf("-->", lt + 4);
          if (end < 0) unsupported("unclosed comment");
          this.pos = end + 3;
          continue;
        }
        if (s.startsWith("<![CDATA[", lt)) {
          const end = s.indexOf("]]>", lt + 9);
          if (end < 0) unsupported("unclosed CDATA");
          this.pos = end + 3;
          continue;
        }
        unsupported("DTD");
      }
      this.readStartTag(lt);
      return OPEN;
    }
  }

  private readStartTag(lt: number): void {
    const s = this.s;
    let i = lt + 1;
    const n = s.length;
    this.nameStart = i;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 62 || c === 47 || isSpace(c)) break;
      i += 1;
    }
    this.nameEnd = i;
    if (i === this.nameStart) unsupported("empty tag name");
    let count = 0;
    const attrs = this.attrs;
    for (;;) {
      while (i < n && isSpace(s.charCodeAt(i))) i += 1;
      if (i >= n) unsupported("unclosed tag");
      const c = s.charCodeAt(i);
      if (c === 62 /* > */) {
        this.selfClosing = false;
        i += 1;
        break;
      }
      if (c === 47 /* / */) {
        if (s.charCodeAt(i + 1) !== 62) unsupported("bad empty tag");
        this.selfClosing = true;
        i += 2;
        break;
      }
      const ns = i;
      while (i < n) {
        const d = s.charCodeAt(i);
        if (d === 61 || isSpace(d) || d === 62 || d === 47) break;
        i += 1;
      }
      const ne = i;
      while (i < n && isSpace(s.charCodeAt(i))) i += 1;
      if (s.charCodeAt(i) !== 61 /* = */) unsupported("attribute without value");
      i += 1;
      while (i < n && isSpace(s.charCodeAt(i))) i += 1;
      const q = s.charCodeAt(i);
      if (q !== 34 && q !== 39) unsupported("unquoted attribute");
      const ve = s.indexOf(q === 34 ? '"' : "'", i + 1);
      if (ve < 0) unsupported("unclosed attribute");
      if (count >= MAX_ATTRS) unsupported("too many attributes");
      const k = count * 4;
      attrs[k] = ns;
      attrs[k + 1] = ne;
      attrs[k + 2] = i + 1;
      attrs[k + 3] = ve;
      count += 1;
      i = ve + 1;
    }
    this.attrCount = count;
    this.pos = i;
    this.kind = OPEN;
    this.depth += 1;
    if (this.depth > this.maxDepth) this.onTooDeep(this.depth);
  }

  /** Whether the current tag's name is `prefix + local`. */
  is(local: string): boolean {
    const p = this.prefix;
    const len = this.nameEnd - this.nameStart;
    if (len !== p.length + local.length) return false;
    if (p && !this.s.startsWith(p, this.nameStart)) return false;
    return this.s.startsWith(local, this.nameStart + p.length);
  }

  /** The current tag's name as written (with any prefix). */
  name(): string {
    return this.s.slice(this.nameStart, this.nameEnd);
  }

  /** Index of the attribute called `qname` (as written), -1 when absent. */
  attrIndex(qname: string): number {
    const s = this.s;
    const a = this.attrs;
    for (let k = 0; k < this.attrCount; k++) {
      const ns = a[k * 4];
      if (a[k * 4 + 1] - ns === qname.length && s.startsWith(qname, ns)) return k;
    }
    return -1;
  }

  /** An attribute's value, normalised and decoded as XML does; undefined when absent. */
  attr(qname: string): string | undefined {
    const k = this.attrIndex(qname);
    if (k < 0) return undefined;
    return attrValue(this.s.slice(this.attrs[k * 4 + 2], this.attrs[k * 4 + 3]));
  }

  /** The raw value offsets of an attribute (for values read in place: cell references, numbers). */
  valueStart(k: number): number {
    return this.attrs[k * 4 + 2];
  }
  valueEnd(k: number): number {
    return this.attrs[k * 4 + 3];
  }

  /**
   * The text of the current element up to its end tag (entities decoded, CDATA included, comments
   * skipped), leaving the scanner on that end tag. A child element inside is "unsupported".
   * An empty element gives "".
   */
  text(): string {
    if (this.selfClosing) {
      this.next();
      return "";
    }
    const s = this.s;
    let out = "";
    for (;;) {
      const lt = s.indexOf("<", this.pos);
      if (lt < 0) unsupported("unclosed element");
      if (lt > this.pos) out += textValue(s.slice(this.pos, lt));
      if (s.charCodeAt(lt + 1) === 47) {
        this.pos = lt;
        this.next();
        return out;
      }
      if (s.startsWith("<![CDATA[", lt)) {
        const end = s.indexOf("]]>", lt + 9);
        if (end < 0) unsupported("unclosed CDATA");
        out += eol(s.slice(lt + 9, end));
        this.pos = end + 3;
        continue;
      }
      if (s.startsWith("<!--", lt)) {
        const end = s.indexOf("-->", lt + 4);
        if (end < 0) unsupported("unclosed comment");
        this.pos = end + 3;
        continue;
      }
      if (s.charCodeAt(lt + 1) === 63) {
        const end = s.indexOf("?>", lt + 2);
        if (end < 0) unsupported("unclosed processing instruction");
        this.pos = end + 2;
        continue;
      }
      unsupported("element inside text");
    }
  }

  /** Skips the current element's content, leaving the scanner on its end tag. */
  skip(): void {
    const depth = this.depth;
    if (this.kind !== OPEN) return;
    if (this.selfClosing) {
      this.next();
      return;
    }
    while (this.depth >= depth) {
      if (this.next() === END) unsupported("unclosed element");
    }
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** Line ends as an XML parser delivers them: CR LF and lone CR become LF. */
function eol(text: string): string {
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}

/** Character data: line ends normalised, entities decoded. */
export function textValue(raw: string): string {
  const t = eol(raw);
  return t.indexOf("&") < 0 ? t : decodeEntities(t);
}

/** An attribute value: line ends and tabs become spaces (XML attribute normalisation), entities decoded. */
export function attrValue(raw: string): string {
  let t = raw;
  if (/[\t\n\r]/.test(t)) t = t.replace(/\r\n?/g, "\n").replace(/[\t\n]/g, " ");
  return t.indexOf("&") < 0 ? t : decodeEntities(t);
}

const ENTITY = /&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g;

function decodeEntities(t: string): string {
  const out = t.replace(ENTITY, (_, name: string) => {
    switch (name) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
    }
    if (name.charCodeAt(0) !== 35) unsupported(`entity &${name};`);
    const code = name.charCodeAt(1) === 120 ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!(code >= 1 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) unsupported("bad character reference");
    return String.fromCodePoint(code);
  });
  // an "&" that starts no entity is not well-formed XML
  if (t.replace(ENTITY, "").indexOf("&") >= 0) unsupported("bare &");
  return out;
}

/** ExcelJS's second decoding of some texts (sheet names, "str" results): "&amp;lt;" ends as "<". */
export function exceljsXmlDecode(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case "&lt;":
        return "<";
      case "&gt;":
        return ">";
      case "&amp;":
        return "&";
      case "&apos;":
        return "'";
      case "&quot;":
        return '"';
      default:
        return c;
    }
  });
}

/** Decodes a part's bytes: UTF-8 (with or without BOM); another encoding is unsupported. */
export function partText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) unsupported("UTF-16 part");
  const text = utf8.decode(bytes);
  if (text.startsWith("<?xml")) {
    const end = text.indexOf("?>");
    const m = /encoding\s*=\s*["']([^"']*)["']/.exec(text.slice(0, end));
    if (m && !/^utf-?8$/i.test(m[1])) unsupported(`encoding ${m[1]}`);
  }
  return text;
}

const utf8 = new TextDecoder("utf-8");
