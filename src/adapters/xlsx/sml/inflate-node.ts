/** Inflating with Node's zlib (the CLI): faster than fflate. Node only. */
import { inflateRawSync } from "zlib";
import { InflateError, type Inflate, type InflateInto } from "./inflate";

export const inflateWithZlib: Inflate = (data, size) => {
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
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
