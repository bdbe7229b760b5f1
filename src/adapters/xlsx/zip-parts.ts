/**
 * The part names of a zip package (an .xlsx), read from its central directory without unpacking
 * anything. Browser-safe. Used to tell what an annotated copy did not carry over.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
/** Fixed part of an end-of-central-directory record, and of a central directory entry. */
const EOCD_SIZE = 22;
const ENTRY_SIZE = 46;

/** Part names in directory order, folders left out; [] when the bytes are not a readable zip. */
export function zipPartNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return [];
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder("utf-8");
  for (let i = 0; i < count; i++) {
    if (at + ENTRY_SIZE > view.byteLength || view.getUint32(at, true) !== CENTRAL_ENTRY_SIGNATURE) break;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const start = at + ENTRY_SIZE;
    if (start + nameLength > view.byteLength) break;
    const name = decoder.decode(bytes.subarray(start, start + nameLength));
    if (!name.endsWith("/")) names.push(name);
    at = start + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Offset of the end-of-central-directory record: in the last 22 bytes, or before a zip comment. */
function findEndOfCentralDirectory(view: DataView): number {
  const from = Math.max(0, view.byteLength - EOCD_SIZE - 0xffff);
  for (let i = view.byteLength - EOCD_SIZE; i >= from; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  return -1;
}
