/**
 * Starting the worker thread that checks the files (see isolated-check.ts). bin/budget-check.js
 * starts one before it loads the command itself: the worker's start-up (Node's, then the engine's
 * modules, about 0.15 s) then runs beside the main thread's, and the first file waits less. This
 * module loads nothing but worker_threads and path, so that the early start comes first.
 */
import * as path from "path";
import { Worker } from "worker_threads";

/** Memory (V8 heap, MB) a file's worker may use unless the caller says otherwise. */
export const DEFAULT_MEMORY_MB = 4096;

interface Early {
  worker: Worker;
  script: string;
  memoryMb: number;
  exited: boolean;
}

let early: Early | undefined;

/** Starts the checking worker now, to be taken by the first check; it keeps no process alive. */
export function startEarly(): void {
  try {
    const e: Early = { worker: startWorker(defaultWorkerScript(), DEFAULT_MEMORY_MB), script: defaultWorkerScript(), memoryMb: DEFAULT_MEMORY_MB, exited: false };
    // Should it fail before a check takes it, a fresh worker does the check (and reports any failure).
    e.worker.on("error", () => undefined);
    e.worker.on("exit", () => {
      e.exited = true;
    });
    e.worker.unref();
    early = e;
  } catch {
    early = undefined;
  }
}

/** A worker for `script` with that memory limit: the one started early when it matches and lives, else a new one. */
export function takeWorker(script: string, memoryMb: number): Worker {
  const e = early;
  early = undefined;
  if (e && !e.exited && e.script === script && e.memoryMb === memoryMb) {
    e.worker.removeAllListeners();
    e.worker.ref();
    return e.worker;
  }
  if (e && !e.exited) void e.worker.terminate();
  return startWorker(script, memoryMb);
}

/** check-worker beside this module: .js once built (dist/), .ts when run from source (tsx, jest). */
export function defaultWorkerScript(): string {
  return siblingScript("check-worker");
}

/** A module beside this one, as a worker script: .js once built, .ts from source. */
export function siblingScript(name: string): string {
  return path.join(__dirname, `${name}${path.extname(__filename) === ".ts" ? ".ts" : ".js"}`);
}

/** A worker thread running `script` (.js, or .ts through tsx) with at most `memoryMb` of V8 heap. */
export function startWorker(script: string, memoryMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb };
  if (!script.endsWith(".ts")) return new Worker(script, { resourceLimits });
  // From source: the worker compiles TypeScript on the fly with tsx (a development dependency).
  const code = `require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(script)});`;
  return new Worker(code, { eval: true, resourceLimits });
}
