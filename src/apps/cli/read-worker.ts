/**
 * The inflating helper thread of budget-check's checking worker (read-helper.ts): inflates a large
 * workbook's sheet parts ahead of the reader (adapters/xlsx/sml/inflate-feed.ts). Loads no more
 * than the inflater (fflate: it inflates into a buffer given, so the thread makes no garbage).
 */
import { parentPort } from "worker_threads";
import { inflateServer, type FeedRequest } from "../../adapters/xlsx/sml/inflate-feed";

const port = parentPort;
if (port) {
  const serve = inflateServer((reply, transfer) => port.postMessage(reply, transfer));
  port.on("message", (request: FeedRequest) => serve(request));
}
