/**
 * An inflating helper in Node: a second thread (read-worker.ts) that inflates a large workbook's
 * sheet parts while the reading thread scans them (adapters/xlsx/sml/inflate-feed.ts), the Node
 * twin of the page's helper worker. Replaced after each file it helped with (which frees its memory
 * at once); a helper that dies leaves the reader to inflate what it had not sent.
 *
 * budget-check does not use it (check-worker.ts says why: memory for no clear gain on 2 cores);
 * scripts/diff-readers.ts does, to show that a fed read gives the same snapshot in Node.
 */
import type { Worker } from "worker_threads";
import { FeedClient, type FeedReply, type PartFeed, type PartFeeder } from "../../adapters/xlsx/sml/inflate-feed";
import type { ZipEntry } from "../../adapters/xlsx/sml/zip";
import { siblingScript, startWorker } from "./worker-start";

export interface InflateHelper extends PartFeeder {
  /** Starts the thread now (it is otherwise started by the first large file). */
  start(): void;
  close(): Promise<void>;
}

/** A helper thread with at most `memoryMb` of V8 heap (the checking worker's own limit). */
export function inflateHelper(memoryMb: number, script = siblingScript("read-worker")): InflateHelper {
  let current: { worker: Worker; client: FeedClient } | null = null;

  const start = () => {
    if (current) return current;
    const worker = startWorker(script, memoryMb);
    const client = new FeedClient((request, transfer) => worker.postMessage(request, transfer));
    const mine = { worker, client };
    current = mine;
    worker.unref(); // idle, it keeps nothing alive
    worker.on("message", (reply: FeedReply) => client.receive(reply));
    const dead = () => {
      if (current === mine) current = null;
      client.fail();
    };
    worker.on("error", dead);
    worker.on("exit", dead);
    return mine;
  };

  return {
    begin(bytes: Uint8Array, parts: readonly ZipEntry[]): PartFeed | undefined {
      let helper: { worker: Worker; client: FeedClient };
      try {
        helper = start();
      } catch {
        return undefined; // the reader inflates alone
      }
      const feed = helper.client.begin(bytes, parts);
      if (!feed) return undefined;
      helper.worker.ref();
      return {
        take: (index) => feed.take(index),
        end: () => {
          feed.end();
          // A fresh thread for the next file: this one's memory (the file's bytes, its buffers) goes
          // now, before the check, rather than whenever its idle heap would be collected.
          if (current === helper) current = null;
          void helper.worker.terminate();
          try {
            start();
          } catch {
            // the next large file tries again
          }
        },
      };
    },
    start: () => {
      try {
        start();
      } catch {
        // the first large file tries again, and reads alone when it cannot
      }
    },
    close: async () => {
      const c = current;
      current = null;
      if (c) await c.worker.terminate();
    },
  };
}
