/**
 * Checking off the page's main thread. Loading a county workbook takes seconds of solid work; in a
 * worker the page keeps scrolling, filtering and showing progress meanwhile. The worker runs the
 * same bundle as the page (started from the page's own script text), so the page stays one file.
 */
import { checkXlsxBytes } from "../../adapters/xlsx/check-bytes";
import type { FileReport } from "../../engine/file-report";
import type { CheckReply, CheckRequest } from "./worker-protocol";

interface WorkerScope {
  onmessage: ((e: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckReply): void;
}

/** The worker's side: answers each request with progress messages and then the report. */
export function serveChecks(scope: WorkerScope): void {
  scope.onmessage = (e) => {
    const { id, name, bytes } = e.data;
    void checkXlsxBytes(bytes, name, { onFraction: (fraction) => scope.postMessage({ id, fraction }) }).then((report) =>
      scope.postMessage({ id, report }),
    );
  };
}

export type Checker = (name: string, bytes: Uint8Array, onFraction: (f: number) => void) => Promise<FileReport>;

/**
 * The page's side: a checker backed by a worker started from `scriptText`, or null when the
 * browser will not start one (then the page checks in its own thread). A worker that fails is
 * replaced for the next file; the file it was checking is reported as not checked.
 */
export function workerChecker(scriptText: string | null | undefined): Checker | null {
  if (!scriptText || typeof Worker === "undefined") return null;
  let url: string;
  try {
    url = URL.createObjectURL(new Blob([scriptText], { type: "text/javascript" }));
  } catch {
    return null;
  }
  let worker: Worker | null = null;
  const waiting = new Map<number, { resolve(r: FileReport): void; reject(e: Error): void; onFraction(f: number): void }>();
  let next = 1;

  const started = (): Worker => {
    if (worker) return worker;
    const w = new Worker(url);
    w.onmessage = (e: MessageEvent<CheckReply>) => {
      const entry = waiting.get(e.data.id);
      if (!entry) return;
      if ("report" in e.data) {
        waiting.delete(e.data.id);
        entry.resolve(e.data.report);
      } else entry.onFraction(e.data.fraction);
    };
    w.onerror = (e) => {
      e.preventDefault();
      w.terminate();
      worker = null;
      for (const entry of waiting.values()) entry.reject(new Error(e.message || "worker failed"));
      waiting.clear();
    };
    worker = w;
    return w;
  };

  try {
    started();
  } catch {
    return null; // e.g. a policy that forbids workers
  }
  return (name, bytes, onFraction) =>
    new Promise<FileReport>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject, onFraction });
      // Handed over, not copied: the page does not keep the bytes (it reads the file again for a copy).
      started().postMessage({ id, name, bytes } satisfies CheckRequest, [bytes.buffer]);
    });
}
