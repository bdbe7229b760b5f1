/**
 * Inflating one zip part, bounded by the size the central directory states: a part that inflates
 * to more is refused, so a lying directory cannot make the reader allocate more than it checked.
 * The fflate inflater is browser-safe (the page's worker); Node passes zlib (inflate-node.ts).
 */
import { inflateSync } from "fflate";

/** Raw-deflate `data` into at most `size` bytes; throws when the data is damaged or longer. */
export type Inflate = (data: Uint8Array, size: number) => Uint8Array;

export class InflateError extends Error {
  constructor(what: string) {
    super(`inflate: ${what}`);
    this.name = "InflateError";
  }
}

export const inflateWithFflate: Inflate = (data, size) => inflateInto(data, new Uint8Array(size + 1));

/** Raw-deflate `data` into `room` (the stated size plus one byte); returns the part (throws as Inflate does). */
export type InflateInto = (data: Uint8Array, room: Uint8Array) => Uint8Array;

/**
 * Raw-deflate `data` into `room` (the stated size plus one byte: filling it means the part is longer
 * than the directory says); returns the part, a view of `room`. Inflating into one buffer for many
 * parts leaves no garbage behind (the helper thread of inflate-feed.ts).
 */
export function inflateInto(data: Uint8Array, room: Uint8Array): Uint8Array {
  const size = room.length - 1;
  const out = inflateSync(data, { out: room });
  if (out.length !== size) throw new InflateError(out.length > size ? "longer than stated" : "shorter than stated");
  return out;
}
