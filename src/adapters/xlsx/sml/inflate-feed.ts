/**
 * Inflating a large workbook's sheet parts on a second thread, ahead of the reader: inflating is
 * about a quarter of reading with zlib (the CLI) and more with fflate (the page), and its output
 * crosses threads as transferred ArrayBuffers, which cost nothing to move. (Reading whole sheets
 * on the other thread was measured and dropped: cloning the sheets back cost more than it saved,
 * and the check ran up to twice as slow on cloned objects; see the README's 测量记录.)
 *
 * The helper's bytes are a cache and nothing more. The reader checks every part against the limits
 * as before, uses the helper's bytes only when they have exactly the part's stated size, and
 * inflates a part itself whenever the helper did not (an error, a dead thread): the snapshot and
 * every error are those of a single-thread read. The helper runs at most WINDOW_BYTES ahead of the
 * reader, so a large workbook costs a few MB more memory, not its inflated size. Browser-safe.
 */
import { inflateInto, type InflateInto } from "./inflate";
import { entryData, type ZipEntry } from "./zip";

/** Compressed sheet bytes below which one thread reads alone (the samples, a batch of small files). */
export const FEED_MIN_BYTES = 512 * 1024;
/** Inflated bytes per message: small first, so that the reader starts at once. */
const FIRST_BATCH_BYTES = 64 * 1024;
const BATCH_BYTES = 512 * 1024;
/** Inflated bytes the helper may hold out beyond what the reader has taken. */
const WINDOW_BYTES = 4 * 1024 * 1024;
/**
 * The least size of a batch's buffer. Buffers go back and forth and are reused: allocated anew for
 * each batch, freed in the reader's thread, they stayed in the C allocator's pool (40 MB more RSS).
 */
const BUFFER_BYTES = 2 * BATCH_BYTES;
/** Buffers the helper keeps for reuse. */
const SPARE_BUFFERS = 12;

/**
 * Reader → helper: inflate these parts of `bytes` in order; the reader took the parts before `upTo`
 * (and gives back the buffers of batches it is done with); stop.
 */
export type FeedRequest = { begin: number; bytes: Uint8Array; parts: ZipEntry[] } | { ack: number; upTo: number; buffers: ArrayBuffer[] } | { end: number; buffers: ArrayBuffer[] };

/**
 * Helper → reader: parts `from`… of feed `id`, one after another in `buffer` at their stated sizes;
 * `bad` lists those not inflated to that size (the reader inflates them itself).
 */
export interface FeedReply {
  id: number;
  from: number;
  count: number;
  bad: number[];
  buffer: ArrayBuffer;
}

/**
 * The helper's side: answers requests (pass each one in), posting batches with their buffer
 * transferred. Each batch is inflated into its buffer: with fflate (the default) straight into it,
 * so that the helper leaves no garbage to collect (the page); Node's zlib is faster but copies.
 */
export function inflateServer(post: (reply: FeedReply, transfer: ArrayBuffer[]) => void, into: InflateInto = inflateInto): (request: FeedRequest) => void {
  let job: { id: number; bytes: Uint8Array; parts: ZipEntry[]; sums: number[]; next: number; acked: number } | null = null;
  const spare: ArrayBuffer[] = [];
  const bufferOf = (size: number): ArrayBuffer => {
    const k = spare.findIndex((b) => b.byteLength >= size);
    return k >= 0 ? spare.splice(k, 1)[0] : new ArrayBuffer(Math.max(size, BUFFER_BYTES));
  };

  const produce = () => {
    while (job && job.next < job.parts.length && (job.next === job.acked || job.sums[job.next] - job.sums[job.acked] < WINDOW_BYTES)) {
      const from = job.next;
      const limit = from === 0 ? FIRST_BATCH_BYTES : BATCH_BYTES;
      let end = from;
      while (end < job.parts.length && job.sums[end] - job.sums[from] < limit) end += 1;
      // One spare byte past the last part: each part may fill one byte more than its size (the check).
      const buffer = new Uint8Array(bufferOf(job.sums[end] - job.sums[from] + 1));
      const bad: number[] = [];
      for (let i = from; i < end; i++) {
        const at = job.sums[i] - job.sums[from];
        if (!inflatePart(job.bytes, job.parts[i], buffer.subarray(at, at + job.parts[i].size + 1), into)) bad.push(i - from);
      }
      job.next = end;
      post({ id: job.id, from, count: end - from, bad, buffer: buffer.buffer }, [buffer.buffer]);
    }
  };

  return (request) => {
    if ("buffers" in request) for (const b of request.buffers) if (spare.length < SPARE_BUFFERS && b.byteLength > 0) spare.push(b);
    if ("begin" in request) {
      const sums = [0];
      for (const p of request.parts) sums.push(sums[sums.length - 1] + p.size);
      job = { id: request.begin, bytes: request.bytes, parts: request.parts, sums, next: 0, acked: 0 };
    } else if ("ack" in request) {
      if (job?.id === request.ack) job.acked = Math.max(job.acked, Math.min(request.upTo, job.next));
    } else if (job?.id === request.end) job = null;
    produce();
  };
}

/** A deflated part, inflated into `room` to its stated size; false when it is not deflated or does not inflate so. */
function inflatePart(bytes: Uint8Array, part: ZipEntry, room: Uint8Array, into: InflateInto): boolean {
  if (part.method !== 8) return false;
  try {
    into(entryData(bytes, part), room);
    return true;
  } catch {
    return false;
  }
}

/** One workbook's parts, as the helper sends them. */
export interface PartFeed {
  /** Part `index`'s inflated bytes, or undefined: the reader inflates it itself. Take them in order. */
  take(index: number): Promise<Uint8Array | undefined>;
  /** The reader is done (or failed): the helper stops. */
  end(): void;
}

/** Where a reader gets a feed for a workbook's sheet parts; undefined: read alone (a small file, no helper). */
export interface PartFeeder {
  begin(bytes: Uint8Array, parts: readonly ZipEntry[]): PartFeed | undefined;
}

/**
 * The reader's side of one helper thread: `send` posts to it; the owner passes in its replies
 * (`receive`) and says when it died (`fail`: everything waiting is inflated by the reader).
 */
export class FeedClient implements PartFeeder {
  private last = 0;
  private active: ActiveFeed | null = null;
  private dead = false;

  constructor(
    private readonly send: (request: FeedRequest, transfer?: ArrayBuffer[]) => void,
    private readonly minBytes = FEED_MIN_BYTES,
  ) {}

  begin(bytes: Uint8Array, parts: readonly ZipEntry[]): PartFeed | undefined {
    if (this.dead) return undefined;
    let compressed = 0;
    for (const p of parts) compressed += p.compressedSize;
    if (compressed < this.minBytes) return undefined;
    this.active?.end();
    const id = ++this.last;
    const feed = new ActiveFeed(id, parts.map((p) => p.size), this.send, () => {
      if (this.active === feed) this.active = null;
    });
    this.active = feed;
    // A view is cloned with its whole buffer: send a buffer of just these bytes.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    this.send({ begin: id, bytes: own, parts: parts.slice() });
    return feed;
  }

  receive(reply: FeedReply): void {
    if (this.active?.id === reply.id) this.active.receive(reply);
  }

  fail(): void {
    this.dead = true;
    this.active?.fail();
  }
}

class ActiveFeed implements PartFeed {
  private readonly ready = new Map<number, Uint8Array | undefined>();
  /** Batches received, in order, until the reader is past them and their buffers go back. */
  private readonly batches: { from: number; end: number; buffer: ArrayBuffer }[] = [];
  private waiting: { index: number; resolve(data: Uint8Array | undefined): void } | null = null;
  private failed = false;
  private ended = false;

  constructor(
    readonly id: number,
    /** The parts' stated sizes. */
    private readonly sizes: readonly number[],
    private readonly send: (request: FeedRequest, transfer?: ArrayBuffer[]) => void,
    private readonly onEnd: () => void,
  ) {}

  receive(reply: FeedReply): void {
    let at = 0;
    for (let k = 0; k < reply.count; k++) {
      const size = this.sizes[reply.from + k];
      this.ready.set(reply.from + k, new Uint8Array(reply.buffer, at, size));
      at += size;
    }
    for (const k of reply.bad) this.ready.set(reply.from + k, undefined);
    this.batches.push({ from: reply.from, end: reply.from + reply.count, buffer: reply.buffer });
    const w = this.waiting;
    if (w && this.ready.has(w.index)) {
      this.waiting = null;
      w.resolve(this.takeReady(w.index));
    }
  }

  take(index: number): Promise<Uint8Array | undefined> {
    if (this.failed || this.ended) return Promise.resolve(undefined);
    if (this.ready.has(index)) return Promise.resolve(this.takeReady(index));
    // Not here yet: the helper may be holding back (its window) until it hears the reader is this far.
    this.ack(index);
    return new Promise((resolve) => {
      this.waiting = { index, resolve };
    });
  }

  private takeReady(index: number): Uint8Array | undefined {
    const data = this.ready.get(index);
    this.ready.delete(index);
    // The first part of a batch: the reader is done with the batches before (their parts are read).
    if (this.batches.length > 0 && this.batches[0].end <= index) this.ack(index);
    return data;
  }

  /** Tells the helper the reader is at `index`, and gives back the buffers of the batches before it. */
  private ack(index: number): void {
    const buffers: ArrayBuffer[] = [];
    while (this.batches.length > 0 && this.batches[0].end <= index) buffers.push(this.batches.shift()!.buffer);
    this.send({ ack: this.id, upTo: index, buffers }, buffers);
  }

  fail(): void {
    this.failed = true;
    this.ready.clear();
    const w = this.waiting;
    this.waiting = null;
    w?.resolve(undefined);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.ready.clear();
    const buffers = this.failed ? [] : this.batches.map((b) => b.buffer);
    this.batches.length = 0;
    this.send({ end: this.id, buffers }, buffers);
    this.onEnd();
  }
}
