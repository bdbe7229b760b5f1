/**
 * What a file really is, from its first bytes (and, for containers, the part names inside).
 * Decides the user message before ExcelJS sees the bytes. Browser-safe.
 */

export type SniffResult =
  | { kind: "empty" }
  | { kind: "xlsx" }
  /** Password-protected OOXML: Office wraps the encrypted package in a CFB (OLE) container. */
  | { kind: "encrypted" }
  /** Excel 97-2003 workbook (BIFF in a CFB container). */
  | { kind: "xls" }
  /** A zip without its closing directory: cut off while downloading or copying. */
  | { kind: "truncated" }
  /** Anything else; `looksLike` names it for the message. */
  | { kind: "other"; looksLike: ForeignKind };

export type ForeignKind = "pdf" | "text" | "html" | "xml" | "xlsb" | "docx" | "pptx" | "ods" | "zip" | "ole" | "unknown";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffWorkbook(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return { kind: "empty" };
  if (startsWith(bytes, CFB_MAGIC)) {
    // Directory entry names are UTF-16LE; a bounded search is enough to tell the cases apart.
    if (indexOf(bytes, utf16le("EncryptedPackage")) >= 0 || indexOf(bytes, utf16le("EncryptionInfo")) >= 0) {
      return { kind: "encrypted" };
    }
    if (indexOf(bytes, utf16le("Workbook")) >= 0 || indexOf(bytes, utf16le("Book")) >= 0) return { kind: "xls" };
    return { kind: "other", looksLike: "ole" };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (!hasEndOfCentralDirectory(bytes)) return { kind: "truncated" };
    // Part names are stored as plain bytes in the local headers and the central directory.
    if (indexOf(bytes, ascii("xl/workbook.xml")) >= 0) return { kind: "xlsx" };
    if (indexOf(bytes, ascii("xl/workbook.bin")) >= 0) return { kind: "other", looksLike: "xlsb" };
    if (indexOf(bytes, ascii("word/document.xml")) >= 0) return { kind: "other", looksLike: "docx" };
    if (indexOf(bytes, ascii("ppt/presentation.xml")) >= 0) return { kind: "other", looksLike: "pptx" };
    if (indexOf(bytes, ascii("opendocument.spreadsheet")) >= 0) return { kind: "other", looksLike: "ods" };
    return { kind: "other", looksLike: "zip" };
  }
  if (startsWith(bytes, ascii("%PDF"))) return { kind: "other", looksLike: "pdf" };
  return { kind: "other", looksLike: textKind(bytes) };
}

/** The zip's end-of-central-directory record ("PK\x05\x06") sits in the last 22 + 65535 bytes. */
function hasEndOfCentralDirectory(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 22 - 65535);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

function textKind(bytes: Uint8Array): ForeignKind {
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of head) if (b < 9 || (b > 13 && b < 32) || b === 127) control += 1;
  if (control > head.length / 50) return "unknown";
  let text = "";
  for (let i = 0; i < Math.min(head.length, 512); i++) text += String.fromCharCode(head[i]);
  const start = text.replace(/^\ufeff|^\xef\xbb\xbf/, "").trimStart().toLowerCase();
  if (/^<!doctype html|^<html|<table/.test(start)) return "html";
  if (start.startsWith("<?xml")) return /<html/.test(start) ? "html" : "xml";
  return "text";
}

function startsWith(bytes: Uint8Array, prefix: ArrayLike<number>): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function ascii(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return out;
}

function utf16le(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8);
  return out;
}

function indexOf(hay: Uint8Array, needle: number[]): number {
  const first = needle[0];
  const last = hay.length - needle.length;
  outer: for (let i = hay.indexOf(first); i >= 0 && i <= last; i = hay.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
