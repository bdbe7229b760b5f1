/**
 * The inflating helper thread in Node (read-helper.ts; budget-check does not use it, see
 * check-worker.ts): inflates a large workbook's sheet parts ahead of the reader
 * (adapters/xlsx/sml/inflate-feed.ts). Loads no more
 * than the inflater: zlib, about twice as fast as fflate (its garbage goes when the thread is
 * replaced after the file, read-helper.ts).
 */
import { parentPort } from "worker_threads";
import { inflateServer, type FeedRequest } from "../../adapters/xlsx/sml/inflate-feed";
import { inflateWithZlibInto } from "../../adapters/xlsx/sml/inflate-node";

const port = parentPort;
if (port) {
  const serve = inflateServer((reply, transfer) => port.postMessage(reply, transfer), inflateWithZlibInto);
  port.on("message", (request: FeedRequest) => serve(request));
}
