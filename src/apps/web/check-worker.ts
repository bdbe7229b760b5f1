/**
 * Checking off the page's main thread. Loading a county workbook takes seconds of solid work; in a
 * worker the page keeps scrolling, filtering and showing progress meanwhile. The worker runs a
 * bundle of its own (worker-main.ts), inlined in the page as text, so the page stays one file.
 */
import { checkXlsxBytes } from "../../adapters/xlsx/check-bytes";
import { translator, type Locale } from "../../catalog/messages";
import type { FileReport } from "../../engine/file-report";
import { oneLine } from "../../present/groups";
import { packReport, unpackReport } from "./report-transfer";
import type { CheckReply, CheckRequest, HelperSetup } from "./worker-protocol";
import { FeedClient, inflateServer, type FeedReply, type FeedRequest } from "../../adapters/xlsx/sml/inflate-feed";

interface WorkerScope {
  onmessage: ((e: MessageEvent<CheckRequest | HelperSetup>) => void) | null;
  postMessage(message: CheckReply): void;
}

/**
 * The worker's side: answers each request with progress messages and then the report. The same
 * script serves as the helper that inflates a large file's sheet parts for the checking worker
 * (the page connects the two with a MessageChannel).
 */
export function serveChecks(scope: WorkerScope): void {
  let feeder: FeedClient | undefined;
  scope.onmessage = (e) => {
    const data = e.data;
    if ("feedPort" in data) {
      const port = data.feedPort;
      const client = new FeedClient((request, transfer) => port.postMessage(request, transfer ?? []));
      port.onmessage = (m: MessageEvent<FeedReply>) => client.receive(m.data);
      feeder = client;
      return;
    }
    if ("inflatePort" in data) {
      const port = data.inflatePort;
      const serve = inflateServer((reply, transfer) => port.postMessage(reply, transfer));
      port.onmessage = (m: MessageEvent<FeedRequest>) => serve(m.data);
      return;
    }
    if ("feedDead" in data) {
      feeder?.fail();
      feeder = undefined;
      return;
    }
    const { id, name, bytes, locale } = data;
    scope.postMessage({ id, started: true });
    // Started as a task of its own: the fast reader and the check can finish within this event's
    // microtasks, before the event's other listeners ran.
    setTimeout(() => {
      void checkXlsxBytes(bytes, name, { onFraction: throttled((fraction) => scope.postMessage({ id, fraction })), feeder, locale }).then((report) =>
        scope.postMessage({ id, report: packReport(report) }),
      );
    }, 0);
  };
}

/** Time between two progress messages: one per table cost the county workbook about a second in each thread. */
const PROGRESS_EVERY_MS = 100;

/** `post`, called at most once per PROGRESS_EVERY_MS (the first call always). */
export function throttled(post: (fraction: number) => void, everyMs = PROGRESS_EVERY_MS, now = () => Date.now()): (fraction: number) => void {
  let last = -Infinity;
  return (fraction) => {
    const at = now();
    if (at - last < everyMs) return;
    last = at;
    post(fraction);
  };
}

/**
 * A check worker the page started before its own script was parsed (the boot script of
 * scripts/web/page.js), with the blob: URL it was started from (for the workers that replace it).
 */
export interface PrestartedWorker {
  url: string;
  worker: Worker;
  /** A second worker from the same script, to inflate large files' sheet parts for the first. */
  helper?: Worker;
}

export type Checker = (name: string, bytes: Uint8Array, onFraction: (f: number) => void) => Promise<FileReport>;

/** Time one file may take in the worker before it is stopped (as budget-check's limit). */
export const FILE_TIMEOUT_MS = 300_000;

/**
 * The page's side: a checker backed by a worker started from `source` (the worker's script text, or
 * a worker already started from it), or null when the browser will not start one (then the page
 * checks in its own thread). A worker that fails or
 * runs past `timeoutMs` on a file is stopped and replaced for the next file; the file it was
 * checking is reported as not checked, with the reason.
 */
export function workerChecker(source: string | PrestartedWorker | null | undefined, locale: Locale, timeoutMs = FILE_TIMEOUT_MS): Checker | null {
  const t = translator(locale);
  if (!source || typeof Worker === "undefined") return null;
  let url: string;
  try {
    url = typeof source === "string" ? URL.createObjectURL(new Blob([source], { type: "text/javascript" })) : source.url;
  } catch {
    return null;
  }
  let worker: Worker | null = null;
  // The helper that inflates a large file's sheet parts for the checking worker (inflate-feed.ts).
  let helper: Worker | null = null;
  const startHelper = (w: Worker | undefined) => {
    try {
      helper = w ?? new Worker(url);
    } catch {
      return; // one worker reads alone
    }
    const h = helper;
    h.onerror = (e) => {
      e.preventDefault();
      h.terminate();
      if (helper === h) helper = null;
      worker?.postMessage({ feedDead: true } satisfies HelperSetup);
    };
  };
  /** Connects a (new) checking worker to the helper. */
  const connect = (w: Worker) => {
    if (!helper) return;
    const channel = new MessageChannel();
    helper.postMessage({ inflatePort: channel.port2 } satisfies HelperSetup, [channel.port2]);
    w.postMessage({ feedPort: channel.port1 } satisfies HelperSetup, [channel.port1]);
  };
  const waiting = new Map<number, { name: string; resolve(r: FileReport): void; onFraction(f: number): void; start(): void; timer?: ReturnType<typeof setTimeout> }>();
  let next = 1;

  const attach = (w: Worker): Worker => {
    w.onmessage = (e: MessageEvent<CheckReply>) => {
      const entry = waiting.get(e.data.id);
      if (!entry) return;
      if ("report" in e.data) {
        waiting.delete(e.data.id);
        clearTimeout(entry.timer);
        entry.resolve(unpackReport(e.data.report));
      } else if ("started" in e.data) entry.start();
      else entry.onFraction(e.data.fraction);
    };
    w.onerror = (e) => {
      e.preventDefault();
      stop(w, (name) => failed(name, "crashed", t("web.workerFailed", { file: name, message: oneLine(e.message || "?") })));
    };
    worker = w;
    connect(w);
    return w;
  };
  const started = (): Worker => worker ?? attach(new Worker(url));

  /** Ends worker `w` and answers every file it held with `report(name)`. */
  const stop = (w: Worker, report: (name: string) => FileReport) => {
    w.terminate();
    if (worker === w) worker = null;
    for (const entry of waiting.values()) {
      clearTimeout(entry.timer);
      entry.resolve(report(entry.name));
    }
    waiting.clear();
  };

  try {
    startHelper(typeof source === "string" ? undefined : source.helper);
    if (typeof source === "string") started();
    else attach(source.worker);
  } catch {
    return null; // e.g. a policy that forbids workers
  }
  return (name, bytes, onFraction) =>
    new Promise<FileReport>((resolve) => {
      const id = next++;
      const w = started();
      const timeout = () => stop(w, (file) => failed(file, "timeout", t("cli.fileTimeout", { file, seconds: Math.round(timeoutMs / 1000) })));
      // The limit runs from the worker's start on this file, not from its own start-up (parsing the bundle).
      const entry = { name, resolve, onFraction, start: () => (entry.timer = setTimeout(timeout, timeoutMs)), timer: undefined as ReturnType<typeof setTimeout> | undefined };
      waiting.set(id, entry);
      // Handed over, not copied: the page does not keep the bytes (it reads the file again for a copy).
      w.postMessage({ id, name, bytes, locale } satisfies CheckRequest, [bytes.buffer]);
    });
}

function failed(file: string, errorReason: string, error: string): FileReport {
  return { file, tables: [], findings: [], error, errorReason };
}
