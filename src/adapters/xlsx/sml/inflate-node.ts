/** Inflating with Node's zlib (the CLI): faster than fflate. Node only. */
import { inflateRawSync } from "zlib";
import { InflateError, type Inflate, type InflateInto } from "./inflate";

/** A part larger than this is inflated in chunks of this size (a lying directory allocates no more up front). */
const MAX_CHUNK_BYTES = 16 * 1024 * 1024;

export const inflateWithZlib: Inflate = (data, size) => {
  let out: Buffer;
  try {
    // One output chunk of the stated size (plus the byte that tells a longer part): zlib's default
    // 16 KB chunks are joined with a copy at the end of every part.
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, size), chunkSize: Math.min(Math.max(64, size + 1), MAX_CHUNK_BYTES) });
  } catch (e) {
    throw new InflateError(e instanceof Error ? e.message : String(e));
  }
  if (out.length !== size) throw new InflateError("shorter than stated");
  return out;
};

/** zlib into a given buffer (the stated size plus one byte): inflated, then copied. */
export const inflateWithZlibInto: InflateInto = (data, room) => {
  const out = inflateWithZlib(data, room.length - 1);
  room.set(out);
  return room.subarray(0, out.length);
};
