/**
 * The inflating helper of sml/inflate-feed.ts on the other end of a MessageChannel, in this thread:
 * its buffers really are transferred and given back, as between the CLI's or the page's threads.
 */
import { MessageChannel } from "worker_threads";
import { FeedClient, inflateServer, type FeedReply, type FeedRequest } from "../../../src/adapters/xlsx/sml/inflate-feed";

export interface Channel {
  client: FeedClient;
  requests: FeedRequest[];
  close(): void;
}

/** A helper on the other end of a channel; `meddle` may change or drop its replies. */
export function channel(meddle: (reply: FeedReply) => FeedReply | null = (r) => r): Channel {
  const { port1, port2 } = new MessageChannel();
  const requests: FeedRequest[] = [];
  const serve = inflateServer((reply, transfer) => port2.postMessage(reply, transfer));
  port2.on("message", (request: FeedRequest) => {
    requests.push(request);
    serve(request);
  });
  const client = new FeedClient((request, transfer) => port1.postMessage(request, transfer ?? []), 0);
  port1.on("message", (reply: FeedReply) => {
    const r = meddle(reply);
    if (r) client.receive(r);
  });
  return { client, requests, close: () => port1.close() };
}
