/**
 * A zip package's central directory, read without inflating anything: part names, sizes as the
 * directory states them, and where each part's data starts. Browser-safe.
 */
import { unsupported } from "./unsupported";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** As the directory states it; inflating more than this is refused. */
  size: number;
  /** Offset of the part's local header. */
  localOffset: number;
}

/** The central directory cannot be read: the file is damaged (the caller reports it unreadable). */
export class ZipDirectoryError extends Error {
  constructor(what: string) {
    super(`zip directory: ${what}`);
    this.name = "ZipDirectoryError";
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw new ZipDirectoryError("no end record");
  let count = view.getUint16(eocd + 10, true);
  let dirSize = view.getUint32(eocd + 12, true);
  let at = view.getUint32(eocd + 16, true);
  let end = eocd;
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    // Zip64: the counts and offsets are in the zip64 end record the locator points at
    const record = uint64(view, eocd - 20 + 8);
    if (record + 56 > eocd - 20 || view.getUint32(record, true) !== ZIP64_EOCD) throw new ZipDirectoryError("zip64 end record");
    count = uint64(view, record + 32);
    dirSize = uint64(view, record + 40);
    at = uint64(view, record + 48);
    end = record;
  }
  if (at + dirSize > end) throw new ZipDirectoryError("directory past its end record");
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) throw new ZipDirectoryError("bad entry");
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localOffset = view.getUint32(at + 42, true);
    const start = at + 46;
    if (start + nameLength + extraLength > view.byteLength) throw new ZipDirectoryError("name past the end");
    const name = decoder.decode(bytes.subarray(start, start + nameLength));
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // Zip64 extra field (id 1): the 8-byte values, in this order, of the fields that are all ones
      let x = start + nameLength;
      const xEnd = x + extraLength;
      while (x + 4 <= xEnd && view.getUint16(x, true) !== 1) x += 4 + view.getUint16(x + 2, true);
      if (x + 4 > xEnd) throw new ZipDirectoryError("zip64 sizes missing");
      let f = x + 4;
      const take = (): number => {
        if (f + 8 > xEnd) throw new ZipDirectoryError("zip64 field");
        const v = uint64(view, f);
        f += 8;
        return v;
      };
      if (size === 0xffffffff) size = take();
      if (compressedSize === 0xffffffff) compressedSize = take();
      if (localOffset === 0xffffffff) localOffset = take();
    }
    at = start + nameLength + extraLength + commentLength;
    if (name.endsWith("/")) continue;
    if (flags & 1) unsupported("encrypted zip entry");
    if (method !== 0 && method !== 8) unsupported(`zip method ${method}`);
    entries.push({ name: name.charCodeAt(0) === 47 ? name.slice(1) : name, method, compressedSize, size, localOffset });
  }
  return entries;
}

/** The compressed bytes of one part (a view, not a copy). */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL) throw new ZipDirectoryError("bad local header");
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) throw new ZipDirectoryError("part past the end");
  return bytes.subarray(start, end);
}

/** A little-endian 64-bit count or offset; beyond 2^53 it is no real file. */
function uint64(view: DataView, at: number): number {
  const v = view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x100000000;
  if (v > Number.MAX_SAFE_INTEGER) throw new ZipDirectoryError("64-bit value");
  return v;
}

function findEndOfCentralDirectory(view: DataView): number {
  const from = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= from; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}
