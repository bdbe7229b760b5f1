/** Inflating with Node's zlib (the CLI): faster than fflate. Node only. */
import { inflateRawSync } from "zlib";
import { InflateError, type Inflate } from "./inflate";

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
